// Party and government page conventions: a policy page's date is its 成文日期 (the day the document
// was signed), not the 发布日期 it went up, whether the info block uses table cells or <span>
// labels, and its 发文机关 is the source; a long title printed over several lines in the body
// leaves the body; a header's `作者：` names the speaker only when it is one person.
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../electron/core/content/formats/html.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const prose =
  '<p>各地区各部门要结合实际认真贯彻落实，切实加强组织领导，细化工作措施，确保各项任务落到实处、见到实效。</p>'.repeat(
    3,
  );

const TITLE = '某某省人民政府办公厅关于进一步做好基层公共文化服务体系建设工作的通知';

function policyPage(info: string): string {
  return (
    `<html><head><title>${TITLE}_政府信息公开专栏</title></head><body>${info}` +
    `<div id="UCAP-CONTENT"><p><b>某某省人民政府办公厅关于进一步做好</b></p><p><b>基层公共文化服务体系建设工作的通知</b></p>` +
    `<p>某政办发〔2024〕12号</p><p>各市、县人民政府，省政府各部门：</p>${prose}` +
    `<p>某某省人民政府办公厅</p><p>2024年3月1日</p></div></body></html>`
  );
}

const table =
  '<table><tr><td><b>发文机关：</b></td><td>某某省人民政府办公厅</td><td><b>成文日期：</b></td><td>2024年03月01日</td></tr>' +
  '<tr><td><b>发文字号：</b></td><td>某政办发〔2024〕12号</td><td><b>发布日期：</b></td><td>2024年03月08日</td></tr></table>';
const spans =
  '<ul class="xxgk-info"><li><span>发文机关：</span>某某省人民政府办公厅</li><li><span>成文日期：</span>2024-03-01</li>' +
  '<li><span>发布日期：</span>2024-03-08</li></ul>';

describe('policy pages', () => {
  it('dates the document by its 成文日期 and credits the 发文机关 (table cells)', () => {
    const [src] = readHtml('a.html', policyPage(table));
    expect(src!.hints.date).toBe('2024-03-01');
    expect(src!.hints.source).toBe('某某省人民政府办公厅');
  });

  it('reads the same labels set in <span>s', () => {
    const [src] = readHtml('b.html', policyPage(spans));
    expect(src!.hints.date).toBe('2024-03-01');
    expect(src!.hints.source).toBe('某某省人民政府办公厅');
  });

  it('reads labels that share one line', () => {
    const info =
      '<p><span>发文机关：</span>某某省人民政府办公厅 <span>成文日期：</span>2024-03-01 <span>发布日期：</span>2024-03-08</p>';
    const [src] = readHtml('l.html', policyPage(info));
    expect(src!.hints.source).toBe('某某省人民政府办公厅');
    expect(src!.hints.date).toBe('2024-03-01');
  });

  it('reads the source from a 信息来源 cell when no issuer is named', () => {
    const info =
      '<table><tr><td>信息来源：</td><td>某某县融媒体中心</td><td>发布时间：</td><td>2024-03-08</td></tr></table>';
    const [src] = readHtml('m.html', policyPage(info));
    expect(src!.hints.source).toBe('某某县融媒体中心');
  });

  it('credits every issuer of a joint document', () => {
    const info =
      '<table><tr><td><b>发文机关：</b></td><td>商务部 国家发展改革委</td><td><b>来　　源：</b></td><td>商务部网站</td></tr>' +
      '<tr><td><b>成文日期：</b></td><td>2024年03月01日</td></tr></table>';
    expect(readHtml('j.html', policyPage(info))[0]!.hints.source).toBe('商务部、国家发展改革委');
  });

  it('credits the 发布机构 of a 政府信息公开 page', () => {
    const info =
      '<table><tr><td>名称：</td><td>某某部关于废止部分规章的决定</td></tr><tr><td>发布机构：</td><td>某某部</td></tr>' +
      '<tr><td>发布日期：</td><td>2024年6月5日</td></tr></table>';
    const [src] = readHtml('h.html', policyPage(info));
    expect(src!.hints.source).toBe('某某部');
    expect(src!.hints.pageDate).toBe('2024-06-05'); // a 发布日期 is when it went up
  });

  it('keeps a title printed over two lines out of the body', async () => {
    const res = await importBytes('c.html', Buffer.from(policyPage(table)));
    const doc = res.documents[0]!;
    expect(doc.title).toBe(TITLE);
    const body = doc.paragraphs.map((p) => p.text);
    expect(body[0]).toBe('各市、县人民政府，省政府各部门：');
    expect(body.join('\n')).not.toContain('基层公共文化服务体系建设工作的通知');
  });
});

function article(author: string, text = prose): string {
  return (
    `<html><head><title>以改革创新精神推进党的建设 - 求是网</title></head><body><h1>以改革创新精神推进党的建设</h1>` +
    `<div class="headtitle"><span class="appellation">来源：《求是》2024/05</span><span class="appellation">作者：${author}</span>` +
    `<span class="pubtime">2024-03-01 09:00:00</span></div><div id="detailContent">${text}</div></body></html>`
  );
}

describe('page author', () => {
  it('takes one person named under 作者 as the speaker of an article', async () => {
    const [src] = readHtml('d.html', article('习近平'));
    expect(src!.hints.author).toBe('习近平');
    expect(src!.hints.source).toBe('《求是》2024/05');
    const doc = (await importBytes('d.html', Buffer.from(article('习近平')))).documents[0]!;
    expect(doc.speakers).toEqual([{ name: '习近平', role: null }]);
  });

  it('takes the author without the post in brackets after the name', () => {
    expect(readHtml('g.html', article('王建国（中央党校教授）'))[0]!.hints.author).toBe('王建国');
  });

  it('takes no author from a collective, a reporter line or two names', () => {
    for (const author of ['求是编辑部', '本报记者 张三', '王建国 李明华', '本报评论员'])
      expect(readHtml('e.html', article(author))[0]!.hints.author, author).toBeUndefined();
  });

  it('never makes the 作者 of a news story a speaker', async () => {
    for (const lead of [
      '记者从某某县委组织部获悉，',
      '据新华社报道，',
      '央广网北京3月5日消息（记者李华明）',
      '中国经济网北京3月5日讯（记者李华明）',
    ]) {
      const text = `<p>${lead}该县今年新建党群服务中心十二个，覆盖全部乡镇，为群众提供政务、文化、法律等一站式服务。</p>${prose}`;
      const doc = (await importBytes('k.html', Buffer.from(article('李华明', text)))).documents[0]!;
      expect(
        doc.speakers.map((s) => s.name),
        lead,
      ).not.toContain('李华明');
    }
    const story =
      '<p>近日，某某县开展“送法进乡村”活动，志愿者走进田间地头，为群众讲解与生产生活密切相关的法律知识，发放宣传资料两千余份。</p>' +
      prose;
    const doc = (await importBytes('k.html', Buffer.from(article('李华明', story)))).documents[0]!;
    expect(doc.type).toBe('文章');
    expect(doc.speakers.map((s) => s.name)).not.toContain('李华明');
  });

  it('never makes the 作者 of a meeting report a speaker', async () => {
    const report =
      '<p>3月1日，全市党建工作会议召开。市委书记王建国出席会议并讲话。会议强调，要坚持以党建引领基层治理，推动各项工作落地见效。</p>' +
      prose;
    const doc = (await importBytes('f.html', Buffer.from(article('李华明', report)))).documents[0]!;
    expect(doc.type).toBe('会议报道');
    expect(doc.speakers.map((s) => s.name)).not.toContain('李华明');
  });
});

describe('script-rendered pages', () => {
  it('says why a page saved before its script put the text in has none', async () => {
    const html =
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>学习强国</title></head>' +
      '<body><div id="root"></div><script src="https://www.xuexi.cn/lgpage/detail/main.js"></script></body></html>';
    const res = await importBytes('xuexi.html', Buffer.from(html));
    expect(res.documents).toHaveLength(0);
    expect(res.report.skipped[0]!.reason).toMatch(/脚本加载.*单个文件/);
  });
});
