// User preferences (theme, font size, which one-time hints were seen) kept in the user database.
import type Database from 'better-sqlite3';
import type { Settings } from '../../contract/api.js';

export const DEFAULT_SETTINGS: Settings = { theme: 'light', fontSize: 16, seenHints: [] };

export function getSettings(db: Database.Database): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return {
    theme: stored.theme === 'dark' ? 'dark' : 'light',
    fontSize: typeof stored.fontSize === 'number' ? stored.fontSize : DEFAULT_SETTINGS.fontSize,
    seenHints: Array.isArray(stored.seenHints) ? stored.seenHints.filter((h) => typeof h === 'string') : [],
  };
}

export function setSettings(db: Database.Database, patch: Partial<Settings>): Settings {
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) upsert.run(key, JSON.stringify(value));
  })();
  return getSettings(db);
}
