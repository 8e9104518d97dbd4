// Office files of other frames: a 函 whose 版头 is the organ's name alone, a joint 红头 (organs
// stacked beside one 文件), a 纪要's or 简报's issue header (name, 期号, compiling office and day) and
// a 简报's 报/送/发 lines.
import { describe, expect, it } from 'vitest';
import { isFrameHead } from '../../../electron/core/content/official-frame.js';
import { processSource, type PipelineReport } from '../../../electron/core/content/pipeline.js';

function importLines(lines: string[], title?: string) {
  const report: PipelineReport = { removed: [], skipped: [], chars: 0 };
  const src = { origin: 'a.docx', text: lines.join('\n'), kind: 'blocks' as const, hints: title ? { title } : {} };
  const doc = processSource(src, {}, { deferKnowledge: true }, report)[0]!;
  return { doc, body: doc.paragraphs.map((p) => p.text).join('\n') };
}

const LETTER = [
  '市农业农村局：',
  '为加快推进乡村振兴示范带建设，我县谋划了一批重点项目，现就有关事项函商如下。',
  '一是恳请在项目资金安排上给予倾斜支持，帮助解决示范带基础设施建设资金缺口。',
  '特此函商，盼复。',
];
const REPORT = [
  '6月7日，全县作风建设大会召开。县委书记吴晓东出席并讲话，县委副书记、县长周立新主持会议。',
  '吴晓东强调，要坚决反对形式主义、官僚主义，切实为基层减负，让干部把更多精力放到抓落实上。',
];

describe('the 版头 of a 函 and of a joint document', () => {
  it('takes a 函’s organ name over its number as the issuer, not the title', () => {
    const { doc, body } = importLines([
      '南岭县人民政府办公室',
      '南政办函〔2023〕21号',
      '南岭县人民政府办公室关于商请支持南岭县乡村振兴示范带建设的函',
      ...LETTER,
      '南岭县人民政府办公室',
      '2023年6月20日',
      '（联系人：李某，联系电话：0000-1234567）',
    ]);
    expect(doc.title).toBe('南岭县人民政府办公室关于商请支持南岭县乡村振兴示范带建设的函');
    expect(doc.source).toBe('南岭县人民政府办公室');
    expect(doc.date).toBe('2023-06-20');
    expect(doc.type).toBe('文件');
    expect(body).not.toContain('南政办函');
    expect(body).not.toContain('联系人');
  });

  it('names every organ of a joint mark', () => {
    const { doc } = importLines([
      '南岭县财政局',
      '南岭县人力资源和社会保障局\t文件',
      '南财社〔2023〕15号',
      '南岭县财政局　南岭县人力资源和社会保障局关于做好2023年就业补助资金管理工作的通知',
      '各乡镇人民政府，县直各有关单位：',
      '为规范就业补助资金管理，提高资金使用效益，根据有关规定，现就有关工作通知如下。',
      '南岭县财政局　　南岭县人力资源和社会保障局',
      '2023年6月15日',
    ]);
    expect(doc.source).toBe('南岭县财政局、南岭县人力资源和社会保障局');
    expect(doc.title).toBe('南岭县财政局 南岭县人力资源和社会保障局关于做好2023年就业补助资金管理工作的通知');
  });

  it('reads an organ name as a mark only over 文件 or a number', () => {
    expect(isFrameHead(['南岭县人民政府办公室', '南政办函〔2023〕21号'], 0)).toBe(true);
    expect(isFrameHead(['南岭县财政局', '南岭县人力资源和社会保障局', '文件'], 0)).toBe(true);
    expect(isFrameHead(['南岭县人民政府办公室', '关于做好防汛工作的通知'], 0)).toBe(false);
  });
});

describe('the issue header of a 简报 or 纪要', () => {
  it('gives a 简报 item its office and day; the name, 期号 and 报/送/发 lines leave', () => {
    const { doc, body } = importLines([
      '南岭工作动态',
      '第15期',
      '中共南岭县委办公室编　　　　2023年6月8日',
      '全县作风建设大会召开',
      ...REPORT,
      '报：市委办公室。',
      '送：县委常委，县人大常委会、县政府、县政协党组。',
      '发：各乡镇党委，县直各单位。',
      '（共印60份）',
    ]);
    expect(doc.title).toBe('全县作风建设大会召开');
    expect(doc.date).toBe('2023-06-08');
    expect(doc.source).toBe('中共南岭县委办公室');
    expect(doc.speakers).toEqual([{ name: '吴晓东', role: '县委书记' }]);
    for (const gone of ['南岭工作动态', '第15期', '报：', '送：', '发：', '共印']) expect(body).not.toContain(gone);
  });

  it('keeps a 纪要’s name as its title when its text follows at once', () => {
    const { doc, body } = importLines([
      '南岭县人民政府常务会议纪要',
      '〔2023〕第9期',
      '南岭县人民政府办公室　　　　2023年6月16日',
      '6月15日，县长周立新主持召开县政府第9次常务会议，研究部署近期重点工作。现纪要如下：',
      '会议强调，各地各部门要严格落实防汛责任，加强隐患排查，确保安全度汛。',
      '出席：周立新　张某某　赵某某',
      '分送：县委常委，县人大常委会、县政协主要领导。',
      '南岭县人民政府办公室　　　　2023年6月16日印发',
    ]);
    expect(doc.title).toBe('南岭县人民政府常务会议纪要');
    expect(doc.date).toBe('2023-06-16');
    expect(doc.source).toBe('南岭县人民政府办公室');
    expect(doc.speakers).toEqual([]);
    expect(body).not.toContain('第9期');
    expect(body).toContain('出席：周立新');
  });

  it('keeps a 纪要’s name as its title when its meeting fields follow (时间, 地点, 主持)', () => {
    const { doc, body } = importLines([
      '市发改委党组会议纪要',
      '〔2025〕第5号',
      '时间：2025年3月21日',
      '地点：委机关五楼会议室',
      '主持：党组书记、主任  秦海',
      '记录：韩雪',
      '会议学习了2025年《政府工作报告》关于碳达峰碳中和的部署，研究了本委贯彻落实的具体措施。',
      '会议议定：由能源科牵头，4月底前提出全市碳达峰试点申报方案。',
    ]);
    expect(doc.title).toBe('市发改委党组会议纪要');
    expect(doc.date).toBe('2025-03-21');
    expect(body).not.toContain('〔2025〕第5号');
    expect(body).toContain('会议议定');
  });

  it('drops the name when the file’s markup gave the title', () => {
    const { body } = importLines(['南岭工作动态', '第15期', ...REPORT], '全县作风建设大会召开');
    expect(body).not.toContain('南岭工作动态');
  });

  it('leaves a headline that only ends like a bulletin', () => {
    const { doc } = importLines(['全县政务信息', ...REPORT]);
    expect(doc.title).toBe('全县政务信息');
    expect(doc.source).toBeNull();
  });
});
