// Round sites73d (rec71). A 会议记录's head lines (参加人员/列席人员/应到…实到/会议议题, with full-width or ASCII colons,
// labels spaced to one width) hold commas and end on a Han character, so line repair took them for a sentence cut at
// a line's end and ran the next sentence into them (stop 70's imported68 单选: `参加人员：…列席指导邓敏代表支委会…`).
// Each stays its own line, in .txt and Word alike; a head line wrapped at a printed page's measure still joins.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { joinBrokenLines } from '../../../electron/core/text/line-repair.js';
import { importOne } from './helpers.js';
import { body, heading, para, wordFile } from '../../fixtures/import/gen/word-xml.js';

const TEXT = [
  '邓敏代表支委会作对照检查，查摆了理论学习不够系统、“三会一课”质量不高等问题。',
  '党员逐一发言，开展批评和自我批评，达到了“团结—批评—团结”的目的。',
];

describe('a record head line stays its own line', () => {
  it.each([
    ['参加人员：支部党员11人，机关党委派员列席指导'],
    ['参加人员:支部党员11人，机关党委派员列席指导'],
    ['参 加 人 员：支部党员11人，机关党委派员列席指导'],
    ['参加人员 ：支部党员11人，机关党委派员列席指导'],
    ['列席人员：镇党委组织委员王琳，驻村第一书记陈刚'],
    ['缺席人员：组织委员唐杰，因病请假'],
    ['出席人员：镇党委委员许文、郑凯、林芳、高远，镇人大主席何平'],
    ['应到:23人，实到:21人，缺席2人'],
    ['应    到:17人，实到:16人'],
    ['应到党员12人，实到11人，请假1人'],
    ['会议议题：传达学习全国两会精神，研究部署一季度党建重点工作'],
    ['主　　题：学习贯彻全会精神，推动基层党建提质增效'],
  ])('%s', (head) => {
    expect(joinBrokenLines(['时间：2026年1月9日下午', head, ...TEXT])).toEqual([
      '时间：2026年1月9日下午',
      head,
      ...TEXT,
    ]);
  });

  it('is not run onto a line cut mid-sentence above it', () => {
    const cut = '会前，支部书记与每名党员开展谈心谈话，听取意见建议，认真撰写对照检查';
    expect(joinBrokenLines([cut, '参加人员：支部党员11人，机关党委派员列席指导'])).toHaveLength(2);
  });

  it('still joins where it wraps at a printed page measure', () => {
    const lines = [
      '支部书记代表支委会作对照检查，查摆了理论学习不够系统、党员',
      '教育管理不够严格等问题，并逐条提出了整改措施和时限要求。',
      '参加人员：支部委员许明、张丽华、王建军、李红梅、赵国庆，党员',
      '代表刘洋、陈晓、孙佳，市直机关工委组织部周平列席指导。',
      '党员逐一发言，开展批评和自我批评，大家见人见事见思想，提出',
      '批评意见二十余条，达到了红脸出汗、咬耳扯袖的效果和目的。',
    ];
    expect(joinBrokenLines(lines)).toHaveLength(3);
  });
});

describe('an imported record keeps its head lines apart', () => {
  const HEAD = ['时间：2026年1月9日下午', '地点：机关二楼会议室', '主持人：支部书记 邓敏'];
  const ATTEND = '参加人员：支部党员11人，机关党委派员列席指导';
  const paragraphs = async (name: string, bytes: Uint8Array | Buffer) =>
    (await importOne(name, bytes)).paragraphs.map((p) => p.text);

  it('in a .txt (UTF-8, and GBK with CRLF), its 记录人 no text however spaced', async () => {
    const lines = ['第二党支部2025年度组织生活会会议记录', '', ...HEAD, ATTEND, ...TEXT, '记 录 人：苏琳'];
    for (const bytes of [Buffer.from(lines.join('\n')), iconv.encode(lines.join('\r\n'), 'gbk')]) {
      const got = await paragraphs('记录.txt', bytes);
      expect(got).toContain(ATTEND);
      expect(got).toContain(TEXT[0]);
      expect(got.join('\n')).not.toContain('苏琳');
    }
  });

  it('in a Word file', async () => {
    const doc = wordFile({
      body: para('第二党支部2025年度组织生活会会议记录', heading) + body([...HEAD, ATTEND, ...TEXT]),
    });
    const got = await paragraphs('记录.docx', doc);
    expect(got).toContain(ATTEND);
    expect(got).toContain(TEXT[0]);
  });
});
