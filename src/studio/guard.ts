// Stage: studio. Who may talk to the studio's server. Any web page the user has open can send
// requests to 127.0.0.1, so every request must carry the random token in its path, name this
// server in its Host header (a DNS-rebinding page names its own host), and, when it changes
// something, come from the studio's own page.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const newToken = (): string => randomBytes(24).toString('base64url');

export type Verdict = { ok: true; rest: string } | { ok: false; status: 403; reason: string };

const sameToken = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Checks a request; on success gives the path after `/<token>/`. */
export function checkRequest(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>, token: string, port: number): Verdict {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!hosts.includes(String(req.headers.host ?? '').toLowerCase())) return { ok: false, status: 403, reason: 'Host' };
  const path = (req.url ?? '').split('?')[0]!;
  const m = /^\/([^/]+)(\/.*)?$/.exec(path);
  if (!m || !sameToken(m[1]!, token)) return { ok: false, status: 403, reason: 'token' };
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return { ok: false, status: 403, reason: 'Sec-Fetch-Site' };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    const origin = req.headers.origin;
    if (origin !== undefined && !hosts.map((h) => `http://${h}`).includes(origin)) return { ok: false, status: 403, reason: 'Origin' };
  }
  return { ok: true, rest: (m[2] ?? '/').slice(1) };
}
