// Lines a copied or reposted article carries besides its text: the reporter with his outlet
// (`澎湃新闻记者 周某某`), the repost's note of where it came from (`（本文来自澎湃新闻，……APP）`) and the
// paper's print note (`《 人民日报 》（ 2023年06月12日 07 版）`), which gives the day and the paper.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../electron/core/content/clean.js';
import { chromeReason } from '../../../electron/core/content/formats/page-chrome.js';
import { processSource, type PipelineReport } from '../../../electron/core/content/pipeline.js';

const PROSE = [
  '走进南岭县城关镇的网格服务站，网格员正在整理当天收集的群众诉求。',
  '近年来，南岭县把全县划分为数百个网格，每个网格配备专职网格员，推动服务力量下沉一线。',
];

describe('a copied article’s credits and notes', () => {
  it('drops a reporter line with the outlet’s name and a repost note, in a page and in copied text', () => {
    for (const line of ['澎湃新闻记者 周某某', '新华社记者　王某　李某', '南岭日报记者 张某']) {
      expect(chromeReason(line)).toBe('记者署名');
      expect(cleanText([line, ...PROSE].join('\n')).lines).toEqual(PROSE);
    }
    const note = '（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）';
    expect(chromeReason(note)).toBe('转载声明');
    expect(cleanText([...PROSE, note].join('\n')).lines).toEqual(PROSE);
  });

  it('keeps sentences that open on a reporter, and an interview’s questions', () => {
    const line = '新华社记者日前走进南岭县，看到网格员正在整理当天收集的群众诉求。';
    expect(chromeReason(line)).toBeNull();
    expect(cleanText(line).lines).toEqual([line]);
    const ask = ['记者：请介绍一下全县网格化治理的基本情况', '答：全县共划分网格三百余个，每个网格配备专职网格员。'];
    expect(cleanText(ask.join('\n')).lines).toEqual(ask);
  });

  it('drops the reporter line under a copied title', () => {
    const report: PipelineReport = { removed: [], skipped: [], chars: 0 };
    const text = ['小网格撬动大治理', '澎湃新闻记者 周某某', ...PROSE].join('\n');
    const doc = processSource(
      { origin: 'a.txt', text, kind: 'plain', hints: {} },
      {},
      { deferKnowledge: true },
      report,
    )[0]!;
    expect(doc.title).toBe('小网格撬动大治理');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(PROSE);
    expect(doc.speakers).toEqual([]);
  });

  it('reads the paper and the day from a print note naming the paper', () => {
    const r = cleanText([...PROSE, '《 人民日报 》（ 2023年06月12日 07 版）'].join('\n'));
    expect(r.lines).toEqual(PROSE);
    expect(r.hints).toEqual({ date: '2023-06-12', source: '人民日报' });
  });
});
