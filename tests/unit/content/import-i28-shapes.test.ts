// Round i28 shapes (tests/fixtures/import/real/i28-*): a WeChat save whose only time is `var oriCreateTime`; a
// 决议's title set over two lines under the session that adopts it; a PDF that runs the 份号, 密级 and 紧急程度
// lines above the 红头 into one.
import { describe, expect, it } from 'vitest';
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
      ['000126秘密★1年特急', '云州市人民政府文件', '云政发〔2024〕8号', '云州市人民政府关于做好某项工作的通知', '现通知如下。'],
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
