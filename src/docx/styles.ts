// Stage: docx. Theme → the document's named paragraph styles (what a Word user sees and can
// restyle) and the document defaults (Times New Roman, Vietnamese).
import { AlignmentType, LineRuleType, type IStylesOptions, type Styles } from 'docx';
import type { Align, ParagraphStyle, Theme } from '../model/theme.js';
import { lineSpacing, mmToTwips, ptToHalfPoints, ptToTwips } from './units.js';

/** Our style ids are prefixed so they never collide with Word's built-in ones (Heading1, Title …). */
export const styleId = (name: string): string => `Kh${name}`;

export const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<Align, unknown>;

const OUTLINE_LEVEL: Record<string, number> = { Heading1: 0, Heading2: 1, Heading3: 2, Heading4: 3 };

function paragraphStyle(name: string, s: ParagraphStyle, font: string) {
  return {
    id: styleId(name),
    name: `KH ${name}`,
    basedOn: 'Normal',
    quickFormat: true,
    run: { font, size: ptToHalfPoints(s.sizePt), bold: s.bold, italics: s.italic },
    paragraph: {
      alignment: ALIGNMENT[s.align],
      spacing: { before: ptToTwips(s.spaceBeforePt), after: ptToTwips(s.spaceAfterPt), line: lineSpacing(s.lineSpacing), lineRule: LineRuleType.AUTO },
      indent:
        s.hangingIndentMm > 0
          ? { left: mmToTwips(s.firstLineIndentMm + s.hangingIndentMm), hanging: mmToTwips(s.hangingIndentMm) }
          : { firstLine: mmToTwips(s.firstLineIndentMm) },
      keepNext: s.keepWithNext,
      // kept together when asked, and when kept with the next: LibreOffice (and our layout) never
      // split such a paragraph, while Word would unless told
      keepLines: s.keepLines || s.keepWithNext,
      ...(name in OUTLINE_LEVEL ? { outlineLevel: OUTLINE_LEVEL[name] } : {}),
    },
  };
}

export function stylesFromTheme(theme: Theme): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: theme.fontFamily, size: ptToHalfPoints(14), language: { value: 'vi-VN' }, color: '000000' },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: Object.entries(theme.paragraphStyles).map(([name, s]) => paragraphStyle(name, s, theme.fontFamily)),
  };
}

type Prepared = ReturnType<Styles['prepForXml']>;
/** The styles part as the docx library prepared it, per set of styles (kept for the run, 16 at most). */
const preparedStyles = new Map<string, Prepared>();

/**
 * Every document of a theme has the same styles part, which the docx library takes as long to
 * prepare as the whole body of a plan (its default styles, then ours, then merged by id): the
 * library prepares it for the first document, and the others reuse what it made. The library
 * still writes the XML from it, so the part is the same, byte for byte.
 */
export function reuseStyles(styles: Styles, options: IStylesOptions): void {
  const key = JSON.stringify(options);
  const known = preparedStyles.get(key);
  if (known) {
    styles.prepForXml = () => known;
    return;
  }
  const prepare = styles.prepForXml.bind(styles);
  styles.prepForXml = (context) => {
    const xml = prepare(context);
    if (preparedStyles.size >= 16) preparedStyles.clear();
    preparedStyles.set(key, xml);
    return xml;
  };
}
