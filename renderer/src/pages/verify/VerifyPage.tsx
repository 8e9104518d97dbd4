// 引文核对: paste a quotation or a whole paragraph (simplified or traditional, with or without
// punctuation); every sentence is looked up in the library and marked 已核对 / 有出入 / 未找到.
import { Alert, Button, Card, Input, Space, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import type { Verification } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { navigate, type Route } from '../../hooks/use-hash-route';
import { SentenceResult } from './SentenceResult';
import './verify.css';

export function VerifyPage({ route }: { route: Route }) {
  const initial = route.params.get('text') ?? '';
  const [text, setText] = useState(initial);
  const [result, setResult] = useState<Verification | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await api.verifyQuotation({ text }));
    } catch (e) {
      setResult(null);
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }, [text]);
  return (
    <section className="page verify-page">
      <Typography.Title level={2}>引文核对</Typography.Title>
      <Card size="small" className="no-print">
        <Input.TextArea
          aria-label="要核对的引文"
          placeholder="粘贴或输入引文，可为简体或繁体，有无标点均可；也可粘贴整段文字逐句核对。Ctrl+Enter 核对。"
          autoSize={{ minRows: 3, maxRows: 10 }}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void run();
          }}
        />
        <Space style={{ marginTop: 8 }}>
          <Button type="primary" loading={busy} disabled={!text.trim()} onClick={() => void run()}>
            核对
          </Button>
          <Button onClick={() => navigate('tifa')}>查询提法历年使用</Button>
        </Space>
      </Card>
      {error && <Alert type="warning" showIcon message={error} />}
      {result && (
        <>
          <Space wrap className="verify-summary" aria-label="核对结果">
            <Tag color="green">已核对 {result.counts['已核对']}</Tag>
            <Tag color="orange">有出入 {result.counts['有出入']}</Tag>
            <Tag color="red">未找到 {result.counts['未找到']}</Tag>
            <Typography.Text type="secondary">
              用时 {result.tookMs} 毫秒。对照中<ins className="verify-missing">下划线</ins>为引文缺少的字词，
              <del className="verify-extra">删除线</del>为引文与原文不同之处；标点与繁简不计。
            </Typography.Text>
          </Space>
          {result.sentences.map((s, i) => (
            <SentenceResult key={`${s.start}-${s.text}`} s={s} index={i} />
          ))}
        </>
      )}
    </section>
  );
}
