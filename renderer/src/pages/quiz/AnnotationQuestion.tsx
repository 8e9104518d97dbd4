// “出题”: turns a highlighted passage into a 填空. The passage's 提法 and key words come marked
// with 【】 (quizSuggestBlanks); the user moves the marks and saves. The text itself stays the
// source's, so the question keeps pointing at its place in the document.
import { App, Button, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { Annotation } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { parseMarked } from './blank-marks';

function marked(text: string, blanks: { start: number; end: number }[]): string {
  let out = '';
  let last = 0;
  for (const b of [...blanks].sort((x, y) => x.start - y.start)) {
    out += text.slice(last, b.start) + '【' + text.slice(b.start, b.end) + '】';
    last = b.end;
  }
  return out + text.slice(last);
}

export function AnnotationQuestionButton({ a }: { a: Annotation }) {
  const { message } = App.useApp();
  const [text, setText] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const open = async () => {
    const { blanks } = await api.quizSuggestBlanks({ text: a.text.slice(0, 2000) });
    setText(marked(a.text, blanks));
  };
  const save = async () => {
    const { fact, blanks } = parseMarked(text ?? '');
    if (fact !== a.text) return void message.error('只需用【】标出要填的词，请不要改动原文。');
    if (!blanks.length) return void message.error('请用【】标出至少一处要填的词。');
    setSaving(true);
    try {
      await api.quizSave({
        kind: '填空',
        stem: `补全划线内容（《${a.docTitle ?? ''}》）：`,
        fact,
        blanks,
        docId: a.docId,
        paragraph: a.paragraph,
        start: a.start,
        end: a.end,
        tags: ['划线'],
      });
      message.success('已加入题库');
      setText(null);
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <Button size="small" type="link" className="no-print" disabled={a.orphaned} onClick={() => void open()}>
        出题
      </Button>
      <Modal
        open={text !== null}
        title="把划线变成填空题"
        okText="加入题库"
        cancelText="取消"
        confirmLoading={saving}
        onOk={() => void save()}
        onCancel={() => setText(null)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">已用【】标出建议填空的提法和关键词，可调整后保存。</Typography.Paragraph>
        <Input.TextArea aria-label="填空原文" rows={4} value={text ?? ''} onChange={(e) => setText(e.target.value)} />
      </Modal>
    </>
  );
}
