// Banks saved by old Excel or WPS as .xls (BIFF5/8, also the HTML and XML tables that web systems
// export under that name), read with SheetJS Community Edition. The registry's `xlsx` package
// stopped at 0.18.5, which has two known vulnerabilities (prototype pollution when reading, fixed
// in 0.19.3; a ReDoS, fixed in 0.20.2); @e965/xlsx republishes SheetJS's own 0.20.3 build to the
// registry, pinned to that version. It runs in the import worker under its time and memory limits,
// and only when an .xls file arrives. Cells are read as Excel shows them, then as any table bank.
// A web system's "导出 Excel" is often an HTML table in GB2312 named .xls: text is decoded by the
// app's one encoding detector first (SheetJS would read GB2312 HTML as Latin-1).
import { ApiError } from '../../contract/errors.js';
import type { Parsed } from './import-json.js';
import { sheetsToBank } from './import-table.js';
import { decodeBytes } from '../content/decode.js';

const UNREADABLE =
  '无法读取 .xls 文件：文件可能已损坏或设置了密码。请在 Excel 或 WPS 中打开，“另存为” .xlsx 后再导入。';

export async function parseXlsBank(data: Buffer): Promise<Parsed> {
  const XLSX = await import('@e965/xlsx');
  let wb: ReturnType<typeof XLSX.read>;
  try {
    const cfb = isCompoundFile(data);
    if (cfb && data.length < 512) throw new Error('truncated'); // shorter than its own header
    const text = cfb ? null : textOf(data);
    const opts = { cellFormula: false, cellHTML: false, cellStyles: false };
    wb = text === null ? XLSX.read(data, { ...opts, type: 'buffer' }) : XLSX.read(text, { ...opts, type: 'string' });
  } catch {
    throw new ApiError('BAD_INPUT', UNREADABLE);
  }
  const sheets = wb.SheetNames.map((name) => {
    const sheet = wb.Sheets[name];
    const rows = sheet ? XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: '' }) : [];
    return { name, table: rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c)))) };
  });
  return sheetsToBank(sheets, 'xls');
}

/** Excel 97–2003 files are OLE compound files (D0 CF 11 E0). */
function isCompoundFile(data: Buffer): boolean {
  return data.length >= 4 && data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0;
}

/** An HTML, XML or CSV table named .xls as text, or null for a binary (an old BIFF file). */
function textOf(data: Buffer): string | null {
  try {
    return decodeBytes(data).text;
  } catch {
    return null;
  }
}
