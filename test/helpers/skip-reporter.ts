// A vitest reporter, after the default one: checks skipped for want of a system tool
// (requireTools in ./tools.ts) are summed up in one line at the end of the run, naming the tools
// and the Debian packages that bring them. Nothing is printed when nothing was skipped so.
import type { Reporter, TestModule } from 'vitest/node';
import { INSTALL, installHint, SKIP_PREFIX, type Tool } from './tools.js';

/** "needs soffice (libreoffice-writer-nogui), pdftotext (poppler-utils)" → the tools named. */
export const toolsOfNote = (note: string): Tool[] =>
  note.startsWith(SKIP_PREFIX) ? [...note.slice(SKIP_PREFIX.length).matchAll(/([\w-]+) \(/g)].map((m) => m[1] as Tool).filter((t) => t in INSTALL) : [];

/** The line printed for these skip notes, or null when none is about a missing tool. */
export function skipLine(notes: readonly string[]): string | null {
  const byTool = new Map<Tool, number>();
  let checks = 0;
  for (const note of notes) {
    const tools = toolsOfNote(note);
    if (tools.length === 0) continue;
    checks++;
    for (const t of tools) byTool.set(t, (byTool.get(t) ?? 0) + 1);
  }
  if (checks === 0) return null;
  const tools = [...byTool.keys()].sort();
  const what = tools.map((t) => `${t} (${INSTALL[t].what}) ${byTool.get(t)}`).join(', ');
  return `skipped ${checks} check${checks === 1 ? '' : 's'} for want of system tools: ${what}. To run them: ${installHint(tools)}. CI=true requires them.`;
}

export default class SkipReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const notes: string[] = [];
    for (const m of testModules)
      for (const t of m.children.allTests()) {
        const r = t.result();
        if (r.state === 'skipped' && r.note) notes.push(r.note);
      }
    const line = skipLine(notes);
    if (line) process.stdout.write(`\n${line}\n`);
  }
}
