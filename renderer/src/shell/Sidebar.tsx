// Left navigation: the sections of the app, then 设置 and 帮助.
import { Layout, Menu } from 'antd';
import { navigate } from '../hooks/use-hash-route';
import { useSettings } from '../settings-context';

export const SECTIONS = [
  { key: 'library', label: '书库' },
  { key: 'search', label: '搜索' },
  { key: 'quotes', label: '金句' },
  { key: 'annotations', label: '标注' },
  { key: 'tags', label: '标签' },
  { key: 'quiz', label: '测验' },
  { key: 'sessions', label: '学习专题' },
  { key: 'compare', label: '对比阅读' },
  { key: 'verify', label: '引文核对' },
  { key: 'settings', label: '设置' },
  { key: 'help', label: '帮助' },
] as const;

export function Sidebar({ current }: { current: string }) {
  const selected = current === 'reader' ? 'library' : current === 'tifa' ? 'compare' : current;
  const { settings } = useSettings();
  // The sidebar grows with the font size so large type never wraps the labels.
  return (
    <Layout.Sider theme="light" width={Math.max(168, settings.fontSize * 9)} className="app-sider no-print">
      <div className="app-brand">学习书架</div>
      <nav aria-label="主导航">
        <Menu
          mode="inline"
          style={{ borderInlineEnd: 'none' }}
          selectedKeys={[selected]}
          items={SECTIONS.map((s) => ({ key: s.key, label: s.label }))}
          onClick={({ key }) => navigate(key)}
        />
      </nav>
    </Layout.Sider>
  );
}
