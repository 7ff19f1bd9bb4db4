// Canonical XML for golden files: one element per line, attributes sorted, text kept exactly.
// Good for the XML the docx library writes (no comments, CDATA or mixed content).

interface Tag {
  kind: 'open' | 'close' | 'empty' | 'decl';
  name: string;
  attrs: [string, string][];
}

function parseTag(raw: string): Tag {
  if (raw.startsWith('<?')) return { kind: 'decl', name: raw, attrs: [] };
  const close = raw.startsWith('</');
  const empty = raw.endsWith('/>');
  const body = raw.slice(close ? 2 : 1, empty ? -2 : -1).trim();
  const name = body.split(/\s/)[0]!;
  const attrs = [...body.slice(name.length).matchAll(/([^\s=]+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1]!, m[2]!] as [string, string]);
  attrs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { kind: close ? 'close' : empty ? 'empty' : 'open', name, attrs };
}

const renderTag = (t: Tag): string => {
  if (t.kind === 'decl') return t.name;
  const attrs = t.attrs.map(([k, v]) => ` ${k}="${v}"`).join('');
  return t.kind === 'close' ? `</${t.name}>` : `<${t.name}${attrs}${t.kind === 'empty' ? '/' : ''}>`;
};

export function canonicalXml(xml: string): string {
  const tokens = xml.match(/<[^>]+>|[^<]+/g) ?? [];
  const out: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!tok.startsWith('<')) continue; // text is printed with its element below
    const tag = parseTag(tok);
    const pad = '  '.repeat(depth);
    if (tag.kind === 'open') {
      const text = tokens[i + 1];
      const closing = tokens[i + 2];
      if (text !== undefined && !text.startsWith('<') && closing === `</${tag.name}>`) {
        out.push(`${pad}${renderTag(tag)}${text}</${tag.name}>`);
        i += 2;
        continue;
      }
      out.push(pad + renderTag(tag));
      depth++;
    } else if (tag.kind === 'close') {
      depth--;
      out.push('  '.repeat(depth) + renderTag(tag));
    } else out.push(pad + renderTag(tag));
  }
  return `${out.join('\n')}\n`;
}
