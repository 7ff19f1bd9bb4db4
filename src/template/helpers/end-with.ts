// Template helper {{endWith text ";"}}: ends a list line with the given mark, replacing any
// punctuation the author typed, so every line of a list ends the same way.
export const endWith = (text: unknown, mark: unknown): string =>
  `${String(text ?? '').replace(/[\s.;:,]+$/u, '')}${String(mark ?? '')}`;
