// A date alone tells when a text was written, not what it says: the note of a text made historical
// by its date names the period and never claims its own theses were repudiated (邓小平's 1975
// 整顿 speeches and his 1978 科学大会 speech were not); a text in the period's own voice may say so.
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { noteOfDate, statusByDate, statusOfImport } from '../../../electron/core/knowledge/status.js';

const REPUDIATED = /其论点|已被.*(?:否定|纠正)/;

describe('notes of texts historical by their date', () => {
  test('a 1975 text: the Cultural Revolution period, not its theses negated', () => {
    const s = statusByDate('1975-03-05');
    expect(s.status).toBe('历史文献');
    expect(s.statusNote).toMatch(/“文化大革命”时期/);
    expect(s.statusNote).not.toMatch(REPUDIATED);
  });

  test('a 1978-03 speech and a text of the 中央工作会议 weeks marked historical: before the plenum, nothing corrected', () => {
    const file = new URL('./history-fixtures/h15-09-speech-1978-03-dash-subtitle.txt', import.meta.url);
    const speech = statusOfImport('1978-03-18', fs.readFileSync(file, 'utf8'));
    expect(speech.status).toBe('历史文献');
    expect(speech.statusNote).toMatch(/十一届三中全会/);
    expect(speech.statusNote).not.toMatch(REPUDIATED);
    expect(noteOfDate('1978-11-20')).not.toMatch(REPUDIATED);
  });

  test('a text in the old line’s own voice is still told it was corrected', () => {
    const text = '我们要坚持抓纲治国的战略决策，凡是毛主席作出的决策，我们都坚决维护。';
    expect(statusOfImport(null, text).statusNote).toMatch(/纠正|否定/);
  });
});
