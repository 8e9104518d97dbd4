// The library as SQL: the content bundle is ATTACHed to the user database as `bundle`, and these
// TEMP views union its tables with the user's same-named ones, applying the user's edits of bundled
// documents (rename, type, date, speaker, status, deletion). Every reader of documents, 金句 and
// 提法 goes through them, so an edit shows everywhere at once. A 金句's reason and score, a 提法
// occurrence's matched length exist in the bundle only.

/** A document deleted (hidden) by the user: its 金句 and 提法 leave the library with it. */
const NOT_HIDDEN = 'doc_id NOT IN (SELECT doc_id FROM main.document_overrides WHERE deleted = 1)';

export const LIBRARY_VIEWS_SQL = `
CREATE TEMP VIEW all_documents AS
  SELECT d.id, coalesce(o.title, d.title) AS title, coalesce(o.type, d.type) AS type,
    CASE WHEN o.date IS NULL THEN d.date ELSE nullif(o.date, '') END AS date,
    CASE WHEN o.date IS NULL THEN d.year ELSE CAST(substr(nullif(o.date, ''), 1, 4) AS INTEGER) END AS year,
    d.source, coalesce(o.speakers, d.speakers) AS speakers, d.occasion, d.place, d.script,
    coalesce(o.status, d.status) AS status, d.chars, d.hash, d.origin AS source_file, 'bundle' AS origin,
    CASE WHEN coalesce(o.status, d.status) = '历史文献' THEN d.status_note END AS status_note, d.paragraphs
  FROM bundle.documents d LEFT JOIN main.document_overrides o ON o.doc_id = d.id
  WHERE o.deleted IS NOT 1
  UNION ALL
  SELECT id, title, type, date, year, source, speakers, occasion, place, script, status, chars, hash,
    origin AS source_file, 'user' AS origin, CASE WHEN status = '历史文献' THEN status_note END AS status_note,
    paragraphs
  FROM main.documents;

CREATE TEMP VIEW all_quotes AS
  SELECT id, doc_id, paragraph, start, end, text, speaker, occasion, date, citation, 'bundle' AS origin,
    reason, score
  FROM bundle.quotes WHERE ${NOT_HIDDEN}
  UNION ALL
  SELECT id, doc_id, paragraph, start, end, text, speaker, occasion, date, citation, 'user' AS origin,
    '' AS reason, NULL AS score
  FROM main.quotes;

CREATE TEMP VIEW all_terms AS
  SELECT term, doc_id, paragraph, start, coalesce(length, length(term)) AS length
  FROM bundle.terms WHERE ${NOT_HIDDEN}
  UNION ALL
  SELECT term, doc_id, paragraph, start, coalesce(length, length(term)) AS length FROM main.terms;
`;
