// 金句 of an imported document are worked out after its import (services/quote-pass.ts): the
// documents whose 金句 are still to come are listed here until a pass writes them. Rows imported
// before this version already have theirs, so none is listed.
import type { Migration } from '../migrate.js';

export const migration0008: Migration = {
  version: 8,
  name: 'pending-quotes',
  up: `CREATE TABLE quotes_pending (
  doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;`,
};
