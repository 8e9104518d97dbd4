// 对比阅读: pick two documents (default: this year's report and last year's), read them side by
// side with changes marked, see the 新提法 and the figures that changed, export a DOCX handout.
import { Alert, App, Button, Card, Col, Row, Space, Spin, Switch, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Comparison } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { downloadFile } from '../../download';
import { useApi } from '../../hooks/use-api';
import { navigate, type Route } from '../../hooks/use-hash-route';
import { DocPicker } from './DocPicker';
import { FormulationsPanel } from './FormulationsPanel';
import { NumbersPanel } from './NumbersPanel';
import { SideBySide } from './SideBySide';
import './compare.css';

function Stats({ c }: { c: Comparison }) {
  const s = c.stats;
  return (
    <Space wrap size={4} className="cmp-stats">
      <Tag>相同 {s.same}</Tag>
      <Tag color="orange">修改 {s.changed}</Tag>
      <Tag color="green">新增 {s.added}</Tag>
      <Tag color="red">删除 {s.removed}</Tag>
      <Tag color="blue">调整位置 {s.moved}</Tag>
    </Space>
  );
}

export function ComparePage({ route }: { route: Route }) {
  const { message } = App.useApp();
  const olderId = route.params.get('older') ?? undefined;
  const newerId = route.params.get('newer') ?? undefined;
  const [onlyChanges, setOnlyChanges] = useState(true);
  const [exporting, setExporting] = useState(false);
  const docs = useApi(() => api.listDocuments({ sort: 'date-desc', limit: 500 }), []);
  const cmp = useApi(() => api.compareDocuments(olderId && newerId ? { olderId, newerId } : {}), [olderId, newerId]);
  const c = cmp.data;
  const pick = (which: 'older' | 'newer', id: string) =>
    navigate('compare', { older: which === 'older' ? id : c?.older.id, newer: which === 'newer' ? id : c?.newer.id });
  const exportDocx = async () => {
    if (!c) return;
    setExporting(true);
    try {
      downloadFile(await api.exportComparison({ olderId: c.older.id, newerId: c.newer.id }));
      message.success('已导出对比文档');
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setExporting(false);
    }
  };
  const items = docs.data?.items ?? [];
  return (
    <section className="page compare-page">
      <Typography.Title level={2}>对比阅读</Typography.Title>
      <Card size="small" className="filters no-print">
        <Row gutter={[12, 8]} align="middle">
          <Col xs={24} md={10}>
            <DocPicker docs={items} value={c?.older.id} onChange={(id) => pick('older', id)} label="旧文档" />
          </Col>
          <Col xs={24} md={10}>
            <DocPicker docs={items} value={c?.newer.id} onChange={(id) => pick('newer', id)} label="新文档" />
          </Col>
          <Col xs={24} md={4}>
            <Button type="primary" block disabled={!c} loading={exporting} onClick={() => void exportDocx()}>
              导出 DOCX
            </Button>
          </Col>
        </Row>
      </Card>
      {cmp.error && <Alert type="error" showIcon message={cmp.error} />}
      {cmp.loading && !c && <Spin tip="正在对比…" />}
      {c && (
        <>
          <Space wrap className="cmp-summary">
            <Stats c={c} />
            <Switch checked={onlyChanges} onChange={setOnlyChanges} aria-label="只看有变化的段落" />
            <span>只看有变化的段落</span>
          </Space>
          <Tabs
            items={[
              { key: 'text', label: '逐句对比', children: <SideBySide c={c} onlyChanges={onlyChanges} /> },
              { key: 'tifa', label: `新提法（${c.formulations.added.length}）`, children: <FormulationsPanel c={c} /> },
              {
                key: 'numbers',
                label: `数字变化（${c.numbers.filter((n) => n.changed).length}）`,
                children: <NumbersPanel c={c} />,
              },
            ]}
          />
        </>
      )}
    </section>
  );
}
