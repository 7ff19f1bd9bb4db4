// Stage: studio. `npm run studio -- plan.yaml`: a local web server for one plan. The page edits
// the plan's text; the server answers with the project's own diagnostics and native PDF
// (preview.ts), saves the plan (plan-file.ts), writes DOCX and PDF and compares plans
// (actions.ts). It listens on 127.0.0.1 only and answers only requests that carry its token
// (guard.ts); it reads and writes the opened plan and files of its folder, and writes the
// output folder chosen on the command line.
import { readdir, realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { planJsonSchema, word, type FontFiles, type Lang } from '../index.js';
import { comparePlans, exportPlan, type ActionOptions } from './actions.js';
import { dataFilesOf } from '../compute/table/data-path.js';
import { checkRequest, newToken } from './guard.js';
import { PlanFile } from './plan-file.js';
import { PageCache, parseDrawn } from './patch.js';
import { frame, previewPlan } from './preview.js';
import type { CompareRequest, PlanState, PreviewHead, SaveAnswer, SaveRequest } from './types.js';
import { warmUp } from './warm-up.js';
import { Watcher } from './watcher.js';
import { webFiles, type WebFile } from './web-files.js';

export interface StudioOptions {
  /** The plan as the user typed it, and the folder it is relative to. */
  plan: string;
  cwd: string;
  /** Where "Xuất DOCX và PDF" writes (absolute or relative to cwd). */
  outDir: string;
  /** 0: any free port. */
  port?: number;
  /** The folder of the page's files (dist/studio/web). */
  webDir: string;
  fonts?: FontFiles;
  /** For tests; a random one otherwise. */
  token?: string;
  /** The language of the page and of the diagnostics it shows (default: Vietnamese). */
  lang?: Lang;
  /** Previews the plan in the background after starting, so that the first edits are drawn at
   * full speed (warm-up.ts); the command does, tests need not. */
  warmUp?: boolean;
}

export interface Studio {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 8 * 1024 * 1024;

const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; worker-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data: blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((ok, fail) => {
    const parts: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        fail(new HttpError(413, 'request too large'));
        req.destroy();
      } else parts.push(c);
    });
    req.on('end', () => ok(Buffer.concat(parts)));
    req.on('error', fail);
  });
}

async function readJson<T>(req: IncomingMessage): Promise<T> {
  try {
    return JSON.parse((await readBody(req)).toString('utf8')) as T;
  } catch (e) {
    if (e instanceof HttpError) throw e;
    throw new HttpError(400, 'the request is not JSON');
  }
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}
const sendJson = (res: ServerResponse, value: unknown, status = 200) => send(res, status, JSON.stringify(value));

export async function startStudio(o: StudioOptions): Promise<Studio> {
  const token = o.token ?? newToken();
  const planAbs = resolve(o.cwd, o.plan);
  const folder = dirname(planAbs);
  const file = new PlanFile(await realpath(planAbs));
  const lang = o.lang ?? 'vi';
  const files = webFiles(o.webDir, lang);
  // The pipeline gets absolute paths: the server's folder need not be the user's.
  const actions: ActionOptions = { plan: planAbs, shown: planAbs, cwd: o.cwd, outDir: resolve(o.cwd, o.outDir), fonts: o.fonts, lang };
  let known = (await file.read()).version;
  const watcher = new Watcher(planAbs, () => {
    void file.read().then(
      (disk) => {
        if (disk.version === known) return;
        known = disk.version;
        watcher.send({ type: 'plan-changed', version: disk.version, text: disk.text });
      },
      () => undefined, // removed or being replaced: the next poll sees the new file
    );
  });
  const pages = new PageCache();
  // One build at a time: they share the processor, and answers then come in order.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  const otherPlans = async (): Promise<string[]> =>
    (await readdir(folder)).filter((n) => /\.ya?ml$/i.test(n) && n !== basename(planAbs)).sort((a, b) => a.localeCompare(b, 'vi'));

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>> = {
    'GET api/plan': async (_req, res) => {
      const disk = await file.read();
      known = disk.version;
      const out = relative(o.cwd, actions.outDir);
      const state: PlanState = {
        name: basename(planAbs),
        path: o.plan,
        text: disk.text,
        version: disk.version,
        lineSeparator: /\r\n/.test(disk.text) && !/(^|[^\r])\n/.test(disk.text) ? '\r\n' : '\n',
        otherPlans: await otherPlans(),
        outDir: out && !out.startsWith('..') ? out : actions.outDir,
        lang,
      };
      sendJson(res, state);
    },
    'GET api/schema': async (_req, res) => sendJson(res, planJsonSchema()),
    'GET api/events': async (_req, res) => watcher.attach(res),
    'POST api/preview': async (req, res) => {
      const text = (await readBody(req)).toString('utf8');
      // a request the page gave up meanwhile (a newer text came) is not built
      const abandoned = () => req.socket.destroyed;
      const drawn = parseDrawn(req.headers['x-drawn']);
      // with a patch, the head and the patch go at once, the whole PDF when it is written
      let headSent = false;
      const early = (head: PreviewHead, patch: Uint8Array) => {
        headSent = true;
        res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/octet-stream' });
        res.write(frame(head, null, patch));
      };
      const p = await serial(async () => (abandoned() ? null : previewPlan(text, { ...actions, abandoned, drawn, pages, early })));
      if (!p) return void res.destroy();
      watcher.watchData(dataFilesOf(planAbs, p.data));
      if (headSent) return void (p.early && p.pdf ? res.end(p.pdf) : res.destroy()); // (destroyed: the PDF failed after the head went)
      send(res, 200, frame(p.head, p.pdf, p.patch), 'application/octet-stream');
    },
    'POST api/save': async (req, res) => {
      const r = await readJson<SaveRequest>(req);
      if (typeof r.text !== 'string' || typeof r.baseVersion !== 'string') throw new HttpError(400, 'text and baseVersion are needed');
      const saved = await serial(() => file.save(r.text, r.baseVersion));
      const answer: SaveAnswer = 'version' in saved ? { saved: true, version: saved.version } : { saved: false, conflict: true, diskText: saved.conflict.text, diskVersion: saved.conflict.version };
      if ('version' in saved) known = saved.version;
      sendJson(res, answer, 'version' in saved ? 200 : 409);
    },
    'POST api/export': async (_req, res) => sendJson(res, await serial(() => exportPlan(actions))),
    'POST api/compare': async (req, res) => {
      const r = await readJson<CompareRequest>(req);
      if (typeof r.text !== 'string' || !(await otherPlans()).includes(r.other)) throw new HttpError(400, 'not a plan of this folder');
      const other = join(folder, r.other);
      sendJson(res, await serial(() => comparePlans(r.text, other, r.otherIsNewer === true, actions)));
    },
  };

  const serveFile = (name: string, res: ServerResponse): boolean => {
    const f: WebFile | undefined = files.get(name === '' ? 'index.html' : name);
    if (!f) return false;
    send(res, 200, f.bytes, f.type);
    return true;
  };

  let port = 0;
  /** Requests being answered (the page's events stream aside): the warm-up gives way to them. */
  let inHand = 0;
  const server: Server = createServer((req, res) => {
    const verdict = checkRequest(req, token, port);
    if (!verdict.ok) return send(res, verdict.status, `${word({ key: 'cli.studio_forbidden', data: { check: verdict.reason } }, lang)}\n`, 'text/plain; charset=utf-8');
    const route = routes[`${req.method} ${verdict.rest}`];
    if (!route) {
      if ((req.method === 'GET' || req.method === 'HEAD') && serveFile(verdict.rest, res)) return;
      return send(res, 404, 'not found\n', 'text/plain; charset=utf-8');
    }
    if (verdict.rest !== 'api/events') {
      inHand++;
      res.once('close', () => inHand--);
    }
    route(req, res).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      if (!res.headersSent) sendJson(res, { error: String((e as Error)?.message ?? e) }, status);
      else res.end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(o.port ?? 0, '127.0.0.1', () => ok());
  });
  port = (server.address() as AddressInfo).port;
  let closing = false;
  if (o.warmUp) {
    const { text } = await file.read();
    void warmUp({
      round: (yieldTo) => serial(() => (yieldTo() ? Promise.resolve(null) : previewPlan(text, { ...actions, abandoned: yieldTo }))),
      busy: () => inHand > 0,
      rounds: 120,
      budgetMs: 6000,
      stopped: () => closing,
    }).catch(() => undefined); // a plan that cannot be built now is built when the page asks
  }
  return {
    url: `http://127.0.0.1:${port}/${token}/`,
    port,
    token,
    close: () =>
      new Promise<void>((ok) => {
        closing = true;
        watcher.close();
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
