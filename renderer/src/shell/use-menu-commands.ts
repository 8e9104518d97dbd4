// Application-menu commands (desktop) and their keyboard twins (both modes): Ctrl+O opens import,
// Ctrl+, the settings, F1 or ? the shortcut sheet. In the desktop app the menu accelerators catch
// these keys first and send the same commands.
import { useCallback, useEffect } from 'react';
import { navigate } from '../hooks/use-hash-route';
import { useShortcut } from '../hooks/use-shortcut';
import { isTyping } from '../hooks/is-typing';
import { showShortcuts, showTour } from '../help/help-events';

declare global {
  interface Window {
    studyShelfShell?: { onMenuCommand(cb: (command: string) => void): () => void };
  }
}

export const IMPORT_EVENT = 'study-shelf:import';

const openSettings = () => navigate('settings');

export function useMenuCommands(): void {
  const openImport = useCallback(() => {
    navigate('library');
    // Let the library page mount before asking its import panel to open the file dialog.
    setTimeout(() => window.dispatchEvent(new Event(IMPORT_EVENT)), 50);
  }, []);
  useShortcut('mod+o', openImport);
  useShortcut('mod+,', openSettings);
  useShortcut('F1', showShortcuts);
  useEffect(() => {
    // "?" is Shift+/ on most layouts, so it is matched by the character, outside text fields.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      e.preventDefault();
      showShortcuts();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(
    () =>
      window.studyShelfShell?.onMenuCommand((c) => {
        if (c === 'import-files') openImport();
        else if (c === 'open-settings') openSettings();
        else if (c === 'show-shortcuts') showShortcuts();
        else if (c === 'show-tour') showTour();
      }),
    [openImport],
  );
}
