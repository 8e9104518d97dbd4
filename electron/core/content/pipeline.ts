// The one import pipeline: bytes → formats → clean → split → metadata → 金句/提法 → hash/id.
// Used by the content build (`b:` ids) and by the app's import (`u:` ids). Never throws for bad
// input: problems come back in `errors` with a message in Chinese.
import { createHash } from 'node:crypto';
import { articleSeed } from './stable-ids.js';
import { cleanText } from './clean.js';
import { DecodeError } from './decode.js';
import { exactHash } from './dedupe.js';
import { readSources } from './formats/index.js';
import { FormatError, type RawSource } from './formats/types.js';
import { issueDay } from './issue-day.js';
import { deriveMetadata, type ImportHints } from './metadata.js';
import type { extractQuotesAndTerms, QuoteContext } from './quotes.js';
import { extractTerms } from '../knowledge/extract-terms.js';
import { span } from '../trace.js';
import { issueItems } from './issue-items.js';
import { coveredPieces } from './speech-heads.js';
import { splitArticles, splitTitled, type Article } from './split.js';
import { statusOfImport, type StatusInfo } from '../knowledge/status.js';
import { leadPeriodDate } from '../knowledge/own-period-date.js';
import type { CleanReport, ContentDocument } from './types.js';

export interface PipelineOptions {
  /** `b` for the bundled library, `u` for user imports. */
  idPrefix?: 'b' | 'u';
  /** Documents shorter than this (in characters) are flagged as stubs, not produced. */
  minChars?: number;
  /** Extra hints per raw source (e.g. manifest rules for .jsonl rows). */
  rowHints?: (src: RawSource) => ImportHints;
  /** Status per raw source (from the manifest); 现行 when absent. */
  statusOf?: (src: RawSource) => StatusInfo;
  /** Leave 金句 and 提法 to a later library-wide pass (the bundle build does one). */
  deferKnowledge?: boolean;
  /** Leave 金句 alone to a pass after the import (the user's import: services/quote-pass.ts). */
  deferQuotes?: boolean;
}

export interface SkippedItem {
  origin: string;
  title: string;
  reason: string;
}

export interface PipelineReport {
  removed: CleanReport['removed'];
  skipped: SkippedItem[];
  chars: number;
  /** What the user should know of the imported documents (a page that holds one of an article's pages). */
  notes?: string[];
}

export interface PipelineResult {
  documents: ContentDocument[];
  report: PipelineReport;
  errors: string[];
}

const STUB = /的版本包括|可以指|可能指|消歧义|消歧義/;

export function documentId(prefix: 'b' | 'u', hash: string): string {
  return `${prefix}:${hash.slice(0, 16)}`;
}

/** Bundle ids come from where a document sits (file + row title, or file + the article's own title
 * or first sentence for a file split into articles), not from its text, so a corrected text in a
 * content update keeps the id the user's tags and notes point at. User imports are keyed by
 * content, which also makes re-importing the same text idempotent. */
function idSeed(prefix: 'b' | 'u', src: RawSource, article: string | null, hash: string): string {
  if (prefix === 'u') return hash;
  const file = src.origin.split('#')[0]!;
  return createHash('sha256')
    .update(src.hints.title ? `${file}#${src.hints.title}` : (article ?? src.origin))
    .digest('hex');
}

/** The 金句 and 提法 extraction (quotes.ts): loaded by importBytes only when it is asked for, so that
 * an import that leaves 金句 to the later pass (every user import) never loads that code. */
type ExtractQuotesAndTerms = typeof extractQuotesAndTerms;

/** Runs clean → split → metadata → quotes on one raw source (`extract`: needed unless the options
 * defer 金句). */
export function processSource(
  src: RawSource,
  hints: ImportHints,
  opts: PipelineOptions,
  report: PipelineReport,
  extract?: ExtractQuotesAndTerms,
): ContentDocument[] {
  const prefix = opts.idPrefix ?? 'u';
  const minChars = opts.minChars ?? 40;
  const compiled =
    !!src.contents?.length ||
    /^[\s\u3000]*目[\s\u3000]*[录次][\s\u3000]*$/m.test(src.text.slice(0, 2000)) ||
    coveredPieces(src.text);
  const cleaned = cleanText(src.text, src.kind, !!src.hints.title, compiled);
  const merged: ImportHints = { ...src.hints, ...hints, ...(opts.rowHints?.(src) ?? {}) };
  // A .jsonl row is one document by definition, and so is a page or Word file whose own markup
  // names its title; only untitled whole files are split into articles.
  // (A titled file of speeches, a Word file whose first speech's title is in the Title style, is
  // split into its speeches too: speech-heads.ts; so is a 汇编 with a 目录: contents-split.ts.)
  const whole: Article[] = [{ lines: cleaned.lines, source: null, section: null }];
  // A 简报 of several items under its masthead: one document per item.
  const issue = cleaned.report.removed.some((r) => r.reason === '简报报头')
    ? issueItems(src.hints.title ? [src.hints.title, ...cleaned.lines] : cleaned.lines)
    : null;
  const articles = src.fields
    ? whole
    : issue
      ? issue
      : src.hints.title
        ? (splitTitled(src.hints.title, cleaned.lines, cleaned.report, src.contents) ?? whole)
        : splitArticles(cleaned.lines, cleaned.report, src.contents);
  report.removed.push(...(src.removed ?? []), ...cleaned.report.removed);
  const docs: ContentDocument[] = [];
  // The 公文版头 cleaning took off (a 发文字号 such as 国发〔1977〕112号) still dates the first article.
  const frameHead = cleaned.report.removed.filter((r) => r.reason === '公文版头').map((r) => r.text);
  const issued = issueDay([...(src.removed ?? []), ...cleaned.report.removed]);
  articles.forEach((article, i) => {
    // Title hints from a jsonl row name the whole row, so they only apply to a single article.
    // A 汇编's piece takes nothing from the file's own hints (its properties, a 来源 line of another
    // piece): only what the user gave.
    const h: ImportHints = article.own ? { ...hints } : { ...merged };
    // (A 期刊's issue day from its running head dates a piece of its own no more than the file's other hints.)
    if (!article.own && issued) h.issueDate ??= issued;
    if (articles.length > 1) delete h.title;
    const meta = deriveMetadata(article, h, article.own ? {} : cleaned.hints, src.headings);
    const body = meta.paragraphs.map((p) => p.text).join('\n');
    const chars = body.replace(/\s/g, '').length;
    const origin = articles.length > 1 ? `${src.origin}@${i + 1}` : src.origin;
    // (A digest's item under its own headline is whole however short: html-articles.ts.)
    if ((src.pageItem ? chars === 0 : chars < minChars) || STUB.test(body.slice(0, 200))) {
      const reason =
        src.emptyReason ??
        `正文过短（${chars} 字），疑似目录或占位页，未收录。如果这是一篇文章，请打开原文，把正文复制保存为文本文件后再导入。`;
      report.skipped.push({ origin, title: meta.title, reason });
      return;
    }
    const hash = exactHash(body);
    // The bundle's manifest says which documents are historical; a user's import goes by its date
    // (or, undated, by its speakers' lifetimes or by wording only the Cultural Revolution's own
    // texts use). The title is the text's own words too: a heading 最高指示 is the period's, a title
    // naming 2021 (口述……记录整理，2021年5月) is today's.
    const status =
      opts.statusOf?.(src) ??
      statusOfImport(
        meta.date,
        meta.title ? `${meta.title}\n${body}` : body,
        meta.speakers.map((sp) => sp.name),
        src.periodDate ?? leadPeriodDate([...(i === 0 ? frameHead : []), ...article.lines], body) ?? undefined,
      );
    // (A 历史文献 shows only the lines still quotable as 金句: historical-quotes.ts.)
    // (The context is what the document's row stores: quote-pass.ts reads it back from there.)
    const ctx: QuoteContext = {
      speakers: meta.speakers,
      occasion: meta.occasion,
      date: meta.date,
      title: meta.title,
      type: meta.type,
      historical: status.status === '历史文献',
    };
    const { quotes, terms } = opts.deferKnowledge
      ? { quotes: [], terms: [] }
      : opts.deferQuotes
        ? { quotes: [], terms: span('terms', () => extractTerms(meta.paragraphs)) }
        : extractOrThrow(extract)(meta.paragraphs, ctx);
    report.chars += chars;
    const firstSentence = meta.paragraphs.find((p) => p.kind === 'p')?.text.split(/[。！？]/)[0] ?? '';
    const seed = articles.length > 1 ? articleSeed(src.origin, meta.title, firstSentence) : null;
    docs.push({
      id: documentId(prefix, idSeed(prefix, src, seed, hash)),
      ...meta,
      quotes,
      terms,
      hash,
      origin,
      ...status,
    });
  });
  if (docs.length && src.note) (report.notes ??= []).push(src.note);
  return docs;
}

function extractOrThrow(extract: ExtractQuotesAndTerms | undefined): ExtractQuotesAndTerms {
  if (!extract) throw new Error('processSource: 金句 asked for without their extraction');
  return extract;
}

export async function importBytes(
  name: string,
  bytes: Uint8Array,
  hints: ImportHints = {},
  opts: PipelineOptions = {},
): Promise<PipelineResult> {
  const report: PipelineReport = { removed: [], skipped: [], chars: 0 };
  const errors: string[] = [];
  let sources: RawSource[];
  try {
    sources = await readSources(name, bytes);
  } catch (err) {
    if (err instanceof DecodeError || err instanceof FormatError) errors.push(err.message);
    else errors.push('无法读取文件内容。');
    return { documents: [], report, errors };
  }
  const extract =
    opts.deferKnowledge || opts.deferQuotes ? undefined : (await import('./quotes.js')).extractQuotesAndTerms;
  const documents: ContentDocument[] = [];
  const seen = new Set<string>();
  for (const src of sources) {
    try {
      for (const doc of span('pipeline', () => processSource(src, hints, opts, report, extract))) {
        // The same text twice inside one file is kept once.
        if (seen.has(doc.hash)) {
          report.skipped.push({
            origin: doc.origin,
            title: doc.title,
            reason: '与同一文件中的另一篇内容相同，已跳过。',
          });
          continue;
        }
        seen.add(doc.hash);
        documents.push(doc);
      }
    } catch (err) {
      errors.push(`${src.origin}：处理失败（${err instanceof Error ? err.message : String(err)}）`);
    }
  }
  if (documents.length === 0 && errors.length === 0 && report.skipped.length === 0)
    errors.push(
      '文件中没有找到可导入的正文。请打开文件确认其中有文字（图片和扫描件里的字读不出来），或另存为 Word、网页或纯文本文件后再导入。',
    );
  return { documents, report, errors };
}
