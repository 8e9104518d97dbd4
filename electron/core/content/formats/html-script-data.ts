// The article's own data object in an inline script (`window.DATA = {"title":…,"media":"新华社",
// "pubtime":"2020-05-22 10:03:00"}`, as 腾讯新闻 and other script-rendered sites write it), where
// the rendered page shows the date only in pieces (year, `05/22`, time) and the publisher without
// a label. Only an object whose title is the page's headline is read: a script's list of related
// articles describes other pages. A nested object (百家号's `window.jsonData = {"bsData":{"header":{"title":…},
// …"publishTime":"2026-11-28 08:15:32"}}`) is read when it holds the headline and one day only: a second day is
// another article's, and then none is taken.
import { parseDateValue } from '../dates.js';

export interface ScriptData {
  date: string | null;
  source: string | null;
}

// (WeChat's `window.cgiData` names its publication time `create_time`.)
const DATE_KEYS = ['pubtime', 'pubTime', 'publish_time', 'publishTime', 'pubDate', 'publishDate', 'create_time'];
const SOURCE_KEYS = ['media', 'mediaName', 'media_name', 'source'];
const NAME = /^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·・]{1,19}$/;
const nameOf = (v: unknown) => (typeof v === 'string' && NAME.test(v.trim()) ? v.trim() : null);

/** The balanced `{…}` starting at `from` (quotes respected), or null. */
export function objectAt(s: string, from: number): string | null {
  let depth = 0;
  let quote = '';
  for (let i = from; i < s.length && i - from < 100_000; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return s.slice(from, i + 1);
  }
  return null;
}

export const norm = (s: string) => s.replace(/\s+/g, '');

/** Every string under one of `keys` anywhere in a parsed object, nested objects and arrays walked. */
function valuesOf(v: unknown, keys: string[], out: string[] = [], depth = 0): string[] {
  if (depth > 8 || !v || typeof v !== 'object') return out;
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === 'string' && keys.includes(k)) out.push(x);
    else valuesOf(x, keys, out, depth + 1);
  }
  return out;
}

/** The one value the keys give in the object (distinct after `read`), or null when none or several. */
function oneValue(obj: unknown, keys: string[], read: (s: string) => string | null): string | null {
  const found = new Set(
    valuesOf(obj, keys)
      .map(read)
      .filter((x): x is string => !!x),
  );
  return found.size === 1 ? [...found][0]! : null;
}

export function scriptData(html: string, headline: string | null): ScriptData | null {
  if (!headline) return null;
  const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? [];
  // Only scripts that hold the headline itself are parsed, and a few objects in each: a page's
  // bundled libraries are large and never about the article.
  const probe = headline.trim().slice(0, 8);
  for (const script of scripts) {
    if (!script.includes('"title"') || !script.includes(probe)) continue;
    for (let obj of scriptObjects(script)) {
      if (typeof obj.title !== 'string' || norm(obj.title) !== norm(headline)) {
        if (!valuesOf(obj, ['title']).some((t) => norm(t) === norm(headline))) continue;
        // The article's own object (a Next.js page's `props.pageProps.article`) dates it, whatever lists beside it.
        const own = headlineObject(obj, headline);
        const ownDate = own && parseDateValue(DATE_KEYS.map((k) => own[k]).find((v) => typeof v === 'string'));
        if (own && ownDate) obj = own;
        else {
          const date = oneValue(obj, DATE_KEYS, (v) => parseDateValue(v) ?? null);
          // (Its publisher it names whatever its day's key: `media`, `source` beside a `releaseTime`.)
          const ownSource = own ? nameOf(SOURCE_KEYS.map((k) => own[k]).find((v) => typeof v === 'string')) : null;
          if (date || ownSource) return { date, source: ownSource ?? oneValue(obj, SOURCE_KEYS, nameOf) };
          continue;
        }
      }
      const pick = (keys: string[]) => keys.map((k) => obj[k]).find((v): v is string => typeof v === 'string');
      return { date: parseDateValue(pick(DATE_KEYS)) ?? null, source: nameOf(pick(SOURCE_KEYS)) };
    }
  }
  return null;
}

/** The data objects a script holds: a JSON script's whole text (Next.js's `__NEXT_DATA__`), or the objects
 * assigned in it (`window.__INITIAL_STATE__ = {…}`), a few per script. */
export function scriptObjects(script: string): Record<string, unknown>[] {
  const json = /^<script\b[^>]*\btype\s*=\s*["']?application\/json/i.test(script);
  const body = script.replace(/^<script\b[^>]*>|<\/script>$/gi, '');
  const raws = json
    ? [body.trim()]
    : [...body.matchAll(/=\s*\{/g)].slice(0, 50).map((m) => objectAt(body, m.index + m[0].length - 1));
  const out: Record<string, unknown>[] = [];
  for (const raw of raws) {
    try {
      const v: unknown = raw ? JSON.parse(raw) : null;
      if (v && typeof v === 'object' && !Array.isArray(v)) out.push(v as Record<string, unknown>);
    } catch {
      // (A script's object literal that is no JSON: not data.)
    }
  }
  return out;
}

/** The innermost object whose `title` (or `headline`) is the page's headline, or null. */
export function headlineObject(v: unknown, headline: string, depth = 0): Record<string, unknown> | null {
  if (depth > 8 || !v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if (!Array.isArray(v) && ['title', 'headline'].some((k) => typeof o[k] === 'string' && norm(o[k]) === norm(headline)))
    return o;
  for (const x of Object.values(o)) {
    const found = headlineObject(x, headline, depth + 1);
    if (found) return found;
  }
  return null;
}
