// Causes found by judging a third sample of generated questions outside the evaluation sample
// (tests/eval/knowledge/questions-outside3.json), and the common-word blanks of local speeches:
// a 填空 on the head of a compound (党建【工作】, 安全【生产】), on a negated modal (困难【不容】低估)
// or on a framing phrase (【说到底】是责任问题); a numbered formulation of parts cut after its
// numeral (三项【政策、一项改革】); a 提法 glossed in brackets right after the blank; a figure
// whose distractors are all far smaller than the key; a 提法 asked in a speaker's line to the hall
// (同志们，…) or in narration after a pronoun (他强调，…); a 提法 blanked inside a longer one.
// The sentences are written for these tests in the shapes of speech and report text.
import { describe, expect, it } from 'vitest';
import { generateFromNumbers } from '../../../electron/core/quiz/generate-numbers.js';
import { generateFromTerms } from '../../../electron/core/quiz/generate-terms.js';
import { blankPart } from '../../../electron/core/quiz/term-blank-part.js';
import { keyBlanks } from '../../../electron/core/quiz/key-blanks.js';
import type { QuizSource, SourceDoc } from '../../../electron/core/quiz/types.js';
import { sourceDoc } from './source-doc.js';

/** How many 金句 of a small library of a town's speeches hold each word (generate-quotes' docFreq). */
const COUNTS: Record<string, number> = { 工作: 2, 生产力: 3, 安全: 2, 责任: 2, 困难: 2, 信心: 2 };
const df = (w: string) => COUNTS[w] ?? 1;
/** keyBlanks as generate-quotes calls it for a 金句: two blanks over 30 characters, one word. */
const quoteBlanks = (s: string) => keyBlanks(s, s.length > 30 ? 2 : 1, df, false, true).map((b) => b.text);

describe('a 金句 blank in a local speech', () => {
  it('is not the head of a compound (党建工作, 安全生产): the word that says something is', () => {
    expect(quoteBlanks('党建工作做实了就是生产力，做细了就是凝聚力，做强了就是战斗力。')).toEqual(['生产力']);
    expect(quoteBlanks('安全生产没有局外人，人人都是安全员。')).toEqual(['局外人']);
  });

  it('still falls on the subject where it is what the sentence is about (纪律, 权力, 全民)', () => {
    expect(quoteBlanks('纪律是带电的高压线，谁碰谁就要付出代价。')).toEqual(['纪律']);
    expect(quoteBlanks('权力是一把双刃剑，用得好造福于民，用不好害人害己。')).toEqual(['权力']);
    expect(quoteBlanks('台湾是中国神圣领土不可分割的一部分。')).toEqual(['不可分割']);
  });

  it('is never a negated modal (不容) nor a framing phrase (说到底, 关键在于)', () => {
    expect(quoteBlanks('困难不容低估，信心不可动摇，干劲不能松懈。')).not.toContain('不容');
    const frame = quoteBlanks('抓党建工作，说到底是责任问题，关键在于抓好落实。');
    expect(frame).not.toContain('说到底');
    expect(frame).not.toContain('关键在于');
    expect(frame).not.toContain('工作');
  });
});

describe('a numbered formulation of parts', () => {
  it('keeps its first part whole (三项政策、____), never the numeral alone (三项____)', () => {
    expect(blankPart('三项政策、一项改革')).toEqual({ start: 5, end: 9 });
    expect(blankPart('八个坚持、八个反对')).toEqual({ start: 5, end: 9 });
    // A formulation of one part is asked after its numeral, as before.
    expect(blankPart('四个意识')).toEqual({ start: 2, end: 4 });
  });
});

const sourceOf = (docs: SourceDoc[], terms: QuizSource['terms'] = []): QuizSource => ({
  docs: new Map(docs.map((d) => [d.id, d])),
  quotes: [],
  terms,
});

describe('a 提法 glossed in brackets right after it', () => {
  it('is not asked there: the gloss spells the answer out', () => {
    const glossed = sourceDoc('g', 2007, [
      '继续搞好“三河三湖”（淮河海河辽河、太湖巢湖滇池）等重点流域和区域的污染治理工作。',
    ]);
    const plain = sourceDoc('p', 2006, ['加大“三河三湖”等重点流域水污染防治力度，确保取得明显成效。']);
    const at = (d: SourceDoc) => ({
      term: '三河三湖',
      docId: d.id,
      paragraph: 0,
      start: d.paragraphs[0]!.text.indexOf('三河三湖'),
    });
    const qs = generateFromTerms(sourceOf([glossed, plain], [at(glossed), at(plain)])).filter((q) => q.kind !== '多选');
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.docId === 'g')).toEqual([]);
  });
});

describe('a 提法 in a speech or a news report', () => {
  it('is not asked in a line to the hall (同志们，…) nor in narration after a pronoun (他强调，…)', () => {
    const speech = sourceDoc('s', 2024, ['同志们，新征程上，组织工作任务光荣、责任重大，我们要再接再厉。'], {
      type: '讲话',
      title: '在全市组织工作会议上的讲话',
    });
    const news = sourceDoc('n', 2023, ['他强调，要锚定建设农业强国目标，把推进乡村全面振兴作为“三农”工作的总抓手。'], {
      type: '会议报道',
      title: '农村工作会议召开',
    });
    const report = sourceDoc('r', 2022, ['开启全面建设社会主义现代化国家新征程，加快建设农业强国，全面推进乡村振兴。']);
    const at = (d: SourceDoc, term: string) => ({
      term,
      docId: d.id,
      paragraph: 0,
      start: d.paragraphs[0]!.text.indexOf(term),
    });
    const src = sourceOf(
      [speech, news, report],
      [at(speech, '新征程'), at(news, '农业强国'), at(report, '新征程'), at(report, '农业强国')],
    );
    const qs = generateFromTerms(src).filter((q) => q.kind !== '多选');
    expect(qs.filter((q) => q.docId === 'r').length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.docId !== 'r')).toEqual([]);
  });
});

describe('a 提法 that is part of a longer one', () => {
  it('is not blanked there (以习近平新时代____思想, 以习近平____中国特色社会主义思想)', () => {
    const text = '会议以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，部署明年工作。';
    const news = sourceDoc('n', 2023, [text], { type: '会议报道', title: '全县工作会议召开' });
    const other = sourceDoc('o', 2022, ['坚持和发展中国特色社会主义，奋进新时代，全面推进乡村振兴。']);
    const at = (d: SourceDoc, term: string) => ({
      term,
      docId: d.id,
      paragraph: 0,
      start: d.paragraphs[0]!.text.indexOf(term),
    });
    const terms = [
      at(news, '习近平新时代中国特色社会主义思想'),
      at(news, '新时代'),
      at(news, '中国特色社会主义'),
      at(other, '中国特色社会主义'),
      at(other, '新时代'),
    ];
    const qs = generateFromTerms(sourceOf([news, other], terms)).filter((q) => q.kind === '填空');
    const inNews = qs.filter((q) => q.docId === 'n').map((q) => q.blanks[0]!.text);
    expect(inNews).toEqual(['习近平新时代中国特色社会主义思想']);
    // Where each stands alone, it is asked as before.
    expect(qs.filter((q) => q.docId === 'o').length).toBe(2);
  });
});

describe('figure options', () => {
  it('never single the key out by its size (50150万吨 beside 5000万, 6500万 and 8000万吨)', () => {
    const d = sourceDoc('a', 2008, ['城镇新增就业1204万人。', '全国粮食连续四年增产，2007年产量达到50150万吨。']);
    const pool = ['5000', '6500', '8000', '4600'].map((v, i) =>
      sourceDoc(`q${i}`, 2000 + i, [`全年棉花油料等经济作物产量达到${v}万吨。`]),
    );
    const grain = generateFromNumbers(sourceOf([d, ...pool])).filter(
      (q) => q.docId === 'a' && q.blanks[0]?.text === '50150万',
    );
    expect(grain).toHaveLength(1);
    expect(grain[0]!.kind).toBe('填空');
  });

  it('stay a 单选 when the distractors are of the key’s size', () => {
    const d = sourceDoc('b', 2011, ['城镇新增就业1168万人。', '全国粮食连续七年增产，2010年产量达到54641万吨。']);
    const pool = ['50150', '52850', '57121', '60193'].map((v, i) =>
      sourceDoc(`r${i}`, 2000 + i, [`全年粮食总产量达到${v}万吨。`]),
    );
    const grain = generateFromNumbers(sourceOf([d, ...pool])).filter(
      (q) => q.docId === 'b' && q.blanks[0]?.text === '54641万',
    );
    expect(grain.map((q) => q.kind)).toEqual(['单选']);
  });
});
