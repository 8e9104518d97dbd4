// PDF text layers carry radical code points for ordinary characters (`⼀`, `⽉`, `⻅` for 一, 月,
// 见): the fixture is a 公文 page printed to PDF by Chromium (from official-radicals.html beside it),
// whose text layer has them. Imported, the text holds the ideographs, so the date, the 公文 frame
// and search all read it.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { unifyRadicals } from '../../../electron/core/text/normalize.js';

const PDF = new URL('../../fixtures/import/pdf/official-radicals.pdf', import.meta.url);
const RADICAL = /[\u2e80-\u2fdf]/;

describe('radical code points', () => {
  it('map to the ideographs they stand for', () => {
    expect(unifyRadicals('进⼀步落地⻅效，2024年4⽉8⽇')).toBe('进一步落地见效，2024年4月8日');
    expect(unifyRadicals('平常的文字')).toBe('平常的文字');
  });

  it('a printed 公文 imports with its title, 落款 date, issuer and clean text', async () => {
    const r = await importBytes('official.pdf', fs.readFileSync(PDF), {}, { deferKnowledge: true });
    const doc = r.documents[0]!;
    expect(doc.title).toBe('中共某某县委员会关于进一步加强基层党组织建设的通知');
    expect(doc.date).toBe('2024-04-08');
    expect(doc.source).toBe('中共某某县委员会');
    const body = doc.paragraphs.map((p) => p.text).join('\n');
    expect(body).toContain('推动各项工作落地见效。');
    expect(body).not.toMatch(RADICAL);
    expect(body).not.toContain('抄送');
  });
});
