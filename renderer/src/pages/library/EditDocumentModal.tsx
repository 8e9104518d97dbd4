// Edit a document's title, type, date, speaker, status (现行 / 历史文献) and (imported ones) 场合, shown
// in the 出处; delete it (an imported one is removed, a bundled one is hidden from this library;
// annotations and starred 金句 keep their own copy of the text).
import { DOC_STATUSES, DOC_TYPES } from '../../../../electron/shared/enums';
import { App, Button, Form, Input, Modal, Popconfirm, Select } from 'antd';
import { useState } from 'react';
import type { DocStatus, DocType, DocumentSummary } from '../../../../electron/contract/api';
import { api } from '../../api/transport';

interface Values {
  title: string;
  type: DocType;
  date: string;
  speaker: string;
  occasion: string;
  status: DocStatus;
}

export function EditDocumentModal({
  doc,
  onClose,
  onChanged,
}: {
  doc: DocumentSummary;
  onClose(): void;
  onChanged(): void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      await api.updateDocument({
        id: doc.id,
        title: v.title.trim(),
        type: v.type,
        date: v.date.trim() || null,
        speaker: v.speaker.trim() || null,
        // Only imported documents keep an edited 场合 (bundled ones take theirs from the content pack).
        ...(doc.origin === 'user' ? { occasion: v.occasion.trim() || null } : {}),
        ...(v.status !== doc.status ? { status: v.status } : {}),
      });
      message.success('已保存');
      onChanged();
      onClose();
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    try {
      await api.deleteDocument({ id: doc.id });
      message.success('已删除');
      onChanged();
      onClose();
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <Modal
      open
      title="编辑文档信息"
      onCancel={onClose}
      footer={[
        <Popconfirm
          key="del"
          title={doc.origin === 'user' ? '删除这篇导入的文档？' : '从书库中删除这篇内置文档？'}
          description={
            doc.origin === 'user'
              ? '文档及其金句、提法和标签将从书库中移除；您的标注和收藏的金句会保留。'
              : '它将不再出现在书库、检索和金句中，标签和阅读记录随之删除；您的标注和收藏的金句会保留。'
          }
          okText="删除"
          cancelText="取消"
          onConfirm={remove}
        >
          <Button danger>删除</Button>
        </Popconfirm>,
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button key="save" type="primary" loading={busy} onClick={save}>
          保存
        </Button>,
      ]}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          title: doc.title,
          type: doc.type,
          date: doc.date ?? '',
          speaker: doc.speakers[0] ?? '',
          occasion: doc.occasion ?? '',
          status: doc.status,
        }}
      >
        <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请输入标题' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="type" label="类型">
          <Select options={DOC_TYPES.map((t) => ({ value: t, label: t }))} />
        </Form.Item>
        <Form.Item
          name="date"
          label="日期"
          rules={[{ pattern: /^(\d{4}(-\d{2}(-\d{2})?)?)?$/, message: '格式为 2021、2021-05 或 2021-05-07' }]}
        >
          <Input placeholder="2021-05-07" />
        </Form.Item>
        <Form.Item name="speaker" label="讲话人">
          <Input />
        </Form.Item>
        {doc.origin === 'user' && (
          <Form.Item name="occasion" label="场合" extra="例如：全县乡村振兴工作推进会。显示在出处中。">
            <Input />
          </Form.Item>
        )}
        <Form.Item
          name="status"
          label="状态"
          extra="历史文献可阅读、检索，但其金句、提法和练习题默认不进入学习功能（可在阅读页单独纳入）。"
        >
          <Select options={DOC_STATUSES.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
