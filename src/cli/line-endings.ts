// Stage: cli. Plans saved on Windows end their lines with CRLF (Notepad, and git with
// core.autocrlf). The workflow commands read them as LF text and write what they produce with
// the line endings the plan had, so that fmt does not rewrite every line of a Windows plan and
// its --check passes on a canonical one.

/** '\r\n' when most lines of `text` end so, '\n' otherwise. */
export function lineEnding(text: string): '\r\n' | '\n' {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const lf = text.match(/\n/g)?.length ?? 0;
  return crlf > 0 && crlf * 2 >= lf ? '\r\n' : '\n';
}

export const toLf = (text: string): string => text.replace(/\r\n/g, '\n');

export const withLineEnding = (text: string, eol: '\r\n' | '\n'): string => (eol === '\n' ? text : toLf(text).replace(/\n/g, eol));
