// Stage: studio. Tells the page what changed on disk: the plan (another editor, git) and the data
// files it reads. Files are polled, as `build-plan --watch` does (editors often replace a file
// rather than write it, which event-based watching can miss).
import { unwatchFile, watchFile, type Stats } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { dirname, relative } from 'node:path';
import type { StudioEvent } from './types.js';

const POLL_MS = 250;

export class Watcher {
  private clients = new Set<ServerResponse>();
  private dataFiles = new Set<string>();
  private heartbeat: NodeJS.Timeout;

  /** `onPlanChange` is called when the plan's modification time changes. */
  constructor(private readonly plan: string, onPlanChange: () => void) {
    watchFile(plan, { interval: POLL_MS }, (cur, prev) => changed(cur, prev) && onPlanChange());
    this.heartbeat = setInterval(() => this.clients.forEach((c) => c.write(': keep-alive\n\n')), 20_000);
    this.heartbeat.unref();
  }

  /** An event stream (text/event-stream) for one page. */
  attach(res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': ok\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  send(event: StudioEvent): void {
    const line = `data: ${JSON.stringify(event)}\n\n`;
    for (const c of this.clients) c.write(line);
  }

  /** The data files the plan reads now; changes to them are announced. */
  watchData(files: readonly string[]): void {
    const next = new Set(files);
    for (const f of this.dataFiles) if (!next.has(f)) unwatchFile(f);
    for (const f of next)
      if (!this.dataFiles.has(f)) watchFile(f, { interval: POLL_MS }, (cur, prev) => changed(cur, prev) && this.send({ type: 'data-changed', file: relative(dirname(this.plan), f) }));
    this.dataFiles = next;
  }

  close(): void {
    clearInterval(this.heartbeat);
    unwatchFile(this.plan);
    for (const f of this.dataFiles) unwatchFile(f);
    for (const c of this.clients) c.end();
  }
}

const changed = (cur: Stats, prev: Stats): boolean => cur.mtimeMs !== prev.mtimeMs || cur.size !== prev.size || cur.ino !== prev.ino;
