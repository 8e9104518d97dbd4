// App-wide settings (theme, font size) loaded from and saved to the user database.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Settings } from '../../electron/contract/api';
import { api } from './api/transport';

interface SettingsState {
  settings: Settings;
  update(patch: Partial<Settings>): Promise<void>;
}

const DEFAULTS: Settings = { theme: 'light', fontSize: 16 };
const SettingsContext = createContext<SettingsState>({ settings: DEFAULTS, update: async () => {} });

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(DEFAULTS);
  useEffect(() => {
    api.getSettings({}).then(setSettings, () => {});
  }, []);
  const update = useCallback(async (patch: Partial<Settings>) => {
    setSettings((s) => ({ ...s, ...patch }));
    setSettings(await api.setSettings(patch));
  }, []);
  useEffect(() => {
    document.documentElement.style.fontSize = `${settings.fontSize}px`;
    document.documentElement.dataset.theme = settings.theme;
  }, [settings]);
  return <SettingsContext.Provider value={{ settings, update }}>{children}</SettingsContext.Provider>;
}

export const useSettings = () => useContext(SettingsContext);
