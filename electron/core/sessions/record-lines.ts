// The standard 会议记录 template filled from a session: 时间、地点、主持人、参加人员、
// 缺席人员及原因、列席人员、学习内容、讨论情况 (plus 记录人 and 参学率).
import type { StudySession } from '../../contract/api.js';
import { attendanceLine } from '../../shared/attendance.js';
import { formatDateCn } from '../../shared/handout-outline.js';

/** Topics of a session for the record and the yearly view: document titles and cited works. */
export function sessionTopics(s: StudySession): string[] {
  const out: string[] = [];
  for (const i of s.items) {
    if (i.kind === 'document') out.push(`《${i.content}》`);
    else if (i.kind === 'excerpt' || i.kind === 'quote') {
      const m = /《[^》]+》/.exec(i.citation);
      if (m) out.push(m[0]);
    }
  }
  return [...new Set(out)];
}

export function studyContent(s: StudySession): string {
  if (s.record.content.trim()) return s.record.content.trim();
  const topics = sessionTopics(s);
  const questions = s.items.filter((i) => i.kind === 'question').length;
  const quiz = s.items.flatMap((i) => i.quiz).length;
  const parts = [topics.length ? `学习${topics.join('、')}` : `学习“${s.title}”`];
  if (questions) parts.push(`围绕${questions}个研讨题开展讨论`);
  if (quiz) parts.push(`进行${quiz}道题的随堂测验`);
  return parts.join('；') + '。';
}

export function recordFields(s: StudySession): [string, string][] {
  const present = s.attendees.filter((a) => a.planned && a.present === true).map((a) => a.name);
  const walkIns = s.attendees.filter((a) => !a.planned && a.present === true).map((a) => a.name);
  const absent = s.attendees
    .filter((a) => a.planned && a.present === false)
    .map((a) => (a.reason.trim() ? `${a.name}（${a.reason.trim()}）` : a.name));
  const speakers = s.record.speakers.map((sp) => `${sp.name}：${sp.points}`);
  const discussion = [...speakers, ...(s.record.discussion.trim() ? [s.record.discussion.trim()] : [])].join('\n');
  const att = s.attendance;
  return [
    ['时间', formatDateCn(s.date)],
    ['地点', s.place],
    ['主持人', s.host],
    ['记录人', s.record.recorder],
    ['参加人员', present.join('、')],
    ['缺席人员及原因', absent.join('、') || '无'],
    ...(walkIns.length ? [['列席人员', walkIns.join('、')] as [string, string]] : []),
    ['出勤情况', attendanceLine(att)],
    ['学习内容', studyContent(s)],
    ['讨论情况', discussion],
  ];
}
