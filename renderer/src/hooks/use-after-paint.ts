// True once the frame rendered for `key` has been painted: a page shows what the eye needs first
// (the first screen of search results) in one light commit, and mounts the rest (later hits, side
// panels) right after, instead of making the first frame wait for everything.
import { useEffect, useState } from 'react';

export function useAfterPaint(key: unknown): boolean {
  const [painted, setPainted] = useState<unknown>(undefined);
  useEffect(() => {
    let timer = 0;
    // requestAnimationFrame runs just before the paint; the timeout after it runs once it is done.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(() => key), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [key]);
  return Object.is(painted, key);
}
