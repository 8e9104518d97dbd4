// 年度学习记录: sessions per month with topics and attendance for one year, exportable as DOCX
// or CSV (the annual plan and record inspections ask for).
import { Button, Card, InputNumber, Space, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import type { SessionYear } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';
import { navigate } from '../../hooks/use-hash-route';
import { downloadFile } from '../../download';

type Row = SessionYear['months'][number]['sessions'][number] & { month: number };

export function YearView() {
  const [year, setYear] = useState(new Date().getFullYear());
  const y = useApi(() => api.sessionYear({ year }), [year]);
  const rows: Row[] = (y.data?.months ?? []).flatMap((m) => m.sessions.map((s) => ({ ...s, month: m.month })));
  const t = y.data?.totals;
  return (
    <Card size="small" title="年度学习记录" className="year-view">
      <Space wrap style={{ marginBottom: 12 }}>
        <InputNumber
          aria-label="年份"
          min={1900}
          max={2100}
          value={year}
          onChange={(v) => v && setYear(v)}
          addonAfter="年"
        />
        <Button onClick={async () => downloadFile(await api.exportSessionYear({ year, format: 'docx' }))}>
          导出 DOCX
        </Button>
        <Button onClick={async () => downloadFile(await api.exportSessionYear({ year, format: 'csv' }))}>
          导出 CSV
        </Button>
      </Space>
      {t && (
        <Space size={40} style={{ marginBottom: 12, display: 'flex' }}>
          <Statistic title="学习次数" value={t.sessions} />
          <Statistic title="应到人次" value={t.expected} />
          <Statistic title="实到人次" value={t.present} />
          <Statistic title="平均参学率" value={t.rate === null ? '—' : `${t.rate}%`} />
        </Space>
      )}
      <Table
        size="small"
        rowKey="id"
        loading={y.loading}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: '这一年还没有学习专题' }}
        onRow={(r) => ({ onClick: () => navigate('sessions', { id: r.id }), style: { cursor: 'pointer' } })}
        columns={[
          { title: '月份', dataIndex: 'month', width: 70, render: (m: number) => `${m}月` },
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: '类型', dataIndex: 'kind', width: 110, render: (k: string) => <Tag>{k}</Tag> },
          { title: '主题', dataIndex: 'title' },
          { title: '学习内容', dataIndex: 'topics', render: (ts: string[]) => ts.join('、') },
          {
            title: '出勤',
            width: 150,
            render: (_: unknown, r: Row) =>
              `${r.attendance.present}/${r.attendance.expected}　${r.attendance.rate === null ? '未签到' : r.attendance.rate + '%'}`,
          },
        ]}
      />
    </Card>
  );
}
