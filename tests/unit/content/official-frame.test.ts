// The 公文 frame (GB/T 9704): 版头 and 版记 leave the body; the title, issuer and 落款 date are the
// document's own.
import { describe, expect, it } from 'vitest';
import { stripOfficialFrame } from '../../../electron/core/content/official-frame.js';
import { processSource, type PipelineReport } from '../../../electron/core/content/pipeline.js';
import type { CleanReport } from '../../../electron/core/content/types.js';

const BODY = [
  '各乡镇党委，县直各单位党组（党委）：',
  '为深入学习贯彻党的二十大精神，进一步加强基层党组织建设，经县委同意，现就有关工作通知如下。',
  '一、提高思想认识',
  '各级党组织要充分认识加强基层党建工作的重要意义，切实增强责任感和紧迫感。',
];

function importLines(lines: string[]) {
  const report: PipelineReport = { removed: [], skipped: [], chars: 0 };
  const src = { origin: 'a.docx', text: lines.join('\n'), kind: 'blocks' as const, hints: {} };
  return { doc: processSource(src, {}, { deferKnowledge: true }, report)[0]!, report };
}

describe('official document frame', () => {
  it('drops the 版头 and 版记, keeps the title, issuer and 落款 date', () => {
    const { doc, report } = importLines([
      '000123',
      '中 共 某 某 县 委 员 会 文 件',
      '县发〔2024〕12号',
      '中共某某县委员会关于进一步加强基层党组织建设的通知',
      ...BODY,
      '中共某某县委员会',
      '2024年4月8日',
      '（此件发至村党组织）',
      '抄送：市委组织部。',
      '中共某某县委办公室　　2024年4月10日印发',
    ]);
    expect(doc.title).toBe('中共某某县委员会关于进一步加强基层党组织建设的通知');
    expect(doc.date).toBe('2024-04-08');
    expect(doc.source).toBe('中共某某县委员会');
    expect(doc.type).toBe('文件');
    const body = doc.paragraphs.map((p) => p.text).join('\n');
    for (const gone of ['县发〔2024〕12号', '抄送', '印发', '000123']) expect(body).not.toContain(gone);
    expect(body).toContain('中共某某县委员会\n2024年4月8日');
    expect(report.removed.map((r) => r.reason)).toContain('公文版头');
  });

  it('joins a title set in two paragraphs', () => {
    const { doc } = importLines([
      '县政办发〔2024〕7号　　签发人：赵立新',
      '某某县人民政府办公室',
      '关于做好2024年度安全生产工作的意见',
      ...BODY,
    ]);
    expect(doc.title).toBe('某某县人民政府办公室关于做好2024年度安全生产工作的意见');
  });

  it('leaves a headline that only ends in 文件 alone', () => {
    const lines = ['认真学习中央文件', '本报讯 全县各级党组织近日认真学习中央文件精神，结合实际抓好贯彻落实。'];
    const report: CleanReport = { removed: [] };
    expect(stripOfficialFrame(lines, report).lines).toEqual(lines);
    expect(report.removed).toEqual([]);
  });

  it('keeps a subtitle line apart from the main title', () => {
    const { doc } = importLines(['坚定信心 真抓实干', '——在全县经济工作会议上的讲话', '同志们：', ...BODY.slice(1)]);
    expect(doc.title).toBe('坚定信心 真抓实干');
  });
});
