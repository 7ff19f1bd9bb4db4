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
  pdf: Uint8Array | null;
  /** The PDF of the places to redraw on pages shown now (head.patch says where). */
  patch: Uint8Array | null;
}

/** The text → diagnostics and PDF (one framed answer: length, JSON head, patch PDF, PDF bytes).
 * `drawn`: the key of the page each canvas of the preview shows ('' where none). */
export async function preview(text: string, signal?: AbortSignal, drawn: readonly string[] = []): Promise<PreviewAnswer> {
  const headers: Record<string, string> = { 'Content-Type': 'text/plain; charset=utf-8' };
  if (drawn.some((k) => k !== '')) headers['X-Drawn'] = drawn.join(',');
  const res = await fetch('api/preview', { method: 'POST', headers, body: text, signal });
  if (res.status !== 200) throw new Error(`api/preview: ${res.status} ${(await res.text()).slice(0, 300)}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const len = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);
  const head = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + len))) as PreviewHead;
  const patchEnd = 4 + len + (head.patch?.bytes ?? 0);
  return { head, pdf: head.ok ? bytes.slice(patchEnd) : null, patch: head.ok && head.patch ? bytes.slice(4 + len, patchEnd) : null };
}

export function listen(onEvent: (e: StudioEvent) => void): EventSource {
  const source = new EventSource('api/events');
  source.onmessage = (m: MessageEvent<string>) => onEvent(JSON.parse(m.data) as StudioEvent);
  return source;
}
