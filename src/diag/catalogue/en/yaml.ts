// Stage: diagnostics (catalogue, English). YAML syntax: the library's errors in plain words, and
// the traps of Vietnamese text in YAML.
import type { viYaml } from '../vi/yaml.js';
import type { Wording } from '../wording.js';

export const enYaml: Record<keyof typeof viYaml, Wording> = {
  'quote.sign': (w) => `text starting with ${w.sign} is read by YAML as one of its own marks, not as text (its start is lost, or an error follows)`,
  'quote.after_quote': (w) => `text starting with ${w.sign} goes on after the closing quote: YAML takes only the part inside the quotes`,
  'quote.after_bracket': (w) => `text starting with ${w.sign} is read by YAML as a list or mapping, and what follows is left over`,
  'quote.colon': (w) => `the text after '${w.key}:' has a colon (": " inside or ":" at the end), so YAML reads another key`,
  'quote.text_as_key': (w) => `this text has a colon, so YAML reads '${w.key}' as the name of a key`,
  'yaml.tab': () => 'this line is indented with a Tab',
  'yaml.multiple_docs': () => 'a "---" line in the middle makes YAML see several documents in one file',
  'yaml.bad_escape': () => 'inside double quotes, \\ must be followed by a valid character (\\" or \\\\)',
  'yaml.indent': () => 'the indentation does not line up: keys of the same level start in the same column',
  'yaml.unclosed_bracket': (w) => `an opening bracket is not closed with ${w.bracket} on its line`,
  'yaml.unclosed_quote': (w) => `an opening ${w.quote} is not closed`,
  'yaml.flow_missing_comma': () => 'inside [ … ] or { … } a comma is missing between two entries (or an entry has a quote inside)',
  'yaml.flow_comma': () => 'inside [ … ] or { … } there is a comma too many (an empty entry)',
  'yaml.key_without_value': () => 'this line is neither "key: value" nor "- entry"',
  'yaml.comment_space': () => 'a # comment must be separated from the text before it by a space',
  'yaml.long_key': () => 'a key is far too long (a colon or a quote is probably missing on the line above)',
  'yaml.other': (w) => `YAML cannot read this (${w.detail})`,
  'yaml_hint.tab': () => 'replace the Tab with spaces: two spaces per level',
  'yaml_hint.multiple_docs': () => 'one plan per file: remove the "---" line and what is left over, or split the file in two',
  'yaml_hint.bad_escape': () => "write \\\\ for one \\, or put the text in single quotes '…'",
  'yaml_hint.indent': () => 'each level is indented by two more spaces; the "- " lines of one list line up',
  'yaml_hint.unclosed_bracket': (w) => `add ${w.bracket} at the end of the line; text with commas inside [ … ] goes in double quotes`,
  'yaml_hint.unclosed_quote': (w) => `add ${w.quote} at the end of the text; if the text holds ", put it in single quotes '…'`,
  'yaml_hint.flow_missing_comma': () => "separate entries with commas; an entry with double quotes inside goes in single quotes '…'",
  'yaml_hint.flow_comma': () => 'remove the extra comma; text with commas goes in double quotes',
  'yaml_hint.key_without_value': () => 'write "key: value" (a space after the colon), or "- " at the start of a list entry',
  'yaml_hint.comment_space': () => 'put a space before #, or put text containing # in double quotes',
  'yaml_hint.other': () => 'compare the line with a similar one in plans/2026.yaml; the mistake may be on the line above',
};
