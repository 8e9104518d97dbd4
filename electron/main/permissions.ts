// Web permissions (camera, geolocation, notifications, …): a study reader needs none of them.
// Only writing to the clipboard (the "复制" buttons) is allowed, and only for our own pages.
import { isAppUrl } from './app-origin.js';

const ALLOWED = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return ALLOWED.has(permission) && isAppUrl(requestingUrl);
}
