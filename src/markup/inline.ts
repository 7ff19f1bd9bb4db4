// Stage: markup. Inline text → Inline[]: **strong**, *emphasis*, backslash escapes.
// An opener without a closer is literal text, so stray asterisks never swallow a paragraph.
import type { Inline } from '../model/types.js';

type Token = { kind: 'text'; value: string } | { kind: 'delim'; value: '*' | '**' };

function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  let buf = '';
  const flush = () => {
    if (buf) tokens.push({ kind: 'text', value: buf });
    buf = '';
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length && /[!-/:-@[-`{-~]/.test(s[i + 1]!)) {
      buf += s[++i];
    } else if (c === '*') {
      flush();
      const double = s[i + 1] === '*';
      tokens.push({ kind: 'delim', value: double ? '**' : '*' });
      if (double) i++;
    } else buf += c;
  }
  flush();
  return tokens;
}

interface Frame {
  delim: '*' | '**' | null;
  children: Inline[];
}

function pushText(into: Inline[], value: string): void {
  const last = into[into.length - 1];
  if (last?.type === 'text') last.value += value;
  else if (value) into.push({ type: 'text', value });
}

export function parseInlines(s: string): Inline[] {
  const stack: Frame[] = [{ delim: null, children: [] }];
  for (const t of tokenize(s)) {
    const top = stack[stack.length - 1]!;
    if (t.kind === 'text') pushText(top.children, t.value);
    else if (top.delim === t.value) {
      stack.pop();
      const parent = stack[stack.length - 1]!.children;
      if (top.children.length === 0) pushText(parent, t.value + t.value);
      else parent.push({ type: t.value === '**' ? 'strong' : 'emphasis', children: top.children });
    } else if (stack.some((f) => f.delim === t.value)) {
      // closes an outer frame: the frames in between were never closed, so they are literal
      while (stack[stack.length - 1]!.delim !== t.value) unwind(stack);
      const frame = stack.pop()!;
      stack[stack.length - 1]!.children.push({ type: t.value === '**' ? 'strong' : 'emphasis', children: frame.children });
    } else stack.push({ delim: t.value, children: [] });
  }
  while (stack.length > 1) unwind(stack);
  return stack[0]!.children;
}

/** Turns the innermost unclosed frame back into literal text in its parent. */
function unwind(stack: Frame[]): void {
  const frame = stack.pop()!;
  const parent = stack[stack.length - 1]!.children;
  pushText(parent, frame.delim ?? '');
  for (const child of frame.children) child.type === 'text' ? pushText(parent, child.value) : parent.push(child);
}
