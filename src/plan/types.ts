// Stage: plan. Types of the validated plan (z.infer of the schemas).
export type { Plan } from './schema/plan-schema.js';
export type { PlanDate } from './schema/common.js';
export type { Issuer } from './schema/issuer.js';
export type { LegalBasis, LegalBasisObject, LegalBases } from './schema/legal-bases.js';
export type { Section, BodyEntry, Item, ItemEntry, PlusEntry, TableEntry, TimelineEntry, Duties, UnitDuty } from './schema/sections.js';
export type { Signature, Recipient, RecipientGroup, RecipientLine, Recipients } from './schema/closing.js';
export type { Target, Targets } from './schema/targets.js';
export type { Appendix, Column, ColumnAllow, ColumnGroup, ColumnType, DataSource, TableInput } from './schema/appendices.js';
export type { Period } from './schema/common.js';
