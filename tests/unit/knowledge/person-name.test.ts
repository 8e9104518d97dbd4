// Names read from bylines and leads must be names: found on People's Daily articles, the patterns
// alone gave speakers such as 重要 (`习近平总书记重要讲话`), 核心阅读 and 应邀.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { isPersonName } from '../../../electron/core/knowledge/person-name.js';

describe('person names', () => {
  it.each(['胡春华', '黄坤明', '尤权', '栗战书', '刘结一', '赵立新', '王建国', '李　强'])('%s is a name', (name) => {
    expect(isPersonName(name)).toBe(true);
  });

  it.each([
    '重要',
    '的重要',
    '应邀',
    '张旭在',
    '贺信并',
    '核心阅读',
    '内容提要',
    '在其',
    '处工作',
    'A组',
    '宋书记',
    '王县长',
  ])('%s is not a name', (name) => {
    expect(isPersonName(name)).toBe(false);
  });

  it('a lead that studies a leader’s speech names no speaker; one that reports a speech does', async () => {
    const text = (lead: string) =>
      Buffer.from(`全市干部大会召开\n\n${lead}\n要坚持问题导向，切实把基层党组织建设成为坚强战斗堡垒。\n`, 'utf8');
    const studied = await importBytes(
      'a.txt',
      text('会议指出，各级党委要把思想和行动统一到习近平总书记重要讲话精神上来，市委书记王建国主持会议并讲话。'),
    );
    expect(studied.documents[0]!.speakers.map((s) => s.name)).toEqual(['王建国']);
    const none = await importBytes('b.txt', text('会议认为，要坚决贯彻习近平总书记重要讲话精神，把各项工作抓实抓细。'));
    expect(none.documents[0]!.speakers).toEqual([]);
  });
});
