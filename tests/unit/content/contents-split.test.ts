// A 汇编 (cover, 目录, then its pieces) is split at the lines its 目录 lists, found again in order;
// the cover and the 目录 are no document, and each piece's date and source come from its own head.
// Without a 目录, or with an entry that is not found again, the file stays one document.
import { describe, expect, test } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { contentsArticles } from '../../../electron/core/content/contents-split.js';
import { splitArticles } from '../../../electron/core/content/split.js';
import { docxBytes } from '../../fixtures/import/gen/docx.js';

const COVER = ['学习资料汇编', '（内部学习资料　注意保存）', '中共临川县委办公室', '2024年3月'];
const prose = (what: string) => [
  `这次${what}的主要任务是，总结前一阶段工作，分析当前形势，部署下一步任务。`,
  `各级各部门要提高政治站位，把${what}精神落到实处，确保各项任务取得实效。`,
];
const SPEECH = ['在全县经济工作会议上的讲话', '（2024年1月8日）', '县委书记　李明远', ...prose('经济工作会议')];
const SECOND = ['在全县组织工作会议上的讲话', '县长　赵立群', '（2024年2月20日）', ...prose('组织工作会议')];
const NOTICE = ['关于进一步加强基层党组织建设的通知', ...prose('基层党建工作部署')];
const COMMENT = ['以实干担当书写新时代答卷', '（来源：求是网）', ...prose('评论员文章所讲')];
const TITLES = [SPEECH, SECOND, NOTICE, COMMENT].map((p) => p[0]!);

const txt = (lines: string[]) => new TextEncoder().encode(lines.join('\n\n'));
const facts = async (name: string, bytes: Uint8Array) =>
  (await importBytes(name, bytes)).documents.map((d) => ({
    title: d.title,
    date: d.date,
    source: d.source,
    speakers: d.speakers.map((s) => s.name),
  }));

const EXPECTED = [
  { title: TITLES[0], date: '2024-01-08', source: null, speakers: ['李明远'] },
  { title: TITLES[1], date: '2024-02-20', source: null, speakers: ['赵立群'] },
  { title: TITLES[2], date: null, source: null, speakers: [] },
  { title: TITLES[3], date: null, source: '求是网', speakers: [] },
];

describe('a 汇编 split at its 目录', () => {
  test('a numbered 目录: four pieces, the cover and the 目录 in none', () => {
    const lines = [...COVER, '目　录', ...TITLES.map((t, i) => `${'一二三四'[i]}、${t}`), ...SPEECH, ...SECOND];
    const all = [...lines, ...NOTICE, ...COMMENT];
    const report = { removed: [] as { reason: string; text: string }[] };
    const pieces = splitArticles(all, report as never);
    expect(pieces.map((p) => p.lines[0])).toEqual(TITLES);
    expect(pieces.flatMap((p) => p.lines)).not.toContain('中共临川县委办公室');
    expect(report.removed.some((r) => r.reason === '封面和目录' && r.text.includes('学习资料汇编'))).toBe(true);
  });

  test('a txt 汇编 with dot leaders and page numbers: titles, dates, speakers and sources per piece', async () => {
    const contents = TITLES.map((t, i) => `${t}${'…'.repeat(20 - t.length)}${1 + 4 * i}`);
    const bytes = txt([...COVER, '目录', ...contents, ...SPEECH, ...SECOND, ...NOTICE, ...COMMENT]);
    expect(await facts('汇编.txt', bytes)).toEqual(EXPECTED);
  });

  test('a Word 汇编 whose 目录 the reader takes out: the same four pieces, none dated by another', async () => {
    const bytes = await docxBytes([
      { t: 'title', text: COVER[0]! },
      ...COVER.slice(1).map((text) => ({ t: 'center' as const, text })),
      { t: 'center', text: '目　录' },
      ...TITLES.map((t, i) => ({ t: 'p' as const, text: `${t}……………………${1 + 4 * i}` })),
      ...[SPEECH, SECOND, NOTICE, COMMENT].flatMap((p) => [
        { t: 'h1' as const, text: p[0]! },
        ...p.slice(1).map((text) => ({ t: 'p' as const, text })),
      ]),
    ]);
    expect(await facts('汇编.docx', bytes)).toEqual(EXPECTED);
  });

  test('entries and titles folded: traditional script, spaces, a （节选） on one side only', async () => {
    const lines = [
      ...COVER,
      '目 录',
      '在全縣經濟工作會議上的講話　　1',
      '在全县组织工作会议上的讲话（节选）　　6',
      ...SPEECH,
      '在全县组织工作会议上的 讲话',
      ...SECOND.slice(1),
    ];
    const docs = await facts('汇编.txt', txt(lines));
    expect(docs.map((d) => [d.title, d.date])).toEqual([
      [TITLES[0], '2024-01-08'],
      ['在全县组织工作会议上的 讲话', '2024-02-20'],
    ]);
  });

  test('entries with the speaker after the leaders, or the page in brackets', async () => {
    const contents = [`${TITLES[0]}……李明远……1`, `${TITLES[1]}　　（6）`, `${TITLES[2]}　（9）`];
    const lines = [...COVER, '目录', ...contents, ...SPEECH, ...SECOND, ...NOTICE];
    const docs = await facts('汇编.txt', txt(lines));
    expect(docs.map((d) => d.title)).toEqual(TITLES.slice(0, 3));
  });

  test('a long title set in two lines under its one-line entry is one title', async () => {
    const long = '坚持以习近平新时代中国特色社会主义思想为指导奋力谱写县域高质量发展新篇章';
    const lines = [...COVER, '目录', `${long}……1`, `${TITLES[2]}……9`];
    lines.push(long.slice(0, 22), long.slice(22), '（2024年4月2日）', ...prose('学习'), ...NOTICE);
    const docs = await facts('汇编.txt', txt(lines));
    expect(docs.map((d) => [d.title, d.date])).toEqual([
      [long, '2024-04-02'],
      [TITLES[2], null],
    ]);
  });

  test('a journal line under a title is its source, not its date', async () => {
    const lines = [...COVER, '目录', TITLES[0]!, '坚定信心勇毅前行', ...SPEECH];
    lines.push('坚定信心勇毅前行', '《求是》2024年第5期', ...prose('评论'));
    const docs = await facts('汇编.txt', txt(lines));
    expect(docs.map((d) => [d.title, d.date, d.source])).toEqual([
      [TITLES[0], '2024-01-08', null],
      ['坚定信心勇毅前行', null, '求是'],
    ]);
  });

  test('a 来源 line of one piece is not credited to the others', async () => {
    const lines = [
      ...COVER,
      '目录',
      TITLES[0]!,
      TITLES[2]!,
      ...SPEECH,
      NOTICE[0]!,
      '来源：县委组织部',
      ...prose('部署'),
    ];
    const docs = await facts('汇编.txt', txt(lines));
    expect(docs).toHaveLength(2);
    expect(docs[0]!.source).toBeNull();
  });
});

describe('files that stay one document', () => {
  test('titles named in prose and on lines of their own, with no 目录', async () => {
    const lines = [...SPEECH, '会后请各单位对照学习以下两篇材料：', TITLES[2]!, TITLES[3]!, ...prose('学习')];
    expect(await facts('讲话.txt', txt(lines))).toHaveLength(1);
  });

  test('a 目录 entry not found again: no split at the entries that were', async () => {
    const lines = [...COVER, '目　录', ...TITLES.map((t, i) => `${'一二三四'[i]}、${t}`)];
    lines.push(...SPEECH, ...SECOND, ...COMMENT); // the 通知 was left out of the file
    const docs = await facts('汇编.txt', txt(lines));
    expect(docs.map((d) => d.title)).toEqual(['学习资料汇编']);
  });

  test('a 目录 the reader cut short: the entries left in the text forbid the split', () => {
    // The reader took out the first two entries; the last two stayed in the text above the pieces.
    const lines = [...COVER, TITLES[2]!, TITLES[3]!, ...SPEECH, ...SECOND, ...NOTICE, ...COMMENT];
    expect(contentsArticles(lines, TITLES.slice(0, 2))).toBeNull();
    expect(contentsArticles(lines.slice(0, 4).concat(lines.slice(6)), TITLES)?.articles).toHaveLength(4);
  });

  test('a report with its opening text before the sections its 目录 lists is not cut into them', async () => {
    const sections = ['坚持稳中求进的工作总基调', '扎实推进各项重点任务落实', '切实加强组织保障和督促检查'];
    const lines = ['临川县二〇二四年度重点工作实施方案', '目　录', ...sections];
    lines.push('为贯彻落实县委全会精神，确保全年目标任务顺利完成，结合我县实际，制定本方案。');
    for (const c of sections) lines.push(c, ...prose(c));
    expect(await facts('方案.txt', txt(lines))).toHaveLength(1);
  });

  test('a report whose own 目录 lists its numbered chapters is not cut into them', async () => {
    const chapters = ['第一章　发展基础', '第二章　总体要求', '第三章　重点任务'];
    const lines = ['临川县国民经济和社会发展第十四个五年规划纲要', '目　录', ...chapters];
    for (const c of chapters) lines.push(c, ...prose(c.slice(4)));
    expect(await facts('规划.txt', txt(lines))).toHaveLength(1);
  });
});
