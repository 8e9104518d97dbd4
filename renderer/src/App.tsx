// The application shell: Chinese locale, light/dark theme, font size, sidebar, top search, pages.
import { App as AntApp, ConfigProvider, Layout, theme as antTheme } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { SettingsProvider, useSettings } from './settings-context';
import { Sidebar } from './shell/Sidebar';
import { TopBar } from './shell/TopBar';
import { useHashRoute } from './hooks/use-hash-route';
import { PageSwitch } from './shell/PageSwitch';
import { useMenuCommands } from './shell/use-menu-commands';
import { RecoveryGate } from './recovery/RecoveryGate';

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
          colorPrimary: '#c0392b',
          fontFamily: "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif",
        },
      }}
    >
      <AntApp>
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
