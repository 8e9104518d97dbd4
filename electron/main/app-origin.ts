// The app's own origin: the renderer is served from app://study-shelf/, and only pages there may
// call the API or be navigated to.
export const APP_SCHEME = 'app';
export const APP_HOST = 'study-shelf';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs on exactly our scheme and host (no userinfo, no port tricks). */
export function isAppUrl(raw: unknown): boolean {
  if (typeof raw !== 'string' || raw.length > 4096) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}
