// Causes found by judging a second draw of questions from documents a user imports
// (tests/eval/knowledge/questions-imported2.json): a county speech's copy of the national
// report's figures asked as the speech's (and dated to its year); a notice's head count; clauses
// that point back (该项目, 上述) or say 今年 in an undated speech; 判断 statements whose changed value
// is the key rounded (增长7% for 7.4%) or refutes itself (现行8.4%的税率降至9%); one figure asked
// twice; a blank on a modal verb phrase (一时____的); a 党章 sentence asked as a county speech's.
// The texts are written for these tests in the shapes of local documents.
import { describe, expect, it } from 'vitest';
import { generateFromNumbers } from '../../../electron/core/quiz/generate-numbers.js';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { keyBlanks } from '../../../electron/core/quiz/key-blanks.js';
import type { QuestionDraft, QuizSource, SourceDoc } from '../../../electron/core/quiz/types.js';
import { sourceDoc } from './source-doc.js';

const sourceOf = (docs: SourceDoc[]): QuizSource => ({
  docs: new Map(docs.map((d) => [d.id, d])),
  quotes: [],
  terms: [],
});

const local = (id: string, year: number | null, texts: string[], over: Partial<SourceDoc> = {}) =>
  sourceDoc(id, year ?? 0, texts, {
    type: '讲话',
    source: null,
    title: `在全县经济工作会议上的讲话${id}`,
    year,
    speakers: ['王建国'],
    ...over,
  });

const blanked = (qs: QuestionDraft[]) => qs.flatMap((q) => q.blanks.map((b) => b.text));

describe('figures of an imported document', () => {
  it('are not the library report’s figures the import repeats', () => {
    const report = sourceDoc('b:r2025', 2025, ['赤字率拟按4%左右安排，赤字规模5.66万亿元、比上年增加1.6万亿元。']);
    const speech = local('u:s', 2024, [
      '赤字率拟按4%左右安排，赤字规模5.66万亿元、比上年增加1.6万亿元。',
      '全县新增市场主体2300户，同比增长12.5%。',
    ]);
    const qs = generateFromNumbers(sourceOf([report, speech])).filter((q) => q.docId === 'u:s');
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.fact).not.toContain('赤字');
    // The report itself is still asked.
    expect(generateFromNumbers(sourceOf([report, speech])).some((q) => q.docId === 'b:r2025')).toBe(true);
  });

  it('are not a notice’s arrangements (how many attend, whom to call)', () => {
    const notice = local(
      'u:n',
      2025,
      [
        '三、参会人员',
        '各乡镇党委书记、组织委员，县直各单位分管党建工作负责人，共计约120人。',
        '四、有关要求',
        '请各单位于5月15日前报送参会人员名单，每个单位限报12人。',
        '五、工作目标',
        '全县387个基层党组织全部完成标准化规范化建设。',
      ],
      { type: '通知', title: '关于召开全县基层党建工作推进会的通知', speakers: [] },
    );
    notice.paragraphs[0]!.kind = 'h';
    const qs = generateFromNumbers(sourceOf([notice])).filter((q) => q.docId === 'u:n');
    expect(blanked(qs)).toEqual(['387']);
  });

  it('are not in clauses that point back or say 今年 with no year to place it', () => {
    const texts = [
      '该项目总投资12亿元，建成后年产值可达30亿元。',
      '上述三个园区全年税收收入达到4.6亿元。',
      '今年一季度全县地区生产总值增长6.8%。',
    ];
    const undated = generateFromNumbers(sourceOf([local('u:x', null, texts)]));
    expect(undated).toEqual([]);
    // With the speech's year, 今年 is placed: that figure is asked.
    const dated = generateFromNumbers(sourceOf([local('u:y', 2024, texts)]));
    expect(blanked(dated)).toEqual(['6.8']);
  });

  it('ask one figure once, though a clause taken along by the next shows it again', () => {
    const d = local('u:c', 2025, [
      '要持续推进抓党建促乡村振兴，深化“红色领航”工程，2025年全县村级集体经济收入全部达到15万元以上，其中50万元以上的村达到40个。',
    ]);
    const qs = generateFromNumbers(sourceOf([d]));
    expect(blanked(qs).filter((b) => b === '15万')).toHaveLength(1);
  });
});

describe('判断 on a figure', () => {
  /** Drafts of documents holding `fact` as their third figure (the slot a 判断 had until round
   * outside18) or, every other document, as their second (a 单选). */
  const judged = (fact: string, pool: string[]) => {
    const docs = Array.from({ length: 20 }, (_, i) =>
      local(
        `u:j${i}`,
        2024,
        i % 2
          ? ['全县粮食总产量达到41万吨。', fact]
          : ['全县粮食总产量达到41万吨。', '全县新建高标准农田1.5万亩。', fact],
        { title: `在全县经济工作会议上的讲话${i}` },
      ),
    );
    const others = pool.map((t, i) => sourceDoc(`b:p${i}`, 2020 + i, [t]));
    return generateFromNumbers(sourceOf([...docs, ...others])).filter(
      (q) => q.docId?.startsWith('u:j') && q.fact === fact,
    );
  };

  // Round outside18: no figure is asked as a 判断 any more (a rounded key or a refuted value can no longer be shown);
  // the third figure's slot is left unasked, the second still a 单选 whose options the clause does not refute.
  it('asks no 判断 of a figure, third or otherwise', () => {
    const qs = judged('农村居民人均可支配收入同比增长7.4%。', [
      '居民收入增长7%。',
      '工业增加值增长8%。',
      '粮食产量增长9.5%。',
      '进出口总额增长5.5%。',
    ]);
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.kind === '判断')).toEqual([]);
  });

  it('offers no option the clause’s other figure refutes (现行____%的税率降至9%: none of 9 or below)', () => {
    const qs = judged('将交通运输业、建筑业等行业现行10%的税率降至9%。', [
      '小规模纳税人征收率降至8.4%。',
      '部分行业税率降至8%。',
      '增值税税率降至11%。',
      '企业所得税优惠税率为12%。',
    ]);
    const asked = qs.filter((q) => q.kind !== '填空');
    expect(asked.some((q) => q.kind === '单选')).toBe(true);
    expect(asked.filter((q) => q.kind === '判断')).toEqual([]);
    for (const q of asked) for (const o of q.options) expect(Number(o)).toBeGreaterThan(9);
  });
});

describe('金句 and blanks of an imported speech', () => {
  it('do not ask who said a 党章 sentence, nor which speech it comes from', () => {
    const text = '基层党组织是党在社会基层组织中的战斗堡垒，是党的全部工作和战斗力的基础。';
    const speeches = ['u:a', 'u:b', 'u:c', 'u:d'].map((id, i) =>
      local(id, 2025, [text.replace('基层', i ? `第${i}` : '基层')], {
        title: `在全县党建工作会议上的讲话${id}`,
        speakers: [['周明辉', '李红', '赵强', '孙伟'][i]!],
      }),
    );
    const src: QuizSource = {
      ...sourceOf(speeches),
      quotes: [
        {
          id: 'q',
          docId: 'u:a',
          paragraph: 0,
          start: 0,
          end: text.length,
          text,
          speaker: '周明辉',
          occasion: null,
          date: null,
        },
      ],
    };
    const qs = generateFromQuotes(src);
    expect(qs.some((q) => q.kind === '填空')).toBe(true);
    expect(qs.filter((q) => /谁说的|出自哪篇/.test(q.stem))).toEqual([]);
    expect(qs.find((q) => q.kind === '填空')!.stem).toContain('中国共产党章程');
  });

  it('do not fall on a modal or dummy verb phrase (一时____的, 逐步____)', () => {
    const words = blanked([
      {
        blanks: keyBlanks('一时难以解决的，要努力创造条件逐步加以解决。', 1, undefined, false, true),
      } as QuestionDraft,
    ]);
    for (const w of words) expect(w).not.toMatch(/^(难以|加以)/);
  });
});
