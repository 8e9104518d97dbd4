// The reader's outline (目录) from a document's structure and metadata: its headings and the
// 一、二、三 sections of a speech, without what the import may have marked as a heading but is not
// one — the title repeated, the byline (讲话人 and 日期) and salutations such as 同志们：. Pure.
import type { DocumentFull } from '../../../../electron/contract/api';

export interface OutlineEntry {
  paragraph: number;
  text: string;
  level: 1 | 2;
}

const SECTION = /^[一二三四五六七八九十]{1,3}[、．.]/;
const SUBSECTION = /^[（(][一二三四五六七八九十]{1,3}[）)]/;
const SALUTATION = /^[^。！？，,]{1,16}[：:]$/;
/** Lines cut out of a sentence (by quotation marks or line breaks): not headings either. */
const FRAGMENT = /^[”’》」』)）]|[：:“‘《「『(（]$/;
const WORD = /[\p{Script=Han}A-Za-z0-9]/gu;
const MAX_LABEL = 40;

/** 2024-03-15 → the ways a byline may write it: 2024年3月15日, 2024.3.15, 2024-03-15. */
function dateForms(date: string | null): string[] {
  if (!date) return [];
  const [y, m, d] = date.split('-');
  const forms = [date];
  if (y && m && d) forms.push(`${y}年${Number(m)}月${Number(d)}日`, `${y}.${Number(m)}.${Number(d)}`);
  return forms;
}

function isByline(text: string, doc: Pick<DocumentFull, 'speakers' | 'date'>): boolean {
  if (text.length > MAX_LABEL || SECTION.test(text)) return false;
  const names = doc.speakers.some((s) => text.includes(s));
  const dated =
    dateForms(doc.date).some((f) => text.includes(f)) || /[（(]\s*\d{4}年\d{1,2}月\d{1,2}日\s*[）)]/.test(text);
  return names || dated;
}

/** The heading label of a numbered section paragraph: its first clause when the paragraph runs on. */
function sectionLabel(text: string): string | null {
  const first = text.split(/[。！？；]/)[0]!.trim();
  return first.length <= MAX_LABEL ? first : null;
}

export function outlineOf(doc: Pick<DocumentFull, 'title' | 'paragraphs' | 'speakers' | 'date'>): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  doc.paragraphs.forEach((p, paragraph) => {
    const text = p.text.trim();
    if (!text || text === doc.title.trim()) return;
    if (p.kind === 'h') {
      if ((text.match(WORD)?.length ?? 0) < 2 || FRAGMENT.test(text)) return;
      if (SALUTATION.test(text) && !SECTION.test(text)) return;
      if (isByline(text, doc)) return;
      out.push({ paragraph, text, level: SUBSECTION.test(text) ? 2 : 1 });
    } else if (SECTION.test(text)) {
      // A speech's 一、二、三 sections often come in as ordinary paragraphs.
      const label = sectionLabel(text);
      if (label) out.push({ paragraph, text: label, level: 1 });
    }
  });
  return out;
}
