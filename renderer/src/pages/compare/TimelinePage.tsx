// 提法 through the years: occurrences per year across the library, first and latest use, the
// sentences that define it, every document that uses it; export as DOCX or add to a session.
import { Alert, App, Button, Card, Empty, Input, List, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/transport';
import { downloadFile } from '../../download';
import { useApi } from '../../hooks/use-api';
import { navigate, routeHref, type Route } from '../../hooks/use-hash-route';
import { AddToSessionButton } from '../sessions/AddToSessionButton';
import { docLabel } from './labels';
import { YearChart } from './YearChart';
import { TermIndex } from '../tifa/TermIndex';

export function TimelinePage({ route }: { route: Route }) {
  const { message } = App.useApp();
  const term = route.params.get('term') ?? '';
  const [input, setInput] = useState(term);
  const tl = useApi(() => (term.trim().length >= 2 ? api.termTimeline({ term }) : Promise.resolve(null)), [term]);
  const t = tl.data;
  const exportDocx = async () => {
    try {
      downloadFile(await api.exportTermTimeline({ term }));
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const summary = t
    ? `提法“${t.term}”：书库中共出现 ${t.total} 次（${t.occurrences.length} 篇）` +
      (t.first ? `，首次出现于${docLabel(t.first)}` : '') +
      (t.latest ? `，最近一次见于${docLabel(t.latest)}` : '') +
      '。'
    : '';
  return (
    <section className="page timeline-page">
      <Typography.Title level={2}>提法历年使用</Typography.Title>
      <Input.Search
        aria-label="提法"
        placeholder="输入提法，如：新质生产力"
        enterButton="查询"
        value={input}
        onChange={(e) => setInput(e.target.value)}
        onSearch={(v) => navigate('tifa', { term: v.trim() })}
        style={{ maxWidth: 420, marginBottom: 12 }}
        className="no-print"
      />
      {!term.trim() && <TermIndex />}
      {tl.error && <Alert type="error" showIcon message={tl.error} />}
      {tl.loading && term && <Spin />}
      {t && !t.total && <Empty description={`书库中没有“${t.term}”`} />}
      {t && t.total > 0 && (
        <>
          <Typography.Paragraph className="timeline-summary">{summary}</Typography.Paragraph>
          <Space className="no-print">
            <Button onClick={() => void exportDocx()}>导出 DOCX</Button>
            <AddToSessionButton item={{ kind: 'note', text: summary }} size="middle" />
          </Space>
          <Card size="small" title="逐年出现次数">
            <YearChart t={t} />
          </Card>
          <Card size="small" title="界定与要求">
            <List
              dataSource={t.definitions}
              renderItem={(d) => (
                <List.Item>
                  <span>{d.text}</span>
                  <a href={routeHref('reader', { id: d.docId, p: d.paragraph, q: t.term })}>{docLabel(d)}</a>
                </List.Item>
              )}
            />
          </Card>
          <Card size="small" title={`出现位置（${t.occurrences.length} 篇）`}>
            <List
              size="small"
              dataSource={t.occurrences}
              renderItem={(o) => (
                <List.Item>
                  <a href={routeHref('reader', { id: o.docId, p: o.paragraph, q: t.term })}>{docLabel(o)}</a>
                  <Typography.Text type="secondary">{o.count} 次</Typography.Text>
                </List.Item>
              )}
            />
          </Card>
        </>
      )}
    </section>
  );
}
