// Create or edit a 学习专题's details: 标题、类型、日期、地点、主持人、计划参加人员.
import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { SessionKind, StudySession } from '../../../../electron/contract/api';
import { SESSION_KINDS } from './labels';

export interface SessionFields {
  title: string;
  kind: SessionKind;
  date: string | null;
  place: string;
  host: string;
  attendees: string[];
}

interface FormValues {
  title: string;
  kind: SessionKind;
  date: Dayjs | null;
  place: string;
  host: string;
  attendees: string[];
}

export function SessionForm({
  open,
  session,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  session: StudySession | null;
  onCancel(): void;
  onSubmit(f: SessionFields): Promise<void>;
}) {
  const [form] = Form.useForm<FormValues>();
  useEffect(() => {
    if (!open) return;
    form.setFieldsValue(
      session
        ? {
            title: session.title,
            kind: session.kind,
            date: session.date ? dayjs(session.date) : null,
            place: session.place,
            host: session.host,
            attendees: session.attendees.filter((a) => a.planned).map((a) => a.name),
          }
        : { title: '', kind: '党小组会', date: dayjs(), place: '', host: '', attendees: [] },
    );
  }, [open, session, form]);
  const submit = async () => {
    const v = await form.validateFields();
    await onSubmit({
      title: v.title.trim(),
      kind: v.kind,
      date: v.date ? v.date.format('YYYY-MM-DD') : null,
      place: v.place ?? '',
      host: v.host ?? '',
      attendees: v.attendees ?? [],
    });
  };
  return (
    <Modal
      open={open}
      title={session ? '编辑学习专题' : '新建学习专题'}
      okText="保存"
      cancelText="取消"
      onOk={submit}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
          <Input placeholder="例如：学习贯彻基层党建重要论述" />
        </Form.Item>
        <Form.Item name="kind" label="类型">
          <Select options={SESSION_KINDS.map((k) => ({ value: k, label: k }))} />
        </Form.Item>
        <Form.Item name="date" label="日期">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="place" label="地点">
          <Input />
        </Form.Item>
        <Form.Item name="host" label="主持人">
          <Input />
        </Form.Item>
        <Form.Item name="attendees" label="计划参加人员" extra="输入姓名后按回车，可粘贴以顿号或逗号分隔的名单">
          <Select mode="tags" tokenSeparators={['、', ',', '，', ' ']} open={false} aria-label="计划参加人员" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
