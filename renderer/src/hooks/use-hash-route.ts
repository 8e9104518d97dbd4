// Minimal hash router: `#/search?q=…` → { page: 'search', params }. Hash routes work the same
// under app://, file:// and web mode, and survive reloads.
import { useCallback, useEffect, useState } from 'react';

export interface Route {
  page: string;
  params: URLSearchParams;
}

function parse(hash: string): Route {
  const [pathPart = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  return { page: pathPart || 'library', params: new URLSearchParams(query) };
}

export function routeHref(page: string, params?: Record<string, string | number | undefined>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return `#/${page}${s ? '?' + s : ''}`;
}

export function navigate(page: string, params?: Record<string, string | number | undefined>): void {
  window.location.hash = routeHref(page, params);
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parse(window.location.hash));
  const onChange = useCallback(() => setRoute(parse(window.location.hash)), []);
  useEffect(() => {
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [onChange]);
  return route;
}
