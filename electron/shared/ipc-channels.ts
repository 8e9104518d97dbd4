// IPC channel names and menu commands shared by main and the preload (no Electron import, so the
// preload bundle and main agree on one spelling).
export const CALL_CHANNEL = 'study-shelf:call';
export const MENU_CHANNEL = 'study-shelf:menu';
export const PRINT_CHANNEL = 'study-shelf:print-pdf';

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = ['import-files', 'open-settings', 'show-shortcuts', 'show-tour'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
