// 会议记录: sign-in (出席 / 缺席 + reason; walk-ins as 列席), 参学率 computed live with the same rule
// as the exported record, speakers and their points (讨论发言要点), 讨论情况, 学习内容 and 记录人;
// saved and exported as DOCX.
import { Button, Card, Descriptions, Input, Space, Statistic, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { StudySession } from '../../../../electron/contract/api';
import { attendanceOf, formatRate } from '../../../../electron/shared/attendance';
import { api } from '../../api/transport';
import { downloadFile } from '../../download';
import { SignInTable, type Person } from './SignInTable';
import { SpeakersEditor, type SpeakerRow } from './SpeakersEditor';

export function RecordForm({ session, onSaved }: { session: StudySession; onSaved(s: StudySession): void }) {
  const [people, setPeople] = useState<Person[]>([]);
  const [speakers, setSpeakers] = useState<SpeakerRow[]>([]);
  const [discussion, setDiscussion] = useState('');
  const [content, setContent] = useState('');
  const [recorder, setRecorder] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setPeople(session.attendees.map((a) => ({ ...a })));
    setSpeakers(session.record.speakers.length ? session.record.speakers : [{ name: '', points: '' }]);
    setDiscussion(session.record.discussion);
    setContent(session.record.content);
    setRecorder(session.record.recorder);
  }, [session]);

  const stats = useMemo(() => attendanceOf(people), [people]);
  const save = async () => {
    setBusy(true);
    try {
      const s = await api.saveSessionRecord({
        id: session.id,
        attendance: people.map(({ name, present, reason }) => ({ name, present, reason })),
        speakers: speakers.filter((s) => s.name.trim()).map((s) => ({ name: s.name.trim(), points: s.points })),
        discussion,
        content,
        recorder,
      });
      onSaved(s);
      return s;
    } finally {
      setBusy(false);
    }
  };
  const exportDocx = async () => {
    await save();
    downloadFile(await api.exportSessionRecord({ id: session.id }));
  };

  return (
    <Card size="small" title="会议记录" className="record-form">
      <Descriptions
        size="small"
        column={3}
        items={[
          { key: 'd', label: '时间', children: session.date ?? '未定' },
          { key: 'p', label: '地点', children: session.place || '—' },
          { key: 'h', label: '主持人', children: session.host || '—' },
        ]}
      />
      <Space size={40} style={{ margin: '12px 0' }} className="attendance-stats">
        <Statistic title="应到" value={stats.expected} suffix="人" />
        <Statistic title="实到" value={stats.present} suffix="人" />
        <Statistic title="列席" value={stats.walkIns} suffix="人" />
        <Statistic title="参学率" value={formatRate(stats.rate)} />
      </Space>
      <Typography.Title level={5}>签到</Typography.Title>
      <SignInTable people={people} onChange={setPeople} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        发言人及发言要点
      </Typography.Title>
      <SpeakersEditor rows={speakers} onChange={setSpeakers} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        讨论情况
      </Typography.Title>
      <Input.TextArea
        aria-label="讨论情况"
        rows={3}
        value={discussion}
        onChange={(e) => setDiscussion(e.target.value)}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        学习内容（留空则按议程自动生成）
      </Typography.Title>
      <Input.TextArea aria-label="学习内容" rows={2} value={content} onChange={(e) => setContent(e.target.value)} />
      <Space style={{ marginTop: 16 }}>
        <Input
          aria-label="记录人"
          addonBefore="记录人"
          value={recorder}
          onChange={(e) => setRecorder(e.target.value)}
          style={{ width: 240 }}
        />
        <Button type="primary" loading={busy} onClick={save}>
          保存记录
        </Button>
        <Button onClick={exportDocx}>导出会议记录（DOCX）</Button>
      </Space>
    </Card>
  );
}
