// The yearly view: sessions per month with topics and attendance (the 年度学习计划和记录 that
// inspections ask for), and its export as DOCX or CSV (UTF-8 with BOM so Excel reads Chinese).
import type { ExportFile, SessionYear } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { attendanceOf, formatRate } from '../../shared/attendance.js';
import { formatDateCn } from '../../shared/handout-outline.js';
import { sessionTopics } from './record-lines.js';
import { getSession, listSessions } from './store.js';

export function sessionYear(ctx: CoreContext, year: number): SessionYear {
  const sessions = listSessions(ctx, year)
    .map((s) => getSession(ctx, s.id))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id - b.id);
  const months: SessionYear['months'] = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, sessions: [] }));
  for (const s of sessions) {
    const m = Number(s.date?.slice(5, 7) ?? 0);
    months[m - 1]?.sessions.push({
      id: s.id,
      title: s.title,
      kind: s.kind,
      date: s.date,
      topics: sessionTopics(s),
      attendance: s.attendance,
    });
  }
  const everyone = sessions.flatMap((s) => s.attendees);
  const total = attendanceOf(everyone);
  return {
    year,
    months,
    totals: { sessions: sessions.length, expected: total.expected, present: total.present, rate: total.rate },
  };
}

function rows(y: SessionYear): string[][] {
  return y.months.flatMap((m) =>
    m.sessions.map((s) => [
      `${m.month}月`,
      formatDateCn(s.date),
      s.kind,
      s.title,
      s.topics.join('、'),
      String(s.attendance.expected),
      String(s.attendance.present),
      formatRate(s.attendance.rate),
    ]),
  );
}
const HEADER = ['月份', '日期', '类型', '主题', '学习内容', '应到', '实到', '参学率'];

function csvCell(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export async function exportYear(ctx: CoreContext, year: number, format: 'docx' | 'csv'): Promise<ExportFile> {
  const y = sessionYear(ctx, year);
  const body = rows(y);
  if (format === 'csv') {
    const text = '\uFEFF' + [HEADER, ...body].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
    return {
      name: `${year}年度学习记录.csv`,
      mimeType: 'text/csv',
      dataBase64: Buffer.from(text, 'utf8').toString('base64'),
    };
  }
  const empty = y.months.filter((m) => m.sessions.length === 0).map((m) => `${m.month}月`);
  const { packDocx, para, table } = await import('./docx-kit.js'); // Word export loads docx only when used
  return packDocx(`${year}年度学习记录.docx`, `${year}年度学习记录`, [
    para(`${year}年度学习计划与记录`, { bold: true, center: true, size: 36 }),
    para(
      `全年共开展学习${y.totals.sessions}次，应到${y.totals.expected}人次，实到${y.totals.present}人次，平均参学率${formatRate(y.totals.rate)}。`,
      { spacingAfter: 200 },
    ),
    table([HEADER, ...body]),
    ...(empty.length ? [para(`未安排学习的月份：${empty.join('、')}`, { spacingAfter: 200 })] : []),
  ]);
}
