// Application-menu commands (desktop) and their keyboard twins (web mode): Ctrl+O opens import.
import { useCallback, useEffect } from 'react';
import { navigate } from '../hooks/use-hash-route';
import { useShortcut } from '../hooks/use-shortcut';

declare global {
  interface Window {
    studyShelfShell?: { onMenuCommand(cb: (command: string) => void): () => void };
  }
}

export const IMPORT_EVENT = 'study-shelf:import';

export function useMenuCommands(): void {
  const openImport = useCallback(() => {
    navigate('library');
    // Let the library page mount before asking its import panel to open the file dialog.
    setTimeout(() => window.dispatchEvent(new Event(IMPORT_EVENT)), 50);
  }, []);
  useShortcut('mod+o', openImport);
  useEffect(() => window.studyShelfShell?.onMenuCommand((c) => c === 'import-files' && openImport()), [openImport]);
}
