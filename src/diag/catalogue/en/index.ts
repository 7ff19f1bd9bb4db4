// Stage: diagnostics (catalogue, English, behind --lang en). The same keys as the Vietnamese one.
import type { TextKey } from '../vi/index.js';
import type { Wording } from '../wording.js';
import { enCli } from './cli.js';
import { enCompute } from './compute.js';
import { enFiles } from './files.js';
import { enImport } from './import.js';
import { enPlan } from './plan.js';
import { enTable } from './table.js';
import { enRun, enUsage } from './usage.js';
import { enYaml } from './yaml.js';

export const enTexts: Record<TextKey, Wording> = { ...enFiles, ...enYaml, ...enPlan, ...enCli, ...enCompute, ...enTable, ...enUsage, ...enRun, ...enImport };
