// Stage: plan. PlanSource → warnings for lists in brackets that commas split where the writer meant
// one phrase: `to: [ Các phòng, ban, đơn vị thuộc huyện, UBND các xã, thị trấn ]` reads as five
// recipients. A piece that starts with a lower-case word goes on the phrase before it; the warning
// shows the line, the pieces and the way to keep the phrase whole.
import { isPair, isScalar, visit, type Document, type Scalar } from 'yaml';
import { diagnostic, type Diagnostic } from '../diag/index.js';
import type { PlanSource } from './load.js';

/** Keys whose list is the printed lines of one name, not separate entries. */
const LINES = new Set(['name', 'title']);

/** Words that open a new noun phrase even in lower case ("các thôn", "những hộ …"). */
const OPENS_PHRASE = /^(?:các|những|mọi|mỗi|từng|toàn|cùng)\s/u;

/** Starts with a lower-case letter (Vietnamese ones included) and goes on the phrase before it: "ban", "thị trấn". */
const startsLower = (s: string): boolean => {
  const t = s.trimStart().normalize('NFC');
  const c = t.charAt(0);
  return c !== '' && c === c.toLocaleLowerCase('vi') && c !== c.toLocaleUpperCase('vi') && !OPENS_PHRASE.test(t);
};

export function checkCommaSplits(source: PlanSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(source.doc as Document, {
    Seq(_, seq, path) {
      if (!seq.flow || seq.items.length < 2 || !seq.range) return;
      // a table row in brackets is counted against its columns already
      if (path.some((p) => isPair(p) && isScalar(p.key) && p.key.value === 'rows')) return;
      // a name or a title in brackets is its printed lines: "[ Ủy ban nhân dân, xã Quảng Ngọc ]"
      const owner = path[path.length - 1];
      if (isPair(owner) && isScalar(owner.key) && LINES.has(String(owner.key.value))) return;
      const items = seq.items.filter((i): i is Scalar => isScalar(i));
      if (items.length !== seq.items.length || items.some((i) => i.type !== 'PLAIN' || typeof i.value !== 'string')) return;
      const pieces = items.map((i) => String(i.value));
      if (!pieces.slice(1).some(startsLower)) return;
      const p = source.lineCounter.linePos(seq.range[0]);
      out.push(
        diagnostic(
          'split_by_commas',
          { count: pieces.length, pieces: pieces.map((x) => `"${x}"`).join('; '), first: pieces.join(', ') },
          { file: source.file, line: p.line, column: p.col },
          { severity: 'warning' },
        ),
      );
    },
  });
  return out;
}
