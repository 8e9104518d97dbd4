// Authoring: write or edit a question. For 填空, mark each blank in the text with 【】; the
// marks are turned into explicit blank spans before saving (the stored text has no marks).
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { QuizItem, QuizKind } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { ChoiceOptionsField } from './ChoiceOptionsField';
import { markBlanks, parseMarked } from './blank-marks';

interface Props {
  item: QuizItem | null;
  open: boolean;
  onClose(saved: boolean): void;
}

export function QuestionEditor({ item, open, onClose }: Props) {
  const { message } = App.useApp();
  const [kind, setKind] = useState<QuizKind>('单选');
  const [stem, setStem] = useState('');
  const [marked, setMarked] = useState('');
  const [options, setOptions] = useState<string[]>(['', '', '', '']);
  const [correct, setCorrect] = useState<number[]>([]);
  const [explanation, setExplanation] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setKind(item?.kind ?? '单选');
    setStem(item?.stem ?? '');
    setMarked(item?.kind === '填空' ? markBlanks(item) : '');
    setOptions(item && item.kind !== '填空' ? item.options : ['', '', '', '']);
    setCorrect(item?.correct ?? []);
    setExplanation(item?.explanation ?? '');
    setTags(item?.tags ?? []);
  }, [open, item]);

  const save = async () => {
    setSaving(true);
    try {
      const base = { id: item?.id, kind, explanation, tags };
      if (kind === '填空') {
        const { fact, blanks } = parseMarked(marked);
        await api.quizSave({ ...base, stem: stem || fact, fact: stem ? fact : '', blanks });
      } else {
        const opts = kind === '判断' ? ['正确', '错误'] : options.map((o) => o.trim()).filter(Boolean);
        await api.quizSave({ ...base, stem, fact: item?.fact ?? '', options: opts, correct });
      }
      message.success('题目已保存');
      onClose(true);
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={item ? '编辑题目' : '新建题目'}
      onCancel={() => onClose(false)}
      onOk={save}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      width={720}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="题型">
          <Radio.Group
            value={kind}
            onChange={(e) => (setKind(e.target.value as QuizKind), setCorrect([]))}
            optionType="button"
            options={['单选', '多选', '判断', '填空'].map((k) => ({ value: k, label: k }))}
          />
        </Form.Item>
        <Form.Item label={kind === '填空' ? '提示语（可选）' : '题干'}>
          <Input.TextArea aria-label="题干" rows={2} value={stem} onChange={(e) => setStem(e.target.value)} />
        </Form.Item>
        {kind === '填空' ? (
          <Form.Item label="原文（用【】标出要填的词）" extra="例：坚持和发展新时代“【枫桥经验】”">
            <Input.TextArea aria-label="填空原文" rows={3} value={marked} onChange={(e) => setMarked(e.target.value)} />
          </Form.Item>
        ) : (
          <ChoiceOptionsField
            kind={kind}
            options={options}
            correct={correct}
            setOptions={setOptions}
            setCorrect={setCorrect}
          />
        )}
        <Form.Item label="解析">
          <Input.TextArea
            aria-label="解析"
            rows={2}
            value={explanation}
            onChange={(e) => setExplanation(e.target.value)}
          />
        </Form.Item>
        <Form.Item label="标签">
          <Select aria-label="标签" mode="tags" value={tags} onChange={setTags} tokenSeparators={[',', '，', ' ']} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
