// Stage: diagnostics (catalogue, English). Files and the disk: why a file cannot be read or
// written (the system's code kept in brackets for whoever reports it), what a path names.
import type { viFiles } from '../vi/files.js';
import type { Wording } from '../wording.js';

const withCode = (text: string) => (w: { code?: string | number }) => (w.code ? `${text} (${w.code})` : text);

export const enFiles: Record<keyof typeof viFiles, Wording> = {
  'fs.no_such_file': () => 'no such file',
  'fs.no_such_folder': () => 'no such folder',
  'fs.not_a_folder': () => 'not a folder',
  'fs.EACCES': () => 'permission denied',
  'fs.EPERM': withCode('the operation is not permitted'),
  'fs.EISDIR': () => 'it is a folder, not a file',
  'fs.ENOTDIR': withCode('a part of the path is a file, not a folder'),
  'fs.EEXIST': withCode('a file of that name is in the way'),
  'fs.ENOSPC': withCode('the disk is full'),
  'fs.EDQUOT': withCode('the disk quota is used up'),
  'fs.EROFS': withCode('the disk or folder is read-only'),
  'fs.EBUSY': withCode('the file is in use by another program'),
  'fs.EMFILE': withCode('too many files are open'),
  'fs.ENAMETOOLONG': withCode('the name is too long'),
  'fs.EIO': withCode('the disk reported a read or write error'),
  'fs.ELOOP': withCode('the path loops through links'),
  'fs.EXDEV': withCode('the temporary file is on another disk'),
  'fs.other': (w) => `${w.detail}`,
  'file_kind.folder': () => 'a folder',
  'file_kind.pipe': () => 'a pipe (FIFO)',
  'file_kind.device': () => 'a device',
  'file_kind.socket': () => 'a socket',
  'file_kind.other': () => 'something other than a file',
  'what.plan': () => 'a plan',
  'what.data_file': () => 'a data file',
  'busy.holder_word': () => 'Word',
  'busy.holder_pdf': () => 'a PDF reader',
  'busy.output': (w) =>
    `${w.file}: the file is open in ${w.holder} and cannot be replaced; the previous file is as it was.${w.heldBack ? ` ${w.heldBack} was not replaced either, so that the DOCX and the PDF always come from the same build.` : ''} Close ${w.name} in ${w.holder}${w.watching ? ': once it is closed, the new one is written at once.' : ' and run again.'}`,
  'kept.plan_files': (w) => `nothing of ${w.plan} was written; its previous files are as they were`,
  'kept.file_as_was': () => 'the file is as it was',
  'font.not_a_font': (w) => `it is ${w.kind}, not a font file`,
  'font.too_large': (w) => `it is larger than ${w.limit} bytes`,
  'font.damaged': (w) => `it is not a TrueType font file, or it is damaged (${w.detail})`,
  'font.face_regular': () => 'regular',
  'font.face_bold': () => 'bold',
  'font.face_italic': () => 'italic',
  'font.face_boldItalic': () => 'boldItalic',
};
