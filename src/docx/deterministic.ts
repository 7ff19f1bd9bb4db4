// Stage: docx. Makes the package byte-identical for identical input: the `docx` library stamps
// the clock into core.xml and into zip entries, and gives relationships random ids.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Zip entries store local wall-clock time (DOS format) and cannot predate 1980. Building the
 * date from local components gives the same stored fields in every time zone.
 */
const ZIP_TIME = new Date(1980, 0, 1, 12, 0, 0);

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

/** Zips the package's parts once, deterministically. */
export function zipParts(parts: Map<string, string | Uint8Array>, isoDate: string): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, data] of parts) entries[name] = typeof data === 'string' ? strToU8(data) : data;
  return deterministicZip(entries, isoDate);
}

/** The parts of a zipped package (what the docx library's Packer returns), XML as text. */
export function unzippedParts(zip: Uint8Array): Map<string, string | Uint8Array> {
  return new Map(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, /\.(xml|rels)$/.test(name) ? strFromU8(bytes) : bytes]));
}

function deterministicZip(entries: Record<string, Uint8Array>, isoDate: string): Uint8Array {
  const xml: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(entries)) if (/\.(xml|rels)$/.test(name)) xml[name] = strFromU8(bytes);
  const stamp = `${isoDate}T00:00:00Z`;
  if (xml['docProps/core.xml'])
    xml['docProps/core.xml'] = xml['docProps/core.xml'].replace(
      /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
      `$1${stamp}$2`,
    );
  renameRandomIds(xml);
  const out: Zippable = {};
  for (const name of Object.keys(entries)) out[name] = [xml[name] !== undefined ? strToU8(xml[name]!) : entries[name]!, { mtime: ZIP_TIME }];
  return zipSync(out, { level: 6 });
}
