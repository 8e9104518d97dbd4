// An imported document's 提法 occurrence keeps its length, as the bundle's do: a form longer than the
// term (第七个五年计划 under 七五, 两个毫不动摇 written out as its two clauses, 经济结构的战略性调整) was
// stored without it and read back as the term's own length, so the quiz took it for the term's words and
// lists marked the wrong span. Rows stored before this version read as before (the term's length).
import type { Migration } from '../migrate.js';

export const migration0009: Migration = {
  version: 9,
  name: 'user-term-length',
  up: `ALTER TABLE terms ADD COLUMN length INTEGER;`,
};
