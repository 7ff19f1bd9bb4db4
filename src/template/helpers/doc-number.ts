// Template helper {{docNumber number symbol}}: "131/KH-UBND" (symbol "KH-UBND"), or blank for the văn thư.
import { documentNumber } from '../format/dates.js';

export const docNumber = (number: number | null, symbol: string): string => documentNumber(number, symbol);
