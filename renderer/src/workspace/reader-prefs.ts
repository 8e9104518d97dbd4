// Reader typography preferences (size, line spacing, width). Kept per machine in localStorage:
// they describe the screen, not the user's study data, so they do not belong in the user DB.
import { useEffect, useState } from 'react';

export interface ReaderPrefs {
  scale: number;
  lineHeight: number;
  width: 'narrow' | 'medium' | 'wide';
}

const KEY = 'study-shelf-reader-prefs';
const DEFAULTS: ReaderPrefs = { scale: 1.1, lineHeight: 2, width: 'medium' };
export const WIDTHS: Record<ReaderPrefs['width'], string> = { narrow: '36em', medium: '46em', wide: '64em' };

export function useReaderPrefs(): [ReaderPrefs, (p: Partial<ReaderPrefs>) => void] {
  const [prefs, setPrefs] = useState<ReaderPrefs>(() => {
    try {
      return { ...DEFAULTS, ...(JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<ReaderPrefs>) };
    } catch {
      return DEFAULTS;
    }
  });
  useEffect(() => localStorage.setItem(KEY, JSON.stringify(prefs)), [prefs]);
  return [prefs, (p) => setPrefs((old) => ({ ...old, ...p }))];
}
