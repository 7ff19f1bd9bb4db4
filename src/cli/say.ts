// Stage: cli. A line of the commands' own (summaries, refusals) in the language of this run.
import { msg, word, type Data, type TextKey } from '../diag/index.js';
import { lang } from './lang.js';

export const say = (key: TextKey, data?: Data): string => word(msg(key, data), lang());
