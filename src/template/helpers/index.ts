// Stage: template. The helpers templates may call (knownHelpersOnly): one per file.
import { dateText } from './date-text.js';
import { docNumber } from './doc-number.js';
import { endWith } from './end-with.js';
import { finalStop } from './final-stop.js';
import { num } from './num.js';
import { roman } from './roman.js';
import { units } from './units.js';
import { upper } from './upper.js';

/** Handlebars passes an options object last; helpers never need it, so it is dropped. */
type Helper = (...args: never[]) => string;

export const helpers: Record<string, Helper> = { dateText, docNumber, endWith, finalStop, num, roman, units, upper };
