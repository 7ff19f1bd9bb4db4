// Stage: cli. The fonts the PDF is drawn with. `--fonts DIR`: the office's own Times New Roman
// files in DIR; `--fonts tinos`: the Tinos shipped with ke-hoach (same metrics as Times New
// Roman). Without --fonts, on Windows: the system's own Times New Roman in %SystemRoot%\Fonts,
// found by its Windows file names, when it has every Vietnamese letter (the PDF then carries the
// font ND30 prescribes and draws it as Word does); otherwise, and elsewhere, Tinos.
import * as nodePath from 'node:path';
import { diagnostic, formatDiagnostic, msg, type Msg } from '../diag/index.js';
import { findFontFiles, fontProblems, systemFontsDir, WINDOWS_NAMES, type FontFolderAccess } from '../fonts/find-fonts.js';
import { lang } from './lang.js';
import { say } from './say.js';
import { missingCharacters, VIETNAMESE_LETTERS, type FaceName, type FontFiles } from '../fonts/measure.js';

export type FontChoice =
  /** fonts undefined: Tinos. `note`: one line for the user (what was chosen, or why not). */
  | { fonts: FontFiles | undefined; note?: string }
  | { error: string };

export interface FontSystem {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  fs?: FontFolderAccess;
}

const LETTERS = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.toLocaleUpperCase('vi');

export async function chooseFonts(option: string | null, sys: FontSystem = { platform: process.platform, env: process.env }): Promise<FontChoice> {
  if (option !== null && option.toLowerCase() === 'tinos') return { fonts: undefined };
  if (option !== null) {
    const found = findFontFiles(option, sys.fs);
    if ('missing' in found) return { error: say('cli.fonts_folder', { dir: option, reason: found.reason ?? msg('cli.fonts_missing', { names: found.missing.join(', ') }), names: Object.values(WINDOWS_NAMES).join(', ') }) };
    const problems = await fontProblems(found.files);
    if (problems.length > 0) return { error: problems.map((p) => formatDiagnostic(diagnostic('font_unusable', p), lang())).join('\n') };
    return { fonts: found.files };
  }
  const dir = systemFontsDir(sys.platform, sys.env, sys.fs?.path ?? (sys.platform === 'win32' ? nodePath.win32 : nodePath));
  if (dir === null) return { fonts: undefined };
  const found = findFontFiles(dir, sys.fs);
  if ('missing' in found) return { fonts: undefined };
  const damaged = (await fontProblems(found.files))[0];
  const lacking = damaged ? msg('cli.fonts_unusable', { file: damaged.file, reason: damaged.reason }) : lackingLetters(found.files);
  if (lacking !== null) return { fonts: undefined, note: say('cli.fonts_note_tinos', { dir, why: lacking }) };
  return { fonts: found.files, note: say('cli.fonts_note_system', { dir }) };
}

/** null when all four faces draw every Vietnamese letter; else what is wrong, in a few words. */
function lackingLetters(files: FontFiles): Msg | null {
  try {
    for (const face of Object.keys(files) as FaceName[]) {
      const missing = missingCharacters(files, face, LETTERS);
      if (missing.length > 0) return msg('cli.fonts_lack_letters', { letters: `${missing.slice(0, 5).join(' ')}${missing.length > 5 ? ' …' : ''}`, file: nodePath.basename(files[face]) });
    }
    return null;
  } catch (e) {
    return msg('cli.fonts_unreadable', { detail: (e as Error).message });
  }
}
