// Decides which links may leave the app: only plain http(s) URLs with a host go to the system
// browser. Everything else (javascript:, file:, data:, UNC paths, custom schemes) is dropped.
export function safeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return null;
  // Control characters are silently stripped by the URL parser; refuse them outright instead.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  if (/[\u0000-\u001f\u007f]/.test(raw)) return null;
  // UNC paths and backslash tricks: the parser would rewrite "\\" to "/" for http(s).
  if (raw.includes('\\')) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username !== '' || url.password !== '') return null;
  return url.href;
}

export interface ShellLike {
  openExternal(url: string): Promise<void>;
}

/** Opens the link in the system browser when it is safe; returns whether it did. */
export function openExternalSafely(shell: ShellLike, raw: unknown): boolean {
  const url = safeExternalUrl(raw);
  if (url === null) return false;
  shell.openExternal(url).catch((err: unknown) => console.error('[study-shelf] openExternal failed:', err));
  return true;
}
