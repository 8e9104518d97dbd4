// One 新提法 (or dropped 提法): count, first use in the whole library, and on demand every
// occurrence in the library with a jump into the reader.
import { Button, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { FormulationChange, TermOccurrence } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { navigate, routeHref } from '../../hooks/use-hash-route';
import { AddToSessionButton } from '../sessions/AddToSessionButton';
import { docLabel } from './labels';

export function FormulationItem({ f, docId, isNew }: { f: FormulationChange; docId: string; isNew: boolean }) {
  const [places, setPlaces] = useState<TermOccurrence[] | null>(null);
  const first = f.firstSeen ? `首次出现：${docLabel(f.firstSeen)}` : '';
  const toggle = async () => setPlaces(places ? null : (await api.termTimeline({ term: f.term })).occurrences);
  return (
    <List.Item className="formulation-item">
      <Space direction="vertical" size={2} style={{ width: '100%' }}>
        <Space wrap>
          <a className="formulation-term" href={routeHref('reader', { id: docId, p: f.paragraph, q: f.term })}>
            <Tag color={isNew ? 'red' : 'default'}>{f.term}</Tag>
          </a>
          <Typography.Text type="secondary">本篇 {f.count} 次</Typography.Text>
          {f.firstSeen && (
            <a href={routeHref('reader', { id: f.firstSeen.docId, p: f.firstSeen.paragraph, q: f.term })}>{first}</a>
          )}
        </Space>
        <Space wrap size={4} className="no-print">
          <Button size="small" type="link" onClick={() => void toggle()}>
            {places ? '收起出处' : `全部出处（${f.docCount} 篇）`}
          </Button>
          <Button size="small" type="link" onClick={() => navigate('tifa', { term: f.term })}>
            历年使用
          </Button>
          <AddToSessionButton
            item={{ kind: 'note', text: `${isNew ? '新提法' : '不再出现的提法'}：${f.term}。${first}` }}
          />
        </Space>
        {places && (
          <ul className="formulation-places">
            {places.map((o) => (
              <li key={o.docId}>
                <a href={routeHref('reader', { id: o.docId, p: o.paragraph, q: f.term })}>{docLabel(o)}</a>
                <Typography.Text type="secondary">（{o.count} 次）</Typography.Text>
              </li>
            ))}
          </ul>
        )}
      </Space>
    </List.Item>
  );
}
