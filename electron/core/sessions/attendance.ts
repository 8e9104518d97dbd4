// 参学率: present / expected (everyone on the sign-in list), in percent with one decimal.
// Before anyone is signed in the rate is null rather than a misleading 0%.
import type { SessionAttendance, SessionAttendee } from '../../contract/api.js';

export function attendanceOf(attendees: Pick<SessionAttendee, 'present'>[]): SessionAttendance {
  const expected = attendees.length;
  const present = attendees.filter((a) => a.present === true).length;
  const absent = attendees.filter((a) => a.present === false).length;
  const signedIn = present + absent > 0;
  return {
    expected,
    present,
    absent,
    rate: signedIn && expected > 0 ? Math.round((present / expected) * 1000) / 10 : null,
  };
}

export function formatRate(rate: number | null): string {
  return rate === null ? '未签到' : `${rate}%`;
}
