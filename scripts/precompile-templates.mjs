// Precompiles the templates of each templates/<kind>/ folder into dist/templates/<kind>.cjs when
// the package is built, with the options the program compiles them with, each keyed by its text:
// a run then loads them with Handlebars' runtime alone (no parsing, no compiling). A template
// edited afterwards no longer matches its key and is compiled at run time. Needs dist/ (tsc).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { COMPILE_OPTIONS, templateKey } from '../dist/template/env.js';

mkdirSync('dist/templates', { recursive: true });
for (const kind of readdirSync('templates', { withFileTypes: true }).filter((e) => e.isDirectory())) {
  const dir = join('templates', kind.name);
  const names = [...readdirSync(join(dir, 'partials')).filter((f) => f.endsWith('.hbs')).sort().map((f) => `partials/${f}`), 'main.hbs'];
  const entries = names.map((name) => {
    const source = readFileSync(join(dir, name), 'utf8');
    return `  ${JSON.stringify(name)}: { key: ${JSON.stringify(templateKey(source))}, spec: ${Handlebars.precompile(source, COMPILE_OPTIONS)} },`;
  });
  writeFileSync(join('dist', 'templates', `${kind.name}.cjs`), `// Precompiled from ${dir}/ by scripts/precompile-templates.mjs\nmodule.exports = {\n${entries.join('\n')}\n};\n`);
}
