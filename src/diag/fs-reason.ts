// Stage: diagnostics. A file system error as a sentence of the catalogue: what went wrong in the
// words of an office clerk, not the errno jargon (the code stays in brackets for whoever
// reports it).
import { msg } from './messages.js';
import type { Msg, TextKey } from './types.js';

const KNOWN = new Set(['EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'EEXIST', 'ENOSPC', 'EDQUOT', 'EROFS', 'EBUSY', 'EMFILE', 'ENAMETOOLONG', 'EIO', 'ELOOP', 'EXDEV']);

export function fsReason(e: unknown): Msg {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return msg('fs.no_such_file');
  if (code && KNOWN.has(code)) return msg(`fs.${code}` as TextKey, { code });
  return msg('fs.other', { detail: String((e as Error)?.message ?? e) });
}
