// Stage: diagnostics (catalogue, Vietnamese: the default). Every sentence key and its wording;
// the keys of this catalogue are the keys of all catalogues (TextKey).
import { viCli } from './cli.js';
import { viCompute } from './compute.js';
import { viFiles } from './files.js';
import { viImport } from './import.js';
import { viPlan } from './plan.js';
import { viTable } from './table.js';
import { viRun, viUsage } from './usage.js';
import { viYaml } from './yaml.js';

export const viTexts = { ...viFiles, ...viYaml, ...viPlan, ...viCli, ...viCompute, ...viTable, ...viUsage, ...viRun, ...viImport };

export type TextKey = keyof typeof viTexts;
