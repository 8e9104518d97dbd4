// 参学率 as the 三会一课 record counts it: 应到 = the planned attendees, 实到 = planned attendees
// present, 参学率 = 实到 / 应到 (percent, one decimal). Walk-ins (临时参加/列席) are counted as
// attending in their own 列席 figure but never enter 应到 or the rate. Before anyone planned is
// signed in the rate is null rather than a misleading 0%. Pure: the record form shows it live.
import type { SessionAttendance, SessionAttendee } from '../contract/api.js';

export function attendanceOf(attendees: Pick<SessionAttendee, 'present' | 'planned'>[]): SessionAttendance {
  const planned = attendees.filter((a) => a.planned);
  const expected = planned.length;
  const present = planned.filter((a) => a.present === true).length;
  const absent = planned.filter((a) => a.present === false).length;
  const walkIns = attendees.filter((a) => !a.planned && a.present === true).length;
  const signedIn = present + absent > 0;
  return {
    expected,
    present,
    absent,
    walkIns,
    rate: signedIn && expected > 0 ? Math.round((present / expected) * 1000) / 10 : null,
  };
}

export function formatRate(rate: number | null): string {
  return rate === null ? '未签到' : `${rate}%`;
}

/** The 出勤情况 line of the record: 应到6人，实到4人，列席1人，参学率66.7%. */
export function attendanceLine(a: SessionAttendance): string {
  const walkIns = a.walkIns ? `，列席${a.walkIns}人` : '';
  return `应到${a.expected}人，实到${a.present}人${walkIns}，参学率${formatRate(a.rate)}`;
}
