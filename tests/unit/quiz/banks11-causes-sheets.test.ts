// banks11 causes in spreadsheets (fixtures/wild/b11-excel-*): a sheet with no answer column keyed
// by the option cell in red font. Guards: a red column in every row, or red on one row only, is no key.
import Excel from 'exceljs';
import { describe, expect, it } from 'vitest';
import { key, read } from './banks7-read.js';

async function sheet(rows: string[][], red: string[]): Promise<Buffer> {
  const wb = new Excel.Workbook();
  const ws = wb.addWorksheet('题库');
  for (const r of rows) ws.addRow(r);
  for (const ref of red) ws.getCell(ref).font = { color: { argb: 'FFFF0000' } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const rows = [
  ['题目', '选项A', '选项B', '选项C', '选项D'],
  ['甲是（ ）。', '三', '四', '五', '六'],
  ['乙是（ ）。', '三', '四', '五', '六'],
  ['丙是（ ）。', '三', '四', '五', '六'],
];

describe('Excel sheets keyed by red font', () => {
  it('reads the red option cell as the key where the sheet has no answer column', async () => {
    const got = await read('bank.xlsx', await sheet(rows, ['C2', 'B3', 'E4']));
    expect(got.map(key)).toEqual([[1], [0], [3]]);
  });

  it('reads no key from a column red in every row, or from red on one row only', async () => {
    const column = await read('bank.xlsx', await sheet(rows, ['B2', 'B3', 'B4'])).catch((e: Error) => [e.message]);
    expect(column.some((r) => typeof r !== 'string')).toBe(false);
    const once = await read('bank.xlsx', await sheet(rows, ['C2'])).catch((e: Error) => [e.message]);
    expect(once.some((r) => typeof r !== 'string')).toBe(false);
  });
});
