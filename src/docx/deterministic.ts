// Stage: docx. Makes the package byte-identical for identical input: the `docx` library stamps
// the clock into core.xml and gives relationships random ids; the zip is ours (zip.ts), with
// fixed entry times.
import { constantEntry, zipArchive, zipEntry } from './zip.js';

/** Parts that are the same in every document of a run (compressed once, see zip.ts). */
const CONSTANT = /^(\[Content_Types\]\.xml|_rels\/\.rels|docProps\/app\.xml|word\/(styles|settings|fontTable|numbering|webSettings|comments|footnotes|endnotes)\.xml|word\/(header|footer)\d+\.xml|word\/_rels\/document\.xml\.rels|word\/theme\/theme\d+\.xml)$/;

/**
 * Relationship ids that are not rIdN are random: rename them rIdK1, rIdK2 … in order of
 * appearance in the .rels parts, and rewrite their uses (r:id="…") in every part.
 */
function renameRandomIds(files: Record<string, string>): void {
  const ids = new Map<string, string>();
  for (const name of Object.keys(files).filter((n) => n.endsWith('.rels')).sort())
    for (const m of files[name]!.matchAll(/<Relationship [^>]*\bId="([^"]+)"/g)) {
      const id = m[1]!;
      if (!/^rId\d+$/.test(id) && !ids.has(id)) ids.set(id, `rIdK${ids.size + 1}`);
    }
  if (ids.size === 0) return;
  const rename = (attr: string) => (whole: string, id: string) => (ids.has(id) ? `${attr}="${ids.get(id)}"` : whole);
  for (const name of Object.keys(files))
    files[name] = files[name]!.replace(/\bId="([^"]+)"/g, rename('Id')).replace(/\br:id="([^"]+)"/g, rename('r:id'));
}

/** The parts of a zipped package (what the docx library's Packer returns), XML as text. */
export async function unzippedParts(zip: Uint8Array): Promise<Map<string, string | Uint8Array>> {
  const { strFromU8, unzipSync } = await import('fflate'); // only should the library's compiler move
  return new Map(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, /\.(xml|rels)$/.test(name) ? strFromU8(bytes) : bytes]));
}

/** Zips the package's parts once, deterministically. */
export function zipParts(parts: Map<string, string | Uint8Array>, isoDate: string): Uint8Array {
  const xml: Record<string, string> = {};
  for (const [name, data] of parts) if (typeof data === 'string') xml[name] = data;
  const stamp = `${isoDate}T00:00:00Z`;
  if (xml['docProps/core.xml'])
    xml['docProps/core.xml'] = xml['docProps/core.xml'].replace(
      /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
      `$1${stamp}$2`,
    );
  renameRandomIds(xml);
  return zipArchive(
    [...parts.keys()].map((name) => {
      const text = xml[name];
      if (text === undefined) return zipEntry(name, parts.get(name) as Uint8Array);
      return CONSTANT.test(name) ? constantEntry(name, text) : zipEntry(name, text);
    }),
  );
}
