// A 单选/多选/判断 question's options (checkboxes for 多选, radios otherwise); once graded the
// right options are marked.
import { Checkbox, Radio, Space } from 'antd';
import type { QuizItem } from '../../../../electron/contract/api';
import { letter } from './quiz-text';

export function ChoiceOptions(props: {
  item: QuizItem;
  /** What is ticked: the current choice, or the graded answer. */
  value: number[] | undefined;
  done: boolean;
  onMulti(choice: number[]): void;
  onPick(i: number): void;
}) {
  const { item, done } = props;
  const multi = item.kind === '多选';
  const Option = multi ? Checkbox : Radio;
  const options = (
    <Space direction="vertical">
      {item.options.map((o, i) => (
        <Option key={i} value={i} className={done && item.correct.includes(i) ? 'quiz-right-option' : undefined}>
          {letter(i)}. {o}
        </Option>
      ))}
    </Space>
  );
  return multi ? (
    <Checkbox.Group
      className="quiz-options"
      value={props.value}
      disabled={done}
      onChange={(v) => props.onMulti((v as number[]).sort())}
    >
      {options}
    </Checkbox.Group>
  ) : (
    <Radio.Group
      className="quiz-options"
      value={props.value?.[0]}
      disabled={done}
      onChange={(e) => props.onPick(e.target.value as number)}
    >
      {options}
    </Radio.Group>
  );
}
