// An imported document keeps the note its status was decided with: the period its own wording or
// its 题注 tells (“文化大革命”时期文献…) cannot be told again from the stored date, which may be
// a web page's publication date or none.
import type { Migration } from '../migrate.js';

export const migration0007: Migration = {
  version: 7,
  name: 'user-status-note',
  up: `ALTER TABLE documents ADD COLUMN status_note TEXT;`,
};
