// Keyboard for the current quiz question: Enter submits (not while an IME is composing), 1–8 or
// A–H pick an option unless the user is typing in a blank or holding a modifier.
import { useEffect } from 'react';

export function useQuestionKeys(enabled: boolean, on: { submit(): void; pick(n: number): void }) {
  // No dependency list on purpose: the listener is re-added each render so it always sees the
  // current answer.
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const typing = (e.target as HTMLElement | null)?.tagName === 'INPUT';
      if (e.key === 'Enter' && !e.isComposing) {
        e.preventDefault();
        on.submit();
        return;
      }
      if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
      const n = /^[1-8]$/.test(e.key)
        ? Number(e.key) - 1
        : /^[a-h]$/i.test(e.key)
          ? e.key.toUpperCase().charCodeAt(0) - 65
          : -1;
      if (n >= 0) on.pick(n);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
}
