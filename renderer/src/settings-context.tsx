// App-wide settings (theme, font size, one-time hints seen) loaded from and saved to the user database.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Settings } from '../../electron/contract/api';
import { api } from './api/transport';

interface SettingsState {
  settings: Settings;
  /** False until the saved settings arrived (so first-run hints do not flash for returning users). */
  loaded: boolean;
  update(patch: Partial<Settings>): Promise<void>;
}

const DEFAULTS: Settings = { theme: 'light', fontSize: 16, seenHints: [] };
const SettingsContext = createContext<SettingsState>({ settings: DEFAULTS, loaded: false, update: async () => {} });

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(DEFAULTS);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    api.getSettings({}).then(
      (s) => (setSettings(s), setLoaded(true)),
      () => {},
    );
  }, []);
  const update = useCallback(async (patch: Partial<Settings>) => {
    setSettings((s) => ({ ...s, ...patch }));
    setSettings(await api.setSettings(patch));
  }, []);
  useEffect(() => {
    document.documentElement.style.fontSize = `${settings.fontSize}px`;
    document.documentElement.dataset.theme = settings.theme;
  }, [settings]);
  return <SettingsContext.Provider value={{ settings, loaded, update }}>{children}</SettingsContext.Provider>;
}

export const useSettings = () => useContext(SettingsContext);
