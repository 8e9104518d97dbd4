// Page numbers in a PDF's text layer: the foot (or head) of every page, which would otherwise
// split the sentence running over the page break (`…作为最大的` / `— 2 —` / `政绩，…`). The PDF
// reader drops them by position (pdf-furniture.ts); the cleaner drops a marked one anywhere.

/** A page number with its marks, safe to drop anywhere: `— 2 —` (公文), `- 2 -`, `第 2 页 共 5 页`,
 * `共 5 页 第 2 页`, `Page 2 of 5`. */
export const PAGE_NUMBER_MARKED =
  /^(?:[-－—–·•]\s*\d{1,4}\s*[-－—–·•]|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[,，/／]?\s*第\s*\d{1,4}\s*页|page\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?)$/i;
