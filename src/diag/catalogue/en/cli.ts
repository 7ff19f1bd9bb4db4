// Stage: diagnostics (catalogue, English). The summary lines of the commands.
import type { viCli } from '../vi/cli.js';
import type { Wording } from '../wording.js';

const count = (v: string | number | undefined, word: string): string => `${v ?? 0} ${word}${Number(v) === 1 ? '' : 's'}`;

export const enCli: Record<keyof typeof viCli, Wording> = {
  'cli.warning_prefix': () => 'warning',
  'cli.checked': (w) => `checked ${count(w.plans, 'plan')}: ${count(w.errors, 'error')}, ${count(w.warnings, 'warning')}`,
  'cli.wrote': (w) => `wrote ${w.file}`,
  'cli.diff_none_changed': (w) => `No plan changed since ${w.rev}.`,
  'cli.diff_redline_written': (w) => `Wrote ${w.file}: ${w.summary}`,
  'cli.diff_added': (w) => `New plan: ${w.title} (${count(w.sections, 'part')}, ${w.appendices ?? 0} ${Number(w.appendices) === 1 ? 'appendix' : 'appendices'}).`,
  'cli.diff_removed': (w) => `Plan removed: ${w.title} (${count(w.sections, 'part')}, ${w.appendices ?? 0} ${Number(w.appendices) === 1 ? 'appendix' : 'appendices'}).`,
  'cli.diff_failed': () => 'Cannot compare: the plan has errors (see above).',
  'cli.studio_forbidden': (w) => `403: access denied (${w.check})`,
  'cli.errors_nothing_written': (w) => `${w.plan}: ${count(w.errors, 'error')}; nothing written`,
  'cli.strict_nothing_written': (w) => `${w.plan}: ${count(w.warnings, 'warning')} with --strict; nothing written`,
  'cli.plans_unwritten': (w) => `${count(w.count, 'plan')} could not be written`,
  'cli.warnings_total': (w) => `${count(w.count, 'warning')}${w.strict ? ' (--strict: failing)' : ''}`,
  'cli.not_canonical': (w) => `not canonical: ${w.file}`,
  'cli.formatted': (w) => `formatted ${w.file}`,
  'cli.not_canonical_total': (w) => `${count(w.count, 'file')} not canonical; run npm run fmt -- <files>`,
  'cli.draft_written': (w) => `wrote ${w.out}: review the list at its top, then: npm run diff-plan -- ${w.file} ${w.out}`,
  'cli.formatted_years': (w) => `formatted ${w.file} (${w.count} years written as digits now follow the plan's year: review each line above)`,
  'cli.plan_has_errors_no_draft': (w) => `${w.file} has errors; fix this year's plan before drafting next year's. Nothing written.`,
  'cli.draft_is_the_plan': (w) => `${w.out} is this year's plan itself; choose another --out`,
  'cli.draft_written_errors': (w) => `wrote ${w.out}, with ${w.count} ${w.count === 1 ? 'error' : 'errors'} left (see the list at its top); when fixed: npm run diff-plan -- ${w.file} ${w.out}`,
  'cli.draft_exists': (w) => `${w.out} exists; choose another --out or add --force to overwrite it`,
  'cli.problems_nothing_written': (w) => `${count(w.count, 'problem')}; nothing written`,
  'cli.in_units': (w) => `in ${count(w.count, 'plan')}: ${w.shown}`,
  'cli.more': (w) => `… (${w.count} more)`,
  'cli.unit_failed': (w) => `failed: ${w.label}: ${w.strict ? 'warning with --strict: ' : ''}${w.why}`,
  'cli.units_rebuilt': (w) => `note: built again on the main thread after a worker thread ran out of memory (${w.count}): ${w.shown}`,
  'cli.no_each_appendix': (w) => `--each ${w.each}: no appendix with that id (appendices: ${w.ids || 'none'})`,
  'cli.errors_outside_units': () => "errors outside the units' rows; nothing built",
  'cli.batch_strict': (w) => `${count(w.count, 'warning')} with --strict; nothing built`,
  'cli.batch_summary': (w) =>
    `built ${w.built} of ${count(w.total, 'plan')} (${count(w.files, 'file')}) in ${w.seconds} s on ${count(w.threads, 'thread')}, peak memory ${w.rss} MB; ${w.failed} failed${w.warnings ? `; ${count(w.warnings, 'warning')}` : ''}`,
  'cli.fonts_folder': (w) => `--fonts ${w.dir}: ${w.reason} (the folder needs ${w.names})`,
  'cli.fonts_missing': (w) => `missing ${w.names}`,
  'cli.fonts_note_system': (w) => `PDF fonts: Times New Roman from ${w.dir} (--fonts tinos for the bundled Tinos)`,
  'cli.fonts_note_tinos': (w) => `PDF fonts: Tinos; the Times New Roman in ${w.dir} ${w.why}`,
  'cli.fonts_lack_letters': (w) => `lacks Vietnamese letters (${w.letters} in ${w.file})`,
  'cli.fonts_unusable': (w) => `cannot be used (${w.file}: ${w.reason})`,
  'cli.fonts_unreadable': (w) => `cannot be read (${w.detail})`,
};
