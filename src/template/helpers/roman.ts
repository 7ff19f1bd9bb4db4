// Template helper {{roman n}}: Roman numerals for "Phụ lục I", "Phụ lục II".
import { toRoman } from '../../util/vn-number.js';

export const roman = (n: unknown): string => toRoman(Number(n));
