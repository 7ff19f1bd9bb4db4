// A file system error in the words of an office clerk: what went wrong, not the errno jargon
// (the code stays in brackets for whoever reports it).

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file of that name is in the way',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk or folder is read-only',
  EBUSY: 'the file is in use by another program',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'the disk reported a read or write error',
  ELOOP: 'the path loops through links',
  EXDEV: 'the temporary file is on another disk',
};

export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  const reason = code ? REASONS[code] : undefined;
  if (reason) return code === 'EACCES' || code === 'EISDIR' ? reason : `${reason} (${code})`;
  return String((e as Error)?.message ?? e);
}

/** Is this an error of the file system (as opposed to a bug)? */
export const isFsError = (e: unknown): e is NodeJS.ErrnoException =>
  typeof (e as NodeJS.ErrnoException)?.code === 'string' && typeof (e as NodeJS.ErrnoException)?.syscall === 'string';
