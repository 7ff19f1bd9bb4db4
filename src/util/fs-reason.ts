// Is an error one of the file system's? (Its words are diag/fs-reason.ts.)

/** Is this an error of the file system (as opposed to a bug)? */
export const isFsError = (e: unknown): e is NodeJS.ErrnoException =>
  typeof (e as NodeJS.ErrnoException)?.code === 'string' && typeof (e as NodeJS.ErrnoException)?.syscall === 'string';
