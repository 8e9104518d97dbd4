// Global keyboard shortcuts ("mod" = Ctrl, or ⌘ on macOS).
import { useEffect } from 'react';

export function useShortcut(combo: string, handler: (e: KeyboardEvent) => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const parts = combo.toLowerCase().split('+');
    const key = parts.at(-1)!;
    const wantMod = parts.includes('mod');
    const wantShift = parts.includes('shift');
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod !== wantMod || e.shiftKey !== wantShift || e.key.toLowerCase() !== key) return;
      e.preventDefault();
      handler(e);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [combo, handler, enabled]);
}
