// Quiz facts: keeps the canonical fact text beside each question so blank spans (offsets into
// the fact) stay checkable even when the source document changes or is deleted; adds the
// learning-step counter ts-fsrs 5 needs to resume a card exactly after a restart.
import type { Migration } from '../migrate.js';

export const migration0003: Migration = {
  version: 3,
  name: 'quiz-facts',
  up: `
ALTER TABLE quiz_items ADD COLUMN fact TEXT NOT NULL DEFAULT '';
CREATE INDEX quiz_items_doc ON quiz_items(doc_id);
CREATE INDEX quiz_item_tags_tag ON quiz_item_tags(tag_id);
-- ts-fsrs 5 tracks the position inside the (re)learning steps.
ALTER TABLE review_cards ADD COLUMN learning_steps INTEGER NOT NULL DEFAULT 0;
`,
};
