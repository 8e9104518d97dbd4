// Builds the real bundle from content/sources into a temp folder and checks the library.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildContentBundle } from '../../../electron/core/bundle/build-bundle.js';
import type { ProvidedSummary } from '../support/global-setup.js';
import { SOURCES_DIR } from './helpers.js';

let dir: string;
let summary: ProvidedSummary;
let db: Database.Database;

interface Row {
  id: string;
  title: string;
  type: string;
  date: string | null;
  year: number | null;
  paragraphs: string;
  origin: string;
  script: string;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shelf-bundle-'));
  summary = JSON.parse(inject('bundleSummary')) as ProvidedSummary;
  db = new Database(inject('bundlePath'), { readonly: true });
});
afterAll(() => {
  db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const corpusRows = (file: string) =>
  fs
    .readFileSync(path.join(SOURCES_DIR, 'library', file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { title: string; content: string });

describe('content bundle', () => {
  it('writes meta, reports progress and leaves no temp file', () => {
    const meta = Object.fromEntries(
      (db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]).map((r) => [
        r.key,
        r.value,
      ]),
    );
    expect(meta.version).toBe(summary.version);
    expect(meta.built_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(summary.progress.at(-1)).toBe(
      fs.readdirSync(path.join(SOURCES_DIR, 'library')).length + fs.readdirSync(path.join(SOURCES_DIR, 'seeds')).length,
    );
    expect(fs.readdirSync(path.dirname(inject('bundlePath')))).toEqual(['content.sqlite']);
    expect(summary.errors).toEqual([]);
  });

  it('ships every government work report and congress report with year and type, without licence text', () => {
    const rows = db
      .prepare(
        "SELECT id, title, type, date, year, paragraphs, origin, script FROM documents WHERE origin LIKE 'library/%'",
      )
      .all() as Row[];
    const expected = [
      ...corpusRows('government_work_reports.jsonl'),
      ...corpusRows('cpc_congress_reports.jsonl'),
    ].filter((r) => r.content.length > 200);
    expect(rows.length).toBe(expected.length);
    for (const r of rows) {
      const body = (JSON.parse(r.paragraphs) as { text: string }[]).map((p) => p.text).join('\n');
      expect(body, r.title).not.toMatch(/公有领域|公有領域|Public domain|维基文库|維基文庫|本模板|著作权法第五条/);
      expect(body.endsWith('false'), r.title).toBe(false);
      expect(r.year, r.title).toBeGreaterThanOrEqual(1921);
      expect(r.type, r.title).toBe('文件');
    }
    const byTitle = new Map(rows.map((r) => [r.title, r]));
    expect(byTitle.get('2025年中华人民共和国国务院政府工作报告')?.year).toBe(2025);
    expect(byTitle.get('第十四届全国人民代表大会第三次会议关于政府工作报告的决议')?.year).toBe(2025);
    expect(byTitle.get('决胜全面建成小康社会 夺取新时代中国特色社会主义伟大胜利 (十九大)')?.year).toBe(2017);
    // The traditional-script congress report keeps its script.
    expect(byTitle.get('陈独秀在中国共产党第三次全国代表大会上的报告')?.script).toBe('traditional');
  });

  it('flags the 76-character stub instead of shipping it', () => {
    expect(summary.skipped.map((s) => s.title)).toContain('論聯合政府 (七大)');
    expect(db.prepare("SELECT count(*) FROM documents WHERE title LIKE '論聯合政府%'").pluck().get()).toBe(0);
  });

  it('ships the seeds (newsletter split in two) with 金句, 提法 and the search index', () => {
    const seeds = db.prepare("SELECT title FROM documents WHERE origin LIKE 'seeds/%'").pluck().all() as string[];
    expect(seeds.length).toBeGreaterThanOrEqual(6);
    expect(db.prepare("SELECT count(*) FROM quotes WHERE text LIKE '基层是党的执政根基%'").pluck().get()).toBe(1);
    expect(db.prepare("SELECT count(*) FROM terms WHERE term = '四议两公开'").pluck().get()).toBeGreaterThanOrEqual(1);
    expect(db.prepare("SELECT count(*) FROM quotes WHERE text IN ('两委', '四议两公开')").pluck().get()).toBe(0);
    expect(db.prepare('SELECT sum(docs) FROM search_segments').pluck().get()).toBe(summary.documents);
  });

  it('keeps bundle ids stable when the text of a document is corrected', async () => {
    const src = path.join(dir, 'src2');
    fs.mkdirSync(path.join(src, 'seeds'), { recursive: true });
    const name = fs.readdirSync(path.join(SOURCES_DIR, 'seeds')).find((n) => n.startsWith('004'))!;
    const original = fs.readFileSync(path.join(SOURCES_DIR, 'seeds', name), 'utf8');
    fs.writeFileSync(path.join(src, 'seeds', name), original.replace('5年来', '五年来'));
    await buildContentBundle({ sourcesDir: src, outPath: path.join(dir, 'edited.sqlite') });
    const edited = new Database(path.join(dir, 'edited.sqlite'), { readonly: true });
    const editedIds = edited.prepare('SELECT id FROM documents').pluck().all();
    const editedHash = edited.prepare('SELECT hash FROM documents').pluck().get();
    edited.close();
    expect(editedIds).toEqual(db.prepare(`SELECT id FROM documents WHERE origin = ?`).pluck().all(`seeds/${name}`));
    expect(editedHash).not.toBe(db.prepare(`SELECT hash FROM documents WHERE origin = ?`).pluck().get(`seeds/${name}`));
    fs.rmSync(src, { recursive: true });
    fs.rmSync(path.join(dir, 'edited.sqlite'));
  });

  it('is reproducible: the same sources give the same version', async () => {
    const again = await buildContentBundle({ sourcesDir: SOURCES_DIR, outPath: path.join(dir, 'again.sqlite') });
    expect(again.version).toBe(summary.version);
    fs.rmSync(path.join(dir, 'again.sqlite'));
  }, 120_000);
});
