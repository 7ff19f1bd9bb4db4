// Stage: diagnostics (catalogue, English). Each command's usage (--help) and the errors of a
// command line typed wrong.
import type { viRun, viUsage } from '../vi/usage.js';
import type { Wording } from '../wording.js';

const s = (v: string | number | undefined): string => JSON.stringify(String(v ?? ''));

export const enUsage: Record<keyof typeof viUsage, Wording> = {
  'usage.build_plan': () => `usage: npm run build-plan -- <plan.yaml> [more.yaml …] [options]

Writes <out>/<plan name>.docx and .pdf for each plan.

options:
  --out DIR                 output folder (default: out)
  --format docx|pdf|all     what to write (default: all available formats)
  --fonts DIR               draw the PDF with the Times New Roman files in DIR (times.ttf,
                            timesbd.ttf, timesi.ttf, timesbi.ttf, as in C:\\Windows\\Fonts);
                            --fonts tinos: the bundled Tinos, which has the same metrics.
                            Default: Windows' own Times New Roman on Windows, Tinos elsewhere
  --each ID                 build one plan per row of appendix ID (e.g. each commune of a
                            province's table), on all cores; files are named <plan>-<row name>
  --watch                   rebuild whenever the plan, its data files or the templates change
  --strict                  treat warnings as errors (exit code 3)
  --lang en                 messages in English (default: Vietnamese, vi)
  --debug                   show the stack of an internal error
  -h, --help                show this help`,
  'usage.check': () => `usage: npm run check -- <plan.yaml> [more.yaml …] [--strict] [--each ID]

Checks plans (schema, tables, references, templates) and writes nothing.
  --strict   warnings fail the check too (exit 1)
  --each ID  check a plan built once per row of appendix ID (build-plan --each)
  --lang en  messages in English (default: Vietnamese, vi)
  -h, --help show this help`,
  'usage.fmt': () => `usage: npm run fmt -- <plan.yaml> [more.yaml …] [--check] [--placeholders]

Rewrites each plan in the canonical layout: keys in schema order, one table row per line,
quotes only where needed, comments kept with the key they were written for.
  --check          change nothing; exit 1 if a file is not canonical
  --placeholders   also write {year}, {year-1}, {year+1} for the years written as digits that
                   mean the plan's year ("năm 2026", "31/12/2026" in a 2026 plan), so that next
                   year's draft (new-plan) moves them; each change is listed for review
  --lang en        messages in English (default: Vietnamese, vi)
  -h, --help       show this help`,
  'usage.new_plan': () => `usage: npm run new-plan -- <plan.yaml> --year YYYY [--out FILE] [--force]

Writes next year's plan from this year's: the plan's date and period moved, text written with
{year} follows, number and date cleared, carried-over figures filled in, next year's data files
used when they exist, and a list of what to review at the top. Years written as digits are not
changed: the list names them (npm run fmt -- --placeholders turns them into {year}).
  --year YYYY   the new plan's year
  --out FILE    where to write it (default: the plan's name with the new year, beside it)
  --force       overwrite FILE if it exists
  --lang en     messages in English (default: Vietnamese, vi)
  -h, --help    show this help`,
  'usage.diff_plan': () => `usage: npm run diff-plan -- <old.yaml> <new.yaml> [options]
       npm run diff-plan -- --git REV [plan.yaml …] [options]

What changed from one plan to the other, as a reviewer reads it: the masthead and title, legal
bases, goals, sections (moves and reorders), paragraphs, duties, signature, recipients, appendix
tables (rows, columns, formulas, totals), and what follows: goals met or missed, warnings.
  --format F     text (default), md (to paste into a review), json (for tools),
                 docx (this year's plan with last year's as tracked changes), html
  --out FILE     where to write the docx or html (default: out/<new plan>.redline.docx)
  --exit-code    exit 1 when the plans differ, 0 when not, 2 on trouble (as git diff)
  --color WHEN   auto (default: on a terminal, unless NO_COLOR is set), always, never
  --git REV      compare with the plan and its data files as they were at REV (or REV1..REV2);
                 without plan files: every plan the change touches, its data files included
  --as FILE      read both plans as if they were at FILE (their data files beside it), for
                 git difftool: --as "$MERGED" "$LOCAL" "$REMOTE"
  --git-external the GIT_EXTERNAL_DIFF convention (path old-file old-hex old-mode new-file …)
  --each ID      the appendix whose rows are the plan's units (found by itself)
  --lang en      messages in English (default: Vietnamese, vi)
  -h, --help     show this help`,
  'usage.import_plan': (w) => `usage: npm run import-plan -- <plan.docx> [--out FILE] [--force]

Reads a plan written in Word or LibreOffice (.docx) and writes it as a YAML plan, with the list
of what to review at its top (what the tool had to guess, sentences kept as they were, figures
that do not add up). Appendix tables of ${w.rows} rows or more go to a CSV file beside the YAML
(<name>.<appendix id>.csv).
  --out FILE    where to write the YAML (default: beside the Word file, same name, .yaml)
  --force       overwrite FILE (or the CSV files) if they exist
  --lang en     messages in English (default: Vietnamese, vi)
  -h, --help    show this help`,
  'usage.studio': () => `usage: npm run studio -- <plan.yaml> [--port N] [--no-open] [--out DIR] [--fonts DIR]

Opens the plan in the browser: the YAML on the left, the document on the right, updated as you
type; save, write DOCX and PDF, compare with another plan of the same folder.
  --port N     listen on port N of 127.0.0.1 (default: any free port)
  --no-open    only print the address, do not open the browser
  --out DIR    where "Export DOCX and PDF" writes (default: out)
  --fonts DIR  draw the PDF with the Times New Roman files in DIR, or --fonts tinos with the
               bundled Tinos (as build-plan --fonts; on Windows the default is the system's)
  --lang en    the page and its messages in English (default: Vietnamese, vi)
  -h, --help   show this help`,
  'usage.schema': () => `usage: npm run schema [-- <file.json>]

Writes the plan's JSON Schema (plans/plan.schema.json, or the file named), with which an
editor suggests keys and shows mistakes as you type.
  --lang en     messages in English (default: Vietnamese, vi)
  -h, --help    show this help`,
  'usage.see_help': (w) => `see: npm run ${w.command} -- --help`,
  'usage.bad_lang': (w) => `--lang: vi (Vietnamese, the default) or en (English), not ${s(w.value)}`,
  'usage.unknown_option': (w) => `unknown option ${w.option}`,
  'usage.needs_value': (w) => `${w.option} needs a value`,
  'usage.build_format': (w) => `--format must be docx, pdf or all, not ${s(w.value)}`,
  'usage.name_a_plan': () => 'name a plan file, e.g. npm run build-plan -- plans/2026.yaml',
  'usage.each_one_plan': () => '--each builds the units of one plan: name exactly one',
  'usage.each_no_watch': () => '--each and --watch do not go together',
  'usage.name_plans': () => 'name at least one plan file, e.g. plans/2026.yaml',
  'usage.placeholders_check': () => '--placeholders rewrites the files; it does not go with --check',
  'usage.name_one_plan': () => 'name exactly one plan file',
  'usage.year': (w) => `--year needs a year between ${w.min} and ${w.max}, e.g. --year 2027`,
  'usage.diff_format': () => '--format must be text, md, json, docx or html',
  'usage.color': () => '--color must be auto, always or never',
  'usage.two_plans': () => 'name two plan files: the old one, then the new one',
  'usage.redline_both': () => 'a redline needs both plans',
  'usage.redline_one': (w) => `--format ${w.format} compares one plan with another`,
  'usage.git_external': () => 'git passes 7 arguments',
  'usage.one_docx': () => 'name exactly one Word file (.docx)',
  'usage.port': (w) => `--port must be a number from 1 to 65535, not ${s(w.value)}`,
  'usage.port_in_use': (w) => `port ${w.port} is in use; choose another with --port, or leave it out`,
  'usage.import_exists': (w) => `${w.out} exists; choose another name with --out, or add --force to overwrite it`,
  'usage.too_many': (w) => `name one file, not ${w.count}`,
};

export const enRun: Record<keyof typeof viRun, Wording> = {
  'run.internal_error': (w) => `${w.command}: internal error: ${w.detail}`,
  'run.report_bug': () => 'This is a bug in ke-hoach; please report it with the plan file (run with --debug for details).',
  'run.studio_started': (w) => `ke-hoach studio: ${w.plan}\n  ${w.url}\n(this address opens on this computer only; Ctrl+C to stop)`,
  'run.no_browser': () => '(could not open the browser: open the address above)',
  'run.schema_written': (w) => `wrote ${w.file}`,
};
