// Studio page: the server's API. Addresses are relative to the page (http://127.0.0.1:P/<token>/),
// so every request carries the token.
import type { CompareAnswer, CompareRequest, ExportAnswer, PlanState, PreviewHead, SaveAnswer, SaveRequest, StudioEvent } from '../types.js';

async function call<T>(path: string, init?: RequestInit, okStatuses: number[] = [200]): Promise<T> {
  const res = await fetch(path, init);
  if (!okStatuses.includes(res.status)) throw new Error(`${path}: ${res.status} ${(await res.text()).slice(0, 300)}`);
  return (await res.json()) as T;
}

const post = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

export const getPlan = (): Promise<PlanState> => call('api/plan');
export const getSchema = (): Promise<unknown> => call('api/schema');
export const savePlan = (r: SaveRequest): Promise<SaveAnswer> => call('api/save', post(r), [200, 409]);
export const exportPlan = (): Promise<ExportAnswer> => call('api/export', post({}));
export const comparePlans = (r: CompareRequest): Promise<CompareAnswer> => call('api/compare', post(r));

export interface PreviewAnswer {
  head: PreviewHead;
  /** The PDF, when the text has no errors: it may come after the head and the patch. */
  pdf: Promise<Uint8Array> | null;
  /** The PDF of the places to redraw on pages shown now (head.patch says where). */
  patch: Uint8Array | null;
}

/** The text → diagnostics and PDF (one framed answer: length, JSON head, patch PDF, PDF bytes),
 * read as it comes: the answer is given once the head and the patch are in.
 * `drawn`: the key of the page each canvas of the preview shows ('' where none). */
export async function preview(text: string, signal?: AbortSignal, drawn: readonly string[] = []): Promise<PreviewAnswer> {
  const headers: Record<string, string> = { 'Content-Type': 'text/plain; charset=utf-8' };
  const keys = drawn.join(',');
  // (a document of thousands of pages would pass the server's limit on a request's head: drawn whole)
  if (drawn.some((k) => k !== '') && keys.length <= 8000) headers['X-Drawn'] = keys;
  const res = await fetch('api/preview', { method: 'POST', headers, body: text, signal });
  if (res.status !== 200 || !res.body) throw new Error(`api/preview: ${res.status} ${(await res.text()).slice(0, 300)}`);
  const reader = res.body.getReader();
  let got = new Uint8Array(0);
  /** Reads until `n` bytes are in (or the end, with `n` Infinity). */
  const upTo = async (n: number): Promise<void> => {
    while (got.length < n) {
      const { done, value } = await reader.read();
      if (done) {
        if (n === Infinity) return;
        throw new Error('api/preview: the answer was cut short');
      }
      const joined = new Uint8Array(got.length + value.length);
      joined.set(got);
      joined.set(value, got.length);
      got = joined;
    }
  };
  await upTo(4);
  const len = new DataView(got.buffer).getUint32(0);
  await upTo(4 + len);
  const head = JSON.parse(new TextDecoder().decode(got.subarray(4, 4 + len))) as PreviewHead;
  const patchEnd = 4 + len + (head.patch?.bytes ?? 0);
  await upTo(patchEnd);
  const patch = head.ok && head.patch ? got.slice(4 + len, patchEnd) : null;
  if (!head.ok) return { head, pdf: null, patch };
  const pdf = upTo(Infinity).then(() => got.slice(patchEnd));
  pdf.catch(() => undefined); // given up (a newer text): whoever waits for it is told
  return { head, pdf, patch };
}

export function listen(onEvent: (e: StudioEvent) => void): EventSource {
  const source = new EventSource('api/events');
  source.onmessage = (m: MessageEvent<string>) => onEvent(JSON.parse(m.data) as StudioEvent);
  return source;
}
