// The ordered list of user-database migrations. Append new files; never edit applied ones.
import type { Migration } from '../migrate.js';
import { migration0001 } from './0001-initial.js';
import { migration0002 } from './0002-search-index.js';
import { migration0003 } from './0003-quiz.js';
import { migration0004 } from './0004-one-library.js';
import { migration0005 } from './0005-integrity.js';
import { migration0006 } from './0006-search-segments.js';
import { migration0007 } from './0007-user-status-note.js';
import { migration0008 } from './0008-pending-quotes.js';
import { migration0009 } from './0009-user-term-length.js';

export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
];
