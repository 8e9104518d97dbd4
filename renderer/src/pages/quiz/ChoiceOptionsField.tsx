// The options of a 单选/多选/判断 question being written: each with its 正确 mark (radio for one
// answer, checkbox for several) and its text; 判断 has the fixed 正确/错误.
import { Checkbox, Form, Input, Radio, Space } from 'antd';
import type { Dispatch, SetStateAction } from 'react';
import type { QuizKind } from '../../../../electron/contract/api';
import { letter } from './quiz-text';

interface Props {
  kind: QuizKind;
  options: string[];
  correct: number[];
  setOptions: Dispatch<SetStateAction<string[]>>;
  setCorrect: Dispatch<SetStateAction<number[]>>;
}

export function ChoiceOptionsField({ kind, options, correct, setOptions, setCorrect }: Props) {
  return (
    <Form.Item label={kind === '多选' ? '选项（勾选所有正确答案）' : '选项（选中正确答案）'}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {(kind === '判断' ? ['正确', '错误'] : options).map((o, i) => (
          <Space key={i} style={{ width: '100%' }}>
            {kind === '多选' ? (
              <Checkbox
                aria-label={`选项${letter(i)}正确`}
                checked={correct.includes(i)}
                onChange={(e) => setCorrect((c) => (e.target.checked ? [...c, i].sort() : c.filter((x) => x !== i)))}
              />
            ) : (
              <Radio aria-label={`选项${letter(i)}正确`} checked={correct[0] === i} onChange={() => setCorrect([i])} />
            )}
            <span>{letter(i)}.</span>
            <Input
              aria-label={`选项${letter(i)}`}
              value={o}
              disabled={kind === '判断'}
              style={{ width: 520 }}
              onChange={(e) => setOptions((os) => os.map((x, j) => (j === i ? e.target.value : x)))}
            />
          </Space>
        ))}
        {kind !== '判断' && options.length < 6 && <a onClick={() => setOptions((os) => [...os, ''])}>添加选项</a>}
      </Space>
    </Form.Item>
  );
}
