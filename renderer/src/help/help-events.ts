// Window events that open the app-wide help overlays from anywhere (keys, menus, buttons).
export const SHOW_SHORTCUTS = 'study-shelf:show-shortcuts';
export const SHOW_TOUR = 'study-shelf:show-tour';

export const showShortcuts = (): void => void window.dispatchEvent(new Event(SHOW_SHORTCUTS));
export const showTour = (): void => void window.dispatchEvent(new Event(SHOW_TOUR));
