// A Word bank is read by what its bytes are, not by its name: WPS Writer's own .wps (a compound
// file like Word 97–2003) and a .docx renamed .doc come in as the same items as the originals.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseBank } from '../../../electron/core/quiz/import.js';

const WILD = path.join(import.meta.dirname, 'fixtures', 'wild');
const doc = fs.readFileSync(path.join(WILD, 'word-bank.doc'));
const docx = fs.readFileSync(path.join(WILD, 'word-bank.docx'));

describe('Word banks by their bytes', () => {
  test('a WPS .wps file (compound file) reads as the .doc it is', async () => {
    const original = await parseBank('word-bank.doc', doc);
    expect(original.rows.length).toBeGreaterThan(3);
    expect(await parseBank('党务知识题库.wps', doc)).toEqual(original);
  });

  test('a .docx saved under .doc reads as the .docx', async () => {
    const original = await parseBank('word-bank.docx', docx);
    expect(await parseBank('题库.doc', docx)).toEqual(original);
  });

  test('a WPS spreadsheet (.et) is refused with what to do', async () => {
    await expect(parseBank('题库.et', doc)).rejects.toThrow(/另存为” \.xlsx/);
  });
});
