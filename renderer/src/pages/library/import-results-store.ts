// The last import's results, kept until the user dismisses them: they survive opening a document
// from them and coming back, and reloads of the page (sessionStorage: this window only).
import { useCallback, useState } from 'react';
import type { ImportFileResult } from '../../../../electron/contract/api';

const KEY = 'study-shelf-import-results';

function load(): ImportFileResult[] {
  try {
    const v = JSON.parse(sessionStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? (v as ImportFileResult[]) : [];
  } catch {
    return [];
  }
}

export function useImportResults(): [ImportFileResult[], (r: ImportFileResult[]) => void] {
  const [results, setResults] = useState(load);
  const set = useCallback((r: ImportFileResult[]) => {
    setResults(r);
    if (r.length) sessionStorage.setItem(KEY, JSON.stringify(r));
    else sessionStorage.removeItem(KEY);
  }, []);
  return [results, set];
}
