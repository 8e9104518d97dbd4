// The application shell: Chinese locale, light/dark theme, font size, sidebar, top search, pages,
// and the app-wide help overlays (shortcut sheet, first-run guide).
import { App as AntApp, ConfigProvider, Layout, theme as antTheme } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { SettingsProvider, useSettings } from './settings-context';
import { Sidebar } from './shell/Sidebar';
import { TopBar } from './shell/TopBar';
import { useHashRoute } from './hooks/use-hash-route';
import { PageSwitch } from './shell/PageSwitch';
import { useMenuCommands } from './shell/use-menu-commands';
import { ShortcutSheetModal } from './help/ShortcutSheet';
import { FirstRunTour } from './help/FirstRunTour';
import { RecoveryGate } from './recovery/RecoveryGate';
import { KeepSearchStyles } from './shell/KeepSearchStyles';

const RED = '#c0392b';

function Shell() {
  const { settings } = useSettings();
  const route = useHashRoute();
  useMenuCommands();
  const dark = settings.theme === 'dark';
  return (
    <ConfigProvider
      locale={zhCN}
      button={{ autoInsertSpace: false }}
      theme={{
        algorithm: dark ? antTheme.darkAlgorithm : antTheme.defaultAlgorithm,
        token: {
          fontSize: settings.fontSize,
          colorPrimary: RED,
          fontFamily: "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif",
        },
        // Progress bars follow the red theme (antd draws them in the info blue by default).
        components: { Progress: { defaultColor: RED } },
      }}
    >
      {/* Toasts sit below the top bar (never over the search box) and always time out, even
          when the pointer rests on them: a resting mouse used to keep one on screen for good. */}
      <AntApp message={{ top: Math.round(settings.fontSize * 4.5), pauseOnHover: false, maxCount: 3 }}>
        <RecoveryGate>
          <Layout className="app-layout">
            <Sidebar current={route.page} />
            <Layout>
              <TopBar initialQuery={route.page === 'search' ? (route.params.get('q') ?? '') : ''} />
              <Layout.Content className="app-content" role="main">
                <PageSwitch route={route} />
              </Layout.Content>
            </Layout>
          </Layout>
          <ShortcutSheetModal />
          <FirstRunTour />
          <KeepSearchStyles />
        </RecoveryGate>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <SettingsProvider>
      <Shell />
    </SettingsProvider>
  );
}
