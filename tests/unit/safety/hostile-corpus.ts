// Generates the hostile-file corpus (run alone: `npx tsx tests/unit/safety/hostile-corpus.ts DIR`):
// zip bombs, flate bombs in PDFs, deeply nested HTML, huge lines, truncated and encrypted PDFs,
// random bytes under every extension, mislabelled files and odd names — 200+ files, small on disk
// but hostile once unpacked. Deterministic (seeded), a second or two to write.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Zlib, zipSync, strToU8, type Zippable } from 'fflate';

export interface HostileFile {
  name: string;
  kind: 'document' | 'bank';
  category: string;
  bytes: Uint8Array;
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const memo = new Map<string, Uint8Array>();
function memoised(key: string, make: () => Uint8Array): Uint8Array {
  if (!memo.has(key)) memo.set(key, make());
  return memo.get(key)!;
}

/** zlib stream of `mb` megabytes of `fill`, compressed chunk by chunk (fast, tiny output). */
function zlibOf(mb: number, fill = 0x20): Uint8Array {
  return memoised(`zlib${mb}:${fill}`, () => zlibRaw(mb, fill));
}
function zlibRaw(mb: number, fill: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const z = new Zlib({ level: 1 }, (c) => parts.push(c));
  const chunk = new Uint8Array(1024 * 1024).fill(fill);
  for (let i = 0; i < mb; i++) z.push(chunk, i === mb - 1);
  return Buffer.concat(parts);
}

function pdf(objects: (string | Uint8Array)[], opts: { encrypt?: boolean } = {}): Uint8Array {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let size = chunks[0]!.length;
  objects.forEach((o, i) => {
    offsets.push(size);
    const body = typeof o === 'string' ? Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1') : Buffer.from(o);
    chunks.push(body);
    size += body.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ];
  const enc = opts.encrypt
    ? ` /Encrypt << /Filter /Standard /V 2 /R 3 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 /Length 128 >> /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]`
    : '';
  chunks.push(
    Buffer.from(
      `${xref.join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${enc} >>\nstartxref\n${size}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(chunks);
}

function streamObj(n: number, dict: string, data: Uint8Array): Uint8Array {
  return Buffer.concat([
    Buffer.from(`${n} 0 obj\n<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
    Buffer.from(data),
    Buffer.from('\nendstream\nendobj\n', 'latin1'),
  ]);
}

function textPdf(pages = 1, content = zlibFromText('BT /F1 12 Tf 72 712 Td (Hello) Tj ET')): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${4 + i} 0 R`).join(' ');
  const objs: (string | Uint8Array)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    streamObj(3, '/Filter /FlateDecode', content),
  ];
  for (let i = 0; i < pages; i++) objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>`);
  return pdf(objs);
}

function zlibFromText(text: string): Uint8Array {
  const parts: Uint8Array[] = [];
  const z = new Zlib({ level: 6 }, (c) => parts.push(c));
  z.push(strToU8(text), true);
  return Buffer.concat(parts);
}

function docx(documentXml: Uint8Array | string, extra: Zippable = {}, level: 0 | 1 | 9 = 1): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
      'word/document.xml': typeof documentXml === 'string' ? strToU8(documentXml) : documentXml,
      ...extra,
    },
    { level },
  );
}

export function hostileCorpus(): HostileFile[] {
  const out: HostileFile[] = [];
  const add = (category: string, name: string, bytes: Uint8Array, kind: HostileFile['kind'] = 'document') =>
    out.push({ name, kind, category, bytes });
  const rand = rng(20251130);
  const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(rand() * 256));
  const zeros = (mb: number) => new Uint8Array(mb * 1024 * 1024);
  // Sizes come from a small set so each bomb is compressed once (the corpus writes in seconds);
  // the suite runs them against proportionally small limits.
  const sizes = [3, 6, 12];
  const size = (i: number) => sizes[i % sizes.length]!;
  const zeroDocx = (mb: number) => memoised(`docx${mb}`, () => docx(zeros(mb)));

  // Zip bombs as .docx: one huge entry, many medium ones, nested zips, lying sizes.
  for (let i = 0; i < 8; i++) add('zip bomb', `bomb-${i}.docx`, zeroDocx(size(i)));
  for (let i = 0; i < 4; i++) {
    const many: Zippable = {};
    for (let j = 0; j < 4 + i; j++) many[`word/media/pad${j}.xml`] = zeros(1);
    add('zip bomb', `bomb-many-${i}.docx`, docx('<w:document/>', many));
  }
  for (let i = 0; i < 4; i++)
    add('nested zip', `bomb-nested-${i}.docx`, docx('<w:document/>', { 'inner.zip': zeroDocx(size(i)) }, 0));
  for (let i = 0; i < 4; i++) {
    // Central directory claims tiny sizes for a big entry (headers can lie).
    const z = Buffer.from(zeroDocx(size(i)));
    for (let p = z.indexOf('PK\x01\x02'); p >= 0; p = z.indexOf('PK\x01\x02', p + 4)) z.writeUInt32LE(100, p + 24);
    add('zip bomb', `bomb-lying-${i}.docx`, z);
  }
  for (let i = 0; i < 4; i++)
    add(
      'zip bomb',
      `bank-bomb-${i}.xlsx`,
      memoised(`xlsx${size(i)}`, () => zipSync({ 'xl/worksheets/sheet1.xml': zeros(size(i)) }, { level: 1 })),
      'bank',
    );

  // Flate bombs in PDFs: one content stream, several streams, an object stream.
  for (let i = 0; i < 10; i++) add('flate bomb', `flate-${i}.pdf`, textPdf(1, zlibOf(size(i))));
  for (let i = 0; i < 5; i++) {
    const objs: (string | Uint8Array)[] = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'];
    for (let j = 0; j < 6; j++) objs.push(streamObj(3 + j, '/Filter /FlateDecode', zlibOf(1)));
    add('flate bomb', `flate-multi-${i}.pdf`, pdf(objs));
  }
  for (let i = 0; i < 5; i++)
    add(
      'flate bomb',
      `flate-objstm-${i}.pdf`,
      pdf(['<< /Type /Catalog >>', streamObj(2, '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', zlibOf(size(i)))]),
    );
  for (let i = 0; i < 4; i++) add('many pages', `pages-${i}.pdf`, textPdf(3200 + i * 500));

  // Deeply nested and pathological HTML.
  for (let i = 0; i < 8; i++)
    add(
      'nested html',
      `nested-div-${i}.html`,
      strToU8(`<html><body>${'<div>'.repeat(500 + i * 4000)}正文${'</div>'.repeat(100)}`),
    );
  for (let i = 0; i < 6; i++)
    add('nested html', `nested-b-${i}.htm`, strToU8(`<html><body>${'<b><i>'.repeat(2000 + i * 3000)}文字`));
  for (let i = 0; i < 6; i++)
    add(
      'nested html',
      `nested-table-${i}.html`,
      strToU8(`<!doctype html>${'<table><tr><td>'.repeat(600 + i * 800)}表格`),
    );

  // Huge lines: plain text, Markdown, CSV and Anki banks.
  for (let i = 0; i < 8; i++) add('huge line', `line-${i}.txt`, strToU8('学习'.repeat(120_000 + i * 150_000)));
  for (let i = 0; i < 4; i++) add('huge line', `line-${i}.md`, strToU8(`# 标题\n${'a'.repeat(300_000 + i * 200_000)}`));
  for (let i = 0; i < 4; i++)
    add('huge line', `line-bank-${i}.csv`, strToU8(`题目,答案\n${'题'.repeat(250_000 + i * 100_000)},A`), 'bank');
  for (let i = 0; i < 4; i++)
    add('huge line', `line-anki-${i}.txt`, strToU8(`#separator:tab\n${'x'.repeat(400_000)}\tb`), 'bank');

  // Truncated and encrypted PDFs.
  const good = textPdf(2, zlibFromText('BT /F1 12 Tf 72 712 Td (Study shelf) Tj ET'));
  for (let i = 0; i < 20; i++)
    add('truncated pdf', `truncated-${i}.pdf`, good.subarray(0, Math.floor((good.length * (i + 1)) / 22)));
  for (let i = 0; i < 10; i++)
    add(
      'encrypted pdf',
      `encrypted-${i}.pdf`,
      pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'], { encrypt: true }),
    );

  // Random bytes under every extension, and files whose magic bytes contradict their name.
  const exts = ['.txt', '.md', '.html', '.htm', '.docx', '.pdf', '.jsonl', '', '.exe', '.doc', '.wps', '.mht'];
  for (let i = 0; i < 36; i++)
    add('random bytes', `random-${i}${exts[i % exts.length]}`, randomBytes(200 + Math.floor(rand() * 60_000)));
  const bankExts = ['.csv', '.json', '.xlsx', '.xls', '.pdf', '.docx', '.doc', '.wps', '.txt'];
  for (let i = 0; i < 9; i++)
    add('random bytes', `random-bank-${i}${bankExts[i % bankExts.length]}`, randomBytes(5000), 'bank');
  // Old Office containers (D0 CF 11 E0) with random bodies, as banks and as documents.
  const cfb = (n: number) => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...randomBytes(n)]);
  for (let i = 0; i < 4; i++)
    add('random bytes', `cfb-bank-${i}${['.xls', '.doc', '.wps'][i % 3]}`, cfb(4000 + i * 500), 'bank');
  for (let i = 0; i < 3; i++) add('random bytes', `cfb-doc-${i}${['.doc', '.wps', '.xls'][i]}`, cfb(3000 + i * 700));
  for (let i = 0; i < 5; i++) add('mislabelled', `pdf-inside-${i}.txt`, good);
  for (let i = 0; i < 5; i++) add('mislabelled', `zip-inside-${i}.html`, zeroDocx(size(i)));
  for (let i = 0; i < 5; i++) add('deep json', `deep-${i}.jsonl`, strToU8(`${'['.repeat(50_000 + i * 20_000)}\n`));
  for (let i = 0; i < 5; i++)
    add('deep json', `deep-bank-${i}.json`, strToU8('['.repeat(100_000 + i * 50_000)), 'bank');

  // Odd names (with ordinary or hostile contents).
  const names = [
    '-rf.txt',
    '--help.txt',
    '../../etc/passwd.txt',
    'CON.txt',
    'a'.repeat(480) + '.txt',
    '😀📚.txt',
    '\u202etxt.exe',
    'new\nline.txt',
    ' 空格 .txt',
    '.hidden',
    'noext',
    'double.pdf.txt',
    'UPPER.TXT',
    'x.Html',
    '%00.txt',
    'semi;colon.md',
    'quote"d.txt',
    'back\\slash.txt',
    '<script>.txt',
    'NUL',
  ];
  names.forEach((n, i) =>
    add(
      'odd name',
      n,
      i % 2
        ? strToU8(
            '关于开展主题党日活动的通知\n\n各支部要认真组织开展主题党日活动，落实“三会一课”制度，确保活动取得实效，推动学习走深走实。',
          )
        : randomBytes(300),
    ),
  );
  for (let i = 0; i < 10; i++) add('odd name', `${'深'.repeat(i * 40 + 1)}.docx`, zeroDocx(size(i)));
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? 'hostile-corpus';
  fs.mkdirSync(dir, { recursive: true });
  const files = hostileCorpus();
  files.forEach((f, i) =>
    fs.writeFileSync(
      path.join(dir, `${String(i).padStart(3, '0')}-${f.name.replace(/[/\\\n\0]/g, '_').slice(0, 60)}`),
      f.bytes,
    ),
  );
  console.log(`${files.length} files in ${dir}`);
}
