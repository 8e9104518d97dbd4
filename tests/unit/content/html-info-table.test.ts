// A 政府信息公开 page's info table (索引号, 主题分类, 发文机关/发布机构, 成文日期, 标题, 发文字号,
// 发布日期) names the document: its title comes from the table when <title> holds only the portal
// or the column, the issuer is the source, and the 成文日期 (not the 发布日期) is the date, whether
// each label has its own cell or shares the cell with its value.
import { describe, expect, it } from 'vitest';
import { infoCells, infoTitle } from '../../../electron/core/content/formats/html-info-table.js';
import { readHtml } from '../../../electron/core/content/formats/html.js';
import { parseHTML } from 'linkedom';
import type { Doc } from '../../../electron/core/content/formats/html-dom.js';

const prose =
  '<p>各乡镇人民政府，县直各有关单位：</p><p>为切实做好节日期间安全生产工作，确保人民群众过一个安全祥和的节日，现就有关事项通知如下。</p>'.repeat(
    2,
  );
const TITLE = '关于做好秋冬季农业生产工作的通知';

const separateCells =
  `<table><tr><th>索引号：</th><td>000000000/2024-00123</td></tr><tr><th>主题分类：</th><td>农业、林业、水利</td></tr>` +
  `<tr><th>发布机构：</th><td>某某县农业农村局</td></tr><tr><th>成文日期：</th><td>2024年10月08日</td></tr>` +
  `<tr><th>标　　题：</th><td>${TITLE}</td></tr><tr><th>文　号：</th><td>某农发〔2024〕12号</td></tr>` +
  `<tr><th>发布日期：</th><td>2024年10月11日</td></tr></table>`;
const sharedCells =
  `<table><tr><td>索引号：000000000/2024-00123</td><td>主题分类：农业、林业、水利</td></tr>` +
  `<tr><td>发文机关：某某县农业农村局</td><td>成文日期：2024年10月08日</td></tr>` +
  `<tr><td colspan="2">标题：${TITLE}</td></tr>` +
  `<tr><td>发文字号：某农发〔2024〕12号</td><td>发布日期：2024年10月11日</td></tr></table>`;

const page = (title: string, table: string) =>
  `<html><head><title>${title}</title></head><body><div class="lm-title">政府信息公开</div>${table}` +
  `<div id="zoom">${prose}</div></body></html>`;

describe('政府信息公开 info table', () => {
  for (const [shape, table] of [
    ['a label cell beside each value', separateCells],
    ['label and value in one cell', sharedCells],
  ] as const)
    for (const title of ['某某县人民政府门户网站', '政府信息公开_某某县人民政府'])
      it(`reads title, issuer and 成文日期 from the table (${shape}; <title> ${title})`, () => {
        const [src] = readHtml('x.html', page(title, table));
        expect(src!.hints.title).toBe(TITLE);
        expect(src!.hints.source).toBe('某某县农业农村局');
        expect(src!.hints.date).toBe('2024-10-08');
      });

  it('reads label-value cells, cutting a value at the next label', () => {
    const { document } = parseHTML(
      `<table><tr><td>发文机关：某某县人民政府 成文日期：2024-10-08</td></tr><tr><td>标题：${TITLE}</td></tr></table>`,
    );
    const cells = infoCells(document as unknown as Doc);
    expect(cells.get('发文机关')).toBe('某某县人民政府');
    expect(cells.get('成文日期')).toBe('2024-10-08');
    expect(infoTitle(cells)).toBe(TITLE);
  });

  it('takes no title from a 标题 field outside a policy info table (a search form)', () => {
    const { document } = parseHTML(`<form><table><tr><td>标题：</td><td>请输入关键词</td></tr></table></form>`);
    expect(infoTitle(infoCells(document as unknown as Doc))).toBeNull();
  });

  it('reads other portals’ words for the fields (发布机关/发文单位, 名称/文件名称, 生成日期/发文日期)', () => {
    const variants: [string, string, string, string][] = [
      ['发布机关', '标题', '成文日期', '发布日期'],
      ['发文单位', '文件名称', '发文日期', '公开日期'],
      ['发布机构', '名　　称', '生成日期', '文　　号'],
    ];
    for (const [organ, title, signed, other] of variants) {
      const table =
        `<table><tr><th>索 引 号：</th><td>000000000/2024-00123</td></tr><tr><th>${organ}：</th><td>某某县农业农村局</td></tr>` +
        `<tr><th>${signed}：</th><td>2024-10-08</td></tr><tr><th>${title}：</th><td>${TITLE}</td></tr>` +
        `<tr><th>${other}：</th><td>2024-10-11</td></tr></table>`;
      const [src] = readHtml('y.html', page('某某县人民政府门户网站', table));
      expect(src!.hints.title, organ).toBe(TITLE);
      expect(src!.hints.source, organ).toBe('某某县农业农村局');
      expect(src!.hints.date, organ).toBe('2024-10-08');
    }
  });
});
