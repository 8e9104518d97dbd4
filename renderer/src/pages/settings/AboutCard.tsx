// 设置 › 关于: app and content-bundle versions, what the library holds, and the runtime.
import { Card, Descriptions } from 'antd';
import type { InfoResult } from '../../../../electron/contract/api';
import { transportKind } from '../../api/transport';

export function AboutCard({ info }: { info: InfoResult | null }) {
  if (!info) return <Card title="关于" loading />;
  const n = (x: number) => x.toLocaleString('zh-CN');
  return (
    <Card title="关于学习书架" className="about-card">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'v', label: '版本', children: info.version },
          { key: 'c', label: '内容库版本', children: info.content.version ?? '未安装内容库' },
          {
            key: 'n',
            label: '内容库',
            children: `${n(info.content.documents)} 篇文档 · ${n(info.content.quotes)} 条金句 · ${n(info.content.terms)} 个提法`,
          },
          {
            key: 'u',
            label: '我的数据',
            children: `导入 ${n(info.counts.userDocuments)} 篇 · 标注 ${n(info.counts.annotations)} 条 · 题目 ${n(info.counts.quizItems)} 道 · 学习专题 ${n(info.counts.studySessions)} 个`,
          },
          { key: 's', label: '数据库结构版本', children: info.schemaVersion },
          {
            key: 'r',
            label: '运行环境',
            children: [
              transportKind === 'electron' ? '桌面版' : '网页模式',
              info.electron ? `Electron ${info.electron}` : null,
              `Node ${info.node}`,
              `SQLite ${info.sqlite}`,
            ]
              .filter(Boolean)
              .join(' · '),
          },
        ]}
      />
    </Card>
  );
}
