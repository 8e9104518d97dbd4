// banks10 causes (fixtures/wild/b10-*): banks saved as web pages (.html, .htm, .mht), with keys
// shown in red, hidden behind 查看答案 or numbered by the browser's <ol>; a key line followed by a
// page's footer; a key bracket after the stem's own blank; ticks and crosses other than √ ×; 多选
// keys parted by 、 in a key list; a key list mixing letters and words; lower-case keys in the
// stem's brackets; an Excel header of two rows. Guards keep what must stay refused.
import { describe, expect, it } from 'vitest';
import { key, read, text, type Got } from './banks7-read.js';

const page = (body: string, charset = 'utf-8') =>
  `<!DOCTYPE html><html><head><meta charset="${charset}"><title>题库</title></head><body>${body}</body></html>`;
const html = (body: string) => read('bank.html', page(body));
const stems = (rows: (Got | string)[]) => rows.map((r) => (typeof r === 'string' ? r : r.stem));

describe('web-page banks', () => {
  it('reads numbered items from <p> and <br> lines of an .html, .htm and .mht page', async () => {
    const body =
      '<div class="nav"><a href="/">首页</a></div><p>1．甲是（ ）。<br>A．三　B．四　C．五　D．六<br>答案：C</p>' +
      '<p>2．乙是（ ）。</p><p>A．三</p><p>B．四</p><p>答案：B</p>';
    for (const name of ['bank.html', 'bank.htm']) expect((await read(name, page(body))).map(key)).toEqual([[2], [1]]);
    const mht = [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="b"',
      '',
      '--b',
      'Content-Type: text/html; charset="utf-8"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      page(body).replace(/=/g, '=3D'),
      '--b--',
      '',
    ].join('\r\n');
    expect((await read('bank.mht', mht)).map(key)).toEqual([[2], [1]]);
  });

  it('reads a table with a bank header as a spreadsheet', async () => {
    const rows = await html(
      '<table><tr><th>题目</th><th>A</th><th>B</th><th>答案</th></tr><tr><td>甲是（ ）。</td><td>三</td><td>四</td><td>B</td></tr>' +
        '<tr><td>乙是（ ）。</td><td>三</td><td>四</td><td>A</td></tr></table>',
    );
    expect(rows.map(key)).toEqual([[1], [0]]);
  });

  it('keeps the keys a practice page hides until 查看答案 is pressed; drops scripts and buttons', async () => {
    const rows = await html(
      '<script>var a = "1．假的（ ）。"</script><div>1．甲是（ ）。</div><div>A．三</div><div>B．四</div><button>查看答案</button>' +
        '<div style="display:none">答案：B</div><div>2．乙是（ ）。</div><div>A．三</div><div>B．四</div><div hidden>答案：A</div>',
    );
    expect(rows.map(key)).toEqual([[1], [0]]);
  });

  it('writes the numbers and letters the browser draws for <ol> items and <ol type="A"> options', async () => {
    const rows = await html(
      '<ol><li><p>甲是（ ）。</p><ol type="A"><li>三</li><li>四</li></ol></li><li><p>乙是（ ）。</p><ol type="A"><li>三</li><li>四</li></ol></li></ol>' +
        '<p>参考答案：1．B　2．A</p>',
    );
    expect(rows.map(key)).toEqual([[1], [0]]);
    expect((rows[0] as Got).options).toEqual(['三', '四']);
  });

  it('reads the red option as the key where the page keys every item so; two red options of a 单选 are refused', async () => {
    const red = (t: string) => `<p><span style="color:#C00000">${t}</span></p>`;
    const rows = await html(
      '<p style="color:red"><b>一、单项选择题</b></p>' +
        `<p>1．甲是（ ）。</p><p>A．三</p>${red('B．四')}` +
        `<p>2．乙是（ ）。</p><p><font color="#FF0000">A．三</font></p><p>B．四</p>` +
        `<p>3．丙是（ ）。</p>${red('A．三')}${red('B．四')}<p>C．五</p>`,
    );
    expect(rows.slice(0, 2).map(key)).toEqual([[1], [0]]);
    expect(rows[2]).toContain('单选题有 2 个选项带有红色标记');
  });

  it('reads blanks drawn as underlined spaces', async () => {
    const rows = await html(
      '<p>填空题</p><p>1．党的根本组织原则是<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</u>。</p><p>答案：民主集中制</p>' +
        '<p>2．党的宗旨是全心全意为<u>&nbsp;&nbsp;&nbsp;&nbsp;</u>服务。</p><p>答案：人民</p>',
    );
    expect(rows.map((r) => (r as Got).fact)).toEqual([
      '党的根本组织原则是民主集中制。',
      '党的宗旨是全心全意为人民服务。',
    ]);
  });

  it('refuses a page without numbered items, saying what to do', async () => {
    await expect(html('<p>这是一篇文章。</p>')).rejects.toThrow(/未在网页中找到编号的题目/);
  });
});

describe('a key line followed by lines that are no part of it', () => {
  it('keeps the key of the last item when the page footer follows it', async () => {
    const rows = await text([
      '1．甲是（ ）。',
      'A．三　B．四',
      '答案：B',
      '2．乙是（ ）。',
      'A．三　B．四',
      '答案：AB',
      '问卷星 提供技术支持',
      '判断题',
      '3．丙是丁。',
      '答案：错误',
      '来源：共产党员网',
    ]);
    expect(rows.map(key)).toEqual([[1], [0, 1], [1]]);
  });

  it('refuses two answer lines that are each a key (答案：A over 答案：B), which were read as the 多选 AB', async () => {
    const rows = await text([
      '1．甲是（ ）。',
      'A．三　B．四',
      '答案：A',
      '答案：B',
      '2．乙是（ ）。',
      'A．三　B．四',
      '答案：A',
    ]);
    expect(rows[0]).toContain('无法确定哪个是答案');
    expect(key(rows[1]!)).toEqual([0]);
  });

  it('guard: a 判断 answer line followed by the other truth word stays refused', async () => {
    const rows = await text(['判断题', '1．丙是丁。', '答案：正确', '错误', '2．戊是己。', '答案：错误']);
    expect(typeof rows[0]).toBe('string');
    expect(key(rows[1]!)).toEqual([1]);
  });

  it('guard: a written answer of several lines stays whole', async () => {
    const rows = await text(['简答题', '1．简述甲。', '答：甲是乙。', '甲又是丙。', '2．简述丁。', '答：丁是戊。']);
    expect(key(rows[0]!)).toEqual(['甲是乙。\n甲又是丙。']);
  });
});

describe('keys in the stem and in key lists', () => {
  it('drops the key bracket after the stem’s own blank: …（　　）。（ B ）', async () => {
    const rows = await text([
      '1．甲是（　　）。（ B ）',
      'A．三　B．四',
      '2．乙是（　　）。　　（A、B）',
      'A．三　B．四',
    ]);
    expect(rows.map(key)).toEqual([[1], [0, 1]]);
    expect(stems(rows)).toEqual(['甲是（　　）。', '乙是（　　）。']);
  });

  it('reads ✔ ✘ ✓ ✗ and ✔️ as √ and ×, in the statement, on the answer line and in a key list', async () => {
    const rows = await text([
      '判断题',
      '1．甲是乙。（✔）',
      '2．丙是丁。（ ✗ ）',
      '3．戊是己。',
      '答案：✔️',
      '4．庚是辛。',
      '5．壬是癸。',
      '参考答案',
      '4．✘　5．✓',
    ]);
    expect(rows.map(key)).toEqual([[0], [1], [0], [1], [0]]);
  });

  it('reads a 多选 key parted by 、 in a key list as one key, never its first letter', async () => {
    const rows = await text([
      '多项选择题',
      '1．甲有（ ）。',
      'A．三　B．四　C．五　D．六',
      '2．乙有（ ）。',
      'A．三　B．四　C．五　D．六',
      '参考答案',
      '1．ABD　2．A、B、C',
    ]);
    expect(rows.map(key)).toEqual([
      [0, 1, 3],
      [0, 1, 2],
    ]);
  });

  it('reads a range keyed A、B、C one key a number, and keys none of a range that does not count out', async () => {
    const lines = (keys: string) => [
      '单项选择题',
      ...[1, 2, 3].flatMap((n) => [`${n}．题${n}（ ）。`, 'A．三　B．四　C．五']),
      '4．题4（ ）。',
      'A．三　B．四　C．五',
      '答案：A',
      '参考答案',
      keys,
    ];
    expect((await text(lines('1-3 A、B、C'))).map(key)).toEqual([[0], [1], [2], [0]]);
    // Before, the range's last number took its letters as its own key (3: A).
    const short = await text(lines('1-3 A、B'));
    expect(short.slice(0, 3).every((r) => typeof r === 'string')).toBe(true);
  });

  it('reads words among letters in a key list whose numbers run on', async () => {
    const rows = await text([
      '1．甲是（ ）。',
      'A．三　B．四',
      '2．党的宗旨是全心全意为______服务。',
      '3．丙是丁。（ ）',
      '参考答案：1．A　2．人民　3．×',
    ]);
    expect(rows.map(key)).toEqual([[0], ['人民'], [1]]);
  });

  it('guard: words in a key list whose numbers skip are not read', async () => {
    const rows = await text([
      '1．甲是（ ）。',
      'A．三　B．四',
      '2．乙是（ ）。',
      'A．三　B．四',
      '3．丙是______。',
      '4．丁是______。',
      '参考答案：1．A　2．B　4．人民',
    ]);
    expect(rows.slice(0, 2).map(key)).toEqual([[0], [1]]);
    expect(typeof rows[3]).toBe('string');
  });

  it('reads a key typed in lower case in the stem’s brackets; two such brackets key nothing', async () => {
    const rows = await text([
      '1．甲是（ c ）。',
      'A．三　B．四　C．五',
      '2．乙有（ a b ）。',
      'A．三　B．四　C．五',
      '3．丙（a）和丁（b）是（ ）。',
      'A．三　B．四　C．五',
      '答案：C',
    ]);
    expect(rows.map(key)).toEqual([[2], [0, 1], [2]]);
  });

  it('guard: a lower-case letter in brackets beside the stem’s own blank is a label, not a key', async () => {
    const rows = await text([
      '1．属于（a）类的是（ ）。',
      'A．三　B．四',
      '答案：B',
      '2．乙是（ ）。',
      'A．三　B．四',
      '答案：A',
    ]);
    expect(rows.map(key)).toEqual([[1], [0]]);
  });
});

describe('Excel headers of two rows', () => {
  it('names the option columns by the letters under a merged 选项 heading', async () => {
    const Excel = (await import('exceljs')).default;
    const wb = new Excel.Workbook();
    const ws = wb.addWorksheet('题库');
    for (const r of [
      ['序号', '题目', '选项', '', '', '答案'],
      ['', '', 'A', 'B', 'C', ''],
      [1, '甲是（ ）。', '三', '四', '五', 'C'],
      [2, '乙是（ ）。', '三', '四', '五', 'A'],
    ])
      ws.addRow(r);
    for (const m of ['C1:E1', 'A1:A2', 'B1:B2', 'F1:F2']) ws.mergeCells(m);
    const rows = await read('bank.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(rows.map(key)).toEqual([[2], [0]]);
    expect((rows[0] as Got).options).toEqual(['三', '四', '五']);
  });
});
