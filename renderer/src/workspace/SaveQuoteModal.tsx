// Saves a selected sentence as a 金句, with speaker (savedQuoteSpeaker) and occasion prefilled from the document.
import { Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import type { DocumentFull, TagInfo } from '../../../electron/contract/api';
import { savedQuoteSpeaker } from '../../../electron/shared/saved-quote-speaker';
import { TagSelect } from './TagSelect';

export interface QuoteDraft {
  text: string;
  paragraph: number;
}

export function SaveQuoteModal(props: {
  draft: QuoteDraft | null;
  doc: DocumentFull;
  tags: TagInfo[];
  onSave(v: { text: string; speaker: string; occasion: string; tags: string[] }): void;
  onCancel(): void;
}) {
  const [text, setText] = useState('');
  const [speaker, setSpeaker] = useState('');
  const [occasion, setOccasion] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  useEffect(() => {
    if (!props.draft) return;
    setText(props.draft.text.trim());
    setSpeaker(savedQuoteSpeaker(props.doc) ?? '');
    setOccasion(props.doc.occasion ?? '');
    setTags([]);
  }, [props.draft, props.doc]);
  return (
    <Modal
      open={props.draft !== null}
      title="收藏为金句"
      okText="收藏"
      cancelText="取消"
      onOk={() => props.onSave({ text, speaker, occasion, tags })}
      onCancel={props.onCancel}
      okButtonProps={{ disabled: !text.trim() }}
    >
      <Form layout="vertical">
        <Form.Item label="金句">
          <Input.TextArea
            aria-label="金句内容"
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 2, maxRows: 6 }}
          />
        </Form.Item>
        <Form.Item label="讲话人">
          <Input aria-label="讲话人" value={speaker} onChange={(e) => setSpeaker(e.target.value)} />
        </Form.Item>
        <Form.Item label="场合">
          <Input aria-label="场合" value={occasion} onChange={(e) => setOccasion(e.target.value)} />
        </Form.Item>
        <Form.Item label="标签">
          <TagSelect value={tags} onChange={setTags} tags={props.tags} ariaLabel="金句标签" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
