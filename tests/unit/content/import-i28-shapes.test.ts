// Round i28 shapes (tests/fixtures/import/real/i28-*): a WeChat save whose only time is `var oriCreateTime`; a
// 决议's title set over two lines under the session that adopts it; a PDF that runs the 份号, 密级 and 紧急程度
// lines above the 红头 into one; a 决议 whose adoption note follows the text; a 来源 at a text's end under a
// `发布者：` office; `来源：政府工作报告` (a document, no publisher).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanSource } from '../../../electron/core/content/formats/html-source.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { scriptTime } from '../../../electron/core/content/formats/html-script-vars.js';
import { stripOfficialFrame } from '../../../electron/core/content/official-frame.js';
import { brokenTitle } from '../../../electron/core/content/title-join.js';

describe('the time a WeChat save keeps in its scripts', () => {
  it('reads `var oriCreateTime` when no other time variable is there', () => {
    const html = `<em id="publish_time"></em><script nonce="1">var oriCreateTime = '1709683200';</script>`;
    expect(scriptTime(html)).toBe('1709683200');
  });
  it('prefers `var ct` to `oriCreateTime`', () => {
    const html = `<script>var oriCreateTime = '1709683200';\nvar ct = "1709769600";</script>`;
    expect(scriptTime(html)).toBe('1709769600');
  });
});

const headline = (l: string | undefined) => l !== undefined && !/[。！？：]$/.test(l);

describe('a title over the session that adopts it', () => {
  it('joins `第十四届全国人民代表大会第二次会议` and `关于政府工作报告的决议`', () => {
    const lines = [
      '第十四届全国人民代表大会第二次会议',
      '关于政府工作报告的决议',
      '（2024年3月11日第十四届全国人民代表大会第二次会议通过）',
      '会议号召，全国各族人民更加紧密地团结在一起。',
    ];
    expect(brokenTitle(lines, headline)).toBe('第十四届全国人民代表大会第二次会议关于政府工作报告的决议');
  });
  it('leaves a meeting headline over a news line apart', () => {
    const lines = ['全县第三次党代会第二次会议', '大会选举产生新一届县委委员', '会议由县委书记主持。'];
    expect(brokenTitle(lines, headline)).toBeNull();
  });
});

describe('份号, 密级 and 紧急程度 run into one line', () => {
  it('strips `000126秘密★1年特急` with the 红头 and the 文号', () => {
    const report = { removed: [] as { reason: string; text: string }[] };
    const frame = stripOfficialFrame(
      [
        '000126秘密★1年特急',
        '云州市人民政府文件',
        '云政发〔2024〕8号',
        '云州市人民政府关于做好某项工作的通知',
        '现通知如下。',
      ],
      report,
    );
    expect(frame.lines[0]).toBe('云州市人民政府关于做好某项工作的通知');
    expect(frame.issuer).toBe('云州市人民政府');
  });
  it('keeps a six-digit line followed by text', () => {
    const frame = stripOfficialFrame(['000126号文件', '云政发〔2024〕8号', '正文。'], { removed: [] });
    expect(frame.lines[0]).toBe('000126号文件');
  });
});

describe('a 决议 whose adoption note follows the text', () => {
  it('is dated by the note, as by a 落款', async () => {
    const text = [
      '第十三届全国人民代表大会第五次会议关于政府工作报告的决议',
      '第十三届全国人民代表大会第五次会议听取和审议了国务院总理所作的政府工作报告。会议决定批准这个报告。',
      '会议号召，全国各族人民更加紧密地团结起来，为全面建设社会主义现代化国家而不懈奋斗。',
      '（2022年3月11日第十三届全国人民代表大会第五次会议通过）',
    ].join('\n');
    const res = await importBytes('决议.txt', Buffer.from(text, 'utf8'));
    expect(res.documents[0]?.date).toBe('2022-03-11');
  });
});

const fixture = (name: string) =>
  fs.readFileSync(fileURLToPath(new URL(`../../fixtures/import/real/${name}`, import.meta.url)));

describe("a 来源 at the text's end under a `发布者：` office", () => {
  it('names the source where the text came from', async () => {
    const res = await importBytes('a.html', fixture('i28-university-party-source-end.html'));
    expect(res.documents[0]?.source).toBe('人民网');
  });
  it('leaves the office the source when the text names none', async () => {
    const html = fixture('i28-university-party-source-end.html')
      .toString('utf8')
      .replace('<p style="text-align:right">文章来源：人民网</p>', '');
    const res = await importBytes('a.html', Buffer.from(html, 'utf8'));
    expect(res.documents[0]?.source).toBe('党委宣传部');
  });
});

describe('a 来源 that names a document', () => {
  it('is no publisher', () => {
    expect(cleanSource('来源：政府工作报告')).toBeNull();
    expect(cleanSource('《关于加强基层治理的意见》')).toBeNull();
  });
  it('leaves papers and sites', () => {
    expect(cleanSource('来源：人民日报')).toBe('人民日报');
    expect(cleanSource('来源：中国纪检监察报')).toBe('中国纪检监察报');
  });
});
