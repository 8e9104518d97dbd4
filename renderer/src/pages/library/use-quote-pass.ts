// Follows the 金句 pass that runs after an import (services/quote-pass.ts): documents are already
// stored and searchable; their 金句 arrive a little later, and the import panel says how far it got.
import { useEffect, useState } from 'react';
import { api } from '../../api/transport';

const POLL_MS = 600;

/** While `watching`, the pass's progress ({done, total}) or null once it has finished. */
export function useQuotePass(watching: boolean, onDone: () => void): { done: number; total: number } | null {
  const [pass, setPass] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    if (!watching) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const info = await api.info({}).catch(() => null);
      if (stopped) return;
      const now = info?.quotePass ?? null;
      setPass(now);
      if (now) timer = setTimeout(() => void poll(), POLL_MS);
      else onDone();
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [watching, onDone]);
  return watching ? pass : null;
}
