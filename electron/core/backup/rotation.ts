// Which snapshots to keep: the newest per day for 7 days, per week for 4 weeks and per month for
// 12 months (the usual grandfather-father-son scheme), the two newest always, and everything
// within a size cap (oldest dropped first). Pure: takes the list and a policy, returns what to delete.

export interface RotationPolicy {
  daily: number;
  weekly: number;
  monthly: number;
  /** Upper bound on the bytes all kept snapshots may take; the newest is kept even when larger. */
  maxBytes: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 12, maxBytes: 2 * 1024 ** 3 };

export interface RotatableSnapshot {
  id: string;
  createdAt: string;
  bytes: number;
}

const dayKey = (d: Date) => d.toISOString().slice(0, 10);
const monthKey = (d: Date) => d.toISOString().slice(0, 7);
/** ISO-8601 week (weeks start on Monday; week 1 holds the year's first Thursday), in UTC. */
function weekKey(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const weekday = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${week}`;
}

function keepNewestPerBucket(
  sorted: RotatableSnapshot[],
  key: (d: Date) => string,
  buckets: number,
  keep: Set<string>,
) {
  const seen = new Set<string>();
  for (const s of sorted) {
    const k = key(new Date(s.createdAt));
    if (seen.has(k)) continue;
    if (seen.size >= buckets) break;
    seen.add(k);
    keep.add(s.id);
  }
}

/** Ids of the snapshots the policy no longer keeps. */
export function snapshotsToDelete(list: RotatableSnapshot[], policy: RotationPolicy = DEFAULT_ROTATION): string[] {
  const sorted = [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  const keep = new Set(sorted.slice(0, 2).map((s) => s.id));
  keepNewestPerBucket(sorted, dayKey, policy.daily, keep);
  keepNewestPerBucket(sorted, weekKey, policy.weekly, keep);
  keepNewestPerBucket(sorted, monthKey, policy.monthly, keep);
  const kept = sorted.filter((s) => keep.has(s.id));
  let bytes = kept.reduce((sum, s) => sum + s.bytes, 0);
  while (bytes > policy.maxBytes && kept.length > 1) bytes -= kept.pop()!.bytes;
  const finalKeep = new Set(kept.map((s) => s.id));
  return sorted.filter((s) => !finalKeep.has(s.id)).map((s) => s.id);
}
