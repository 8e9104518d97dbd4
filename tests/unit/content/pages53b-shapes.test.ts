// Round sites53b: a page tool bar (`【字号 大 中 小】【打印】【关闭】`) in the headline's block; a 专题
// <title> over a headline set in a div; a WPS 红头 whose mark is in the page header; a joint 红头's
// organs run together by a PDF's text layer (parted only into known organs, else left empty); a
// reposted WeChat article printed to PDF (its byline without 原创).
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { jointOrgans } from '../../../electron/core/content/joint-organs.js';
import { stripOfficialFrame } from '../../../electron/core/content/official-frame.js';
import { wechatByline } from '../../../electron/core/content/wechat-byline.js';
import { withoutTools } from '../../../electron/core/content/formats/page-tools.js';
import { word97 } from '../../fixtures/import/gen/word97.js';

const enc = (s: string) => new TextEncoder().encode(s);
const TEXT = [
  '坚持以人民为中心的发展思想，把人民对美好生活的向往作为奋斗目标，扎实办好民生实事。',
  '各级党组织要把学习成果转化为推动发展的实际成效，扎实做好各项工作，确保取得实效。',
];
const ps = TEXT.map((t) => `<p>${t}</p>`).join('');
const page = (head: string, body: string) =>
  enc(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);

async function imported(name: string, bytes: Uint8Array) {
  const d = (await importBytes(name, bytes)).documents[0]!;
  return { title: d.title, date: d.date, source: d.source, text: d.paragraphs.map((x) => x.text).join('\n') };
}

describe('page tools in a headline block', () => {
  it('strips a tool bar from a title candidate, and only a tool bar', () => {
    expect(withoutTools('坚持和完善党和国家监督体系 【字号 大 中 小】【打印】【关闭】')).toBe(
      '坚持和完善党和国家监督体系',
    );
    expect(withoutTools('深入推进简政放权 [字体：大 中 小] [打印本页] [关闭窗口]')).toBe('深入推进简政放权');
    expect(withoutTools('学习《条例》【专题】')).toBe('学习《条例》【专题】');
  });

  it('finds the headline of a site-name <title> page whose block holds the tools', async () => {
    const got = await imported(
      'a.html',
      page(
        '<title>某某党建网</title>',
        `<div class="title_box"><h2>着力扩大国内需求</h2><p>2021年03月09日 16:02　来源：某某党建网</p>` +
          `<span>[字体：<a>大</a> <a>中</a> <a>小</a>] [<a>打印本页</a>] [<a>关闭窗口</a>]</span></div><div>${ps}</div>`,
      ),
    );
    expect(got.title).toBe('着力扩大国内需求');
    expect(got.date).toBe('2021-03-09');
  });
});

describe('a 专题 <title> over a headline in a div', () => {
  it('takes the title block over the info line, not the 专题 line', async () => {
    const got = await imported(
      'b.html',
      page(
        '<title>学习贯彻党的二十大精神专题_某某新闻网</title><meta property="og:title" content="学习贯彻党的二十大精神专题">',
        `<div class="art_title">牢记使命 团结奋斗</div><div class="art_info">2022-10-28 08:40　来源：某某日报</div><div>${ps}</div>`,
      ),
    );
    expect(got.title).toBe('牢记使命 团结奋斗');
    expect(got.source).toBe('某某日报');
  });
});

describe('a WPS 红头 with its mark in the page header', () => {
  const paras = ['临宣发〔2017〕9号', '关于深入开展理论宣讲的通知', ...TEXT, '中共临澄县委宣传部', '2017年3月20日'];
  it('takes the organ the header mark names when the body opens on the 发文字号', async () => {
    const got = await imported('a.doc', word97({ wps: true, header: '中共临澄县委宣传部文件', paras }));
    expect(got.source).toBe('中共临澄县委宣传部');
    expect(got.text).not.toContain('临宣发');
  });
  it('takes no organ from a header when no 发文字号 opens the body', async () => {
    const got = await imported('b.doc', word97({ wps: true, header: '中共临澄县委宣传部文件', paras: paras.slice(1) }));
    expect(got.source).toBeNull();
  });
});

describe('a joint 红头 run together', () => {
  it('parts it where each part is a known organ', () => {
    expect(jointOrgans('中共临澄县委临澄县人民政府')).toBe('中共临澄县委 临澄县人民政府');
    expect(jointOrgans('中共临澄县委办公室临澄县人民政府办公室')).toBe('中共临澄县委办公室 临澄县人民政府办公室');
    expect(jointOrgans('中共临澄县委宣传部')).toBe('中共临澄县委宣传部');
  });
  it('leaves the issuer empty when a part is no known organ', () => {
    expect(jointOrgans('中共临澄县委临澄县爱国卫生运动委员会')).toBeNull();
    const frame = stripOfficialFrame(
      ['中共临澄县委临澄县爱国卫生运动委员会文件', '临发〔2023〕3号', '关于开展爱国卫生月活动的通知', ...TEXT],
      {
        removed: [],
      },
    );
    expect(frame.issuer).toBeNull();
    expect(frame.lines[0]).toBe('关于开展爱国卫生月活动的通知');
  });
});

describe('a joint mark over lines', () => {
  const rest = ['南发〔2016〕4号', '关于加快发展现代服务业的意见', ...TEXT];
  it('joins organs set one a line beside one 文件 by 、, as before', () => {
    const frame = stripOfficialFrame(['中 共 南 岭 市 委', '南 岭 市 人 民 政 府 文件', ...rest], { removed: [] });
    expect(frame.issuer).toBe('中共南岭市委、南岭市人民政府');
  });
  it('reads a mark wrapped inside `文件` and parts its organs', () => {
    const frame = stripOfficialFrame(['中共白沙镇委白沙镇人民政府文', '件', ...rest], { removed: [] });
    expect(frame.issuer).toBe('中共白沙镇委 白沙镇人民政府');
    expect(frame.lines[0]).toBe('关于加快发展现代服务业的意见');
  });
});

describe('a reposted WeChat byline printed to PDF', () => {
  it('is read only on a print of mp.weixin.qq.com, with the time and a province', () => {
    expect(wechatByline('梧岗先锋2016年03月07日20:15浙江', true)).toEqual({
      account: '梧岗先锋',
      day: '2016年03月07日',
    });
    expect(wechatByline('临澄党建 临澄党建2017年10月19日07:30江苏', true)?.account).toBe('临澄党建');
    expect(wechatByline('梧岗先锋2016年03月07日20:15浙江')).toBeNull();
    expect(wechatByline('梧岗先锋2016年03月07日浙江', true)).toBeNull();
  });
});
