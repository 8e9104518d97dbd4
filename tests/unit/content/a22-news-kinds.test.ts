// Round a22 (an audit on newspaper pieces a learner imports as .txt: commentaries, signed theory
// articles, meeting stories): the kind of each piece and its 提要 lines. Sentences are paraphrased.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { joinBrokenLines } from '../../../electron/core/text/line-repair.js';

const doc = async (text: string) => {
  const r = await importBytes('piece.txt', Buffer.from(text, 'utf8'));
  return r.documents[0]!;
};

describe('a22: kinds of newspaper pieces', () => {
  it('a commentary column whose lead tells of a meeting is an article', async () => {
    const d = await doc(
      '齐心协力，打好这场硬仗（评论员观察）\n2020年2月6日\n　　日前，中央召开会议，对防控工作作出部署。会议强调，要把群众安危放在第一位。\n' +
        '　　上下同欲者胜。只要大家心往一处想、劲往一处使，就一定能够战胜困难。\n',
    );
    expect(d.type).toBe('文章');
  });

  it('a signed piece closing on a note about its writer is an article, not a meeting story', async () => {
    const d = await doc(
      '亲历发展 见证变化（外国学者谈）\n2019年11月2日\n　　参加国庆庆祝大会归来，许多精彩瞬间印刻在我的脑海中。习近平主席在招待会上发表讲话，强调和平与发展。\n' +
        '　　这些年来我一直关注这个国家的发展，它的成就令人赞叹。\n　　（作者为某国某研究所所长，本报记者某某采访整理）\n',
    );
    expect(d.type).toBe('文章');
  });

  it('a session of a standing committee reviewing a report in groups is a meeting story', async () => {
    const d = await doc(
      '某省人大常委会第九次会议分组审议常委会工作报告稿\n2020年5月19日\n　　本报讯　某省人大常委会第九次会议18日分组审议了常委会工作报告稿。\n' +
        '　　与会人员认为，一年来常委会认真行使立法权、监督权。大家一致表示，要推动人大工作再上新台阶。\n',
    );
    expect(d.type).toBe('会议报道');
  });
});

describe('a22: a 提要 line is a paragraph of its own', () => {
  it('a whole paragraph ending on a word is not glued to the next paragraph across a blank line', () => {
    expect(
      joinBrokenLines([
        '某项工作一定能做好（评论员观察）',
        '2019年10月17日',
        '',
        '全体人民共享发展成果、向着共同富裕迈进，彰显着以人民为中心的发展思想',
        '',
        '这条扶贫道路不仅加快了世界减贫进程，也为全球贫困治理贡献了中国智慧、中国方案',
        '',
        '今天是全国扶贫日。打赢这场攻坚战寄托着几代人的希冀。',
      ]),
    ).toEqual([
      '某项工作一定能做好（评论员观察）',
      '2019年10月17日',
      '全体人民共享发展成果、向着共同富裕迈进，彰显着以人民为中心的发展思想',
      '这条扶贫道路不仅加快了世界减贫进程，也为全球贫困治理贡献了中国智慧、中国方案',
      '今天是全国扶贫日。打赢这场攻坚战寄托着几代人的希冀。',
    ]);
  });
});
