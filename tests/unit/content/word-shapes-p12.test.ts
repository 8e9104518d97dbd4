// Word and PDF shapes of the p12 round (tests/fixtures/import/real/p12-*): a cover page's unit and
// month under the title, an essay's `文/` byline. The rules read lines, so plain text shows them as a
// Word file's paragraphs do.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const PROSE = [
  '2023年，我局坚持稳中求进工作总基调，统筹推进项目建设、改革攻坚和民生保障各项工作，取得了明显成效。',
  '全年争取中央预算内投资项目十二个，到位资金二点三亿元，同比增长百分之十五，重点项目建设加快推进。',
];
const doc = async (text: string) => (await importBytes('a.txt', Buffer.from(text, 'utf8'))).documents[0]!;
const bodyOf = (d: { paragraphs: { text: string }[] }) => d.paragraphs.map((p) => p.text).join('\n');
const TITLE = '南岭县发展和改革局2023年工作总结和2024年工作安排';

describe('p12 cover and byline lines', () => {
  it('drops a cover’s unit and month under the title, and takes no date from a month', async () => {
    const d = await doc(`${TITLE}\n南岭县发展和改革局\n二〇二四年一月\n\n${PROSE.join('\n')}\n`);
    expect(d.title).toBe(TITLE);
    expect(d.date).toBeNull();
    expect(bodyOf(d)).not.toContain('二〇二四年一月');
    expect(bodyOf(d).split('\n')[0]).toBe(PROSE[0]);
    // A PDF runs the cover's two lines into one.
    const pdf = await doc(`${TITLE}\n南岭县发展和改革局二〇二四年一月\n\n${PROSE.join('\n')}\n`);
    expect(pdf.date).toBeNull();
    expect(bodyOf(pdf)).not.toContain('二〇二四年一月');
  });

  it('takes the day of a unit and date under the title, and no source from the unit', async () => {
    const d = await doc(`${TITLE}\n南岭县发展和改革局\n2024年1月5日\n\n${PROSE.join('\n')}\n`);
    expect(d.date).toBe('2024-01-05');
    expect(d.source).toBeNull();
    expect(bodyOf(d)).not.toContain('南岭县发展和改革局\n');
    expect(bodyOf(d).split('\n')[0]).toBe(PROSE[0]);
  });

  it('drops a `文/` byline, with the unit in brackets too, and reads no speaker from it', async () => {
    const d = await doc(`在学思践悟中锤炼过硬本领\n文/县委党校　李红\n\n${PROSE.join('\n')}\n`);
    expect(bodyOf(d)).not.toContain('文/');
    expect(d.speakers).toEqual([]);
    const unit = await doc(`把个人理想融入党和人民的事业\n文／王晓燕（南岭县第一中学）\n\n${PROSE.join('\n')}\n`);
    expect(bodyOf(unit)).not.toContain('王晓燕');
    expect(unit.speakers).toEqual([]);
  });

  it('drops a writer’s name and unit fields, and a unit in brackets under the title', async () => {
    const d = await doc(`学习党的二十大精神心得体会\n姓名：李明　　单位：南岭县财政局\n\n${PROSE.join('\n')}\n`);
    expect(bodyOf(d)).not.toContain('姓名');
    expect(d.speakers).toEqual([]);
    const unit = await doc(`抓党建促乡村振兴的实践与思考\n（南岭镇党委）\n\n${PROSE.join('\n')}\n`);
    expect(bodyOf(unit)).not.toContain('南岭镇党委');
    expect(unit.source).toBeNull();
    const named = await doc(`读《习近平谈治国理政》第四卷有感\n李明（南岭县财政局）\n\n${PROSE.join('\n')}\n`);
    expect(bodyOf(named)).not.toContain('李明');
    expect(named.speakers).toEqual([]);
  });
});

describe('p12 speech header', () => {
  it('reads an occasion line with no dash under the main title, and the byline under it', async () => {
    const d = await doc(
      `坚定信心 奋力推动高质量发展\n在全县经济工作会议上的讲话\n县委书记　吴晓东\n（2024年1月8日）\n同志们：\n${PROSE.join('\n')}\n`,
    );
    expect(d.title).toBe('坚定信心 奋力推动高质量发展');
    expect(d.speakers.map((s) => [s.name, s.role])).toEqual([['吴晓东', '县委书记']]);
    expect(d.date).toBe('2024-01-08');
    // Guard: a heading that opens on `在…上` and is no speech's occasion says nothing of one.
    const plain = await doc(`在全县经济工作会议上\n县委书记　吴晓东\n${PROSE.join('\n')}\n`);
    expect(plain.speakers).toEqual([]);
  });

  it('reads a byline under a title whose handout mark says the paper is spoken (`交流发言材料之三`)', async () => {
    const d = await doc(`交流发言材料之三\n党建引领聚合力 乡村振兴谱新篇\n南岭镇党委书记　张明\n${PROSE.join('\n')}\n`);
    expect(d.title).toBe('党建引领聚合力 乡村振兴谱新篇');
    expect(d.speakers.map((s) => [s.name, s.role])).toEqual([['张明', '南岭镇党委书记']]);
    expect(bodyOf(d)).not.toContain('交流发言材料');
    // Guard: a plain handout mark says nothing of a speech.
    const plain = await doc(`会议材料之三\n党建引领聚合力 乡村振兴谱新篇\n南岭镇党委书记　张明\n${PROSE.join('\n')}\n`);
    expect(plain.speakers).toEqual([]);
  });
});
