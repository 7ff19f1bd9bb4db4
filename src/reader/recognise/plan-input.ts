// Stage: reader (recognition). The plan as the importer writes it: the input form of the plan
// format (what a person types in YAML), with only the fields that say something.

export interface ColumnInput {
  key: string;
  header: string;
  type?: 'text' | 'integer' | 'decimal' | 'percent';
  decimals?: number;
  width?: number;
  formula?: string;
  given?: boolean;
  total?: 'sum' | 'formula' | 'none';
}
export interface ColumnGroupInput {
  group: string;
  each?: (string | number)[];
  columns: ColumnInput[];
}
export interface TableInput {
  title?: string;
  numbered?: boolean;
  columns: (ColumnInput | ColumnGroupInput)[];
  rows?: (string | number | null)[][];
  source?: { file: string };
  total?: { label: string; given?: Record<string, number> };
}

export type BodyInput =
  | string
  | { item: string; items?: string[]; body?: BodyInput[] }
  | { plus: string; body?: BodyInput[] }
  | { when: string; task: string }
  | { table: TableInput };

export type UnitInput = string | { unit: string; task: string };

export interface SectionInput {
  title?: string;
  paragraph?: string;
  text?: string;
  numbered?: boolean;
  body?: BodyInput[];
  duties?: { lead: UnitInput[]; cooperating?: UnitInput[] };
  sections?: SectionInput[];
}

export interface AppendixInput extends Partial<TableInput> {
  id: string;
  title: string;
  body?: BodyInput[];
  sections?: SectionInput[];
}
