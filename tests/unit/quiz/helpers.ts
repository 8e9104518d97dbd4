// Test helpers: a small real content bundle (BUNDLE_SCHEMA) and a core on a temp data folder.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../../electron/core/app-core.js';
import { writeBundleCached } from '../support/bundle-cache.js';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import type { ApiArgs, ApiMethod, ApiResults } from '../../../electron/contract/api.js';

export const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures');

interface Doc {
  id: string;
  title: string;
  type: string;
  date: string;
  speakers: string[];
  paragraphs: string[];
  quotes?: { paragraph: number; text: string; speaker: string }[];
  terms?: { paragraph: number; term: string }[];
}

export const DOCS: Doc[] = [
  {
    id: 'b:report2025',
    title: '2025年政府工作报告',
    type: '文件',
    date: '2025-03-05',
    speakers: ['李强'],
    paragraphs: [
      '国内生产总值达到134.9万亿元、增长5%。城镇新增就业1256万人，城镇调查失业率平均为5.1%。',
      '全国累计选派驻村第一书记51.8万人，坚持和发展新时代“枫桥经验”，推行“四议两公开”工作法。',
    ],
    terms: [
      { paragraph: 1, term: '枫桥经验' },
      { paragraph: 1, term: '四议两公开' },
    ],
  },
  {
    id: 'b:report2024',
    title: '2024年政府工作报告',
    type: '文件',
    date: '2024-03-05',
    speakers: ['李强'],
    paragraphs: [
      '国内生产总值超过126万亿元，增长5.2%。城镇新增就业1244万人，年末城镇调查失业率为5.1%。',
      '居民消费价格上涨0.2%，粮食产量1.39万亿斤。坚持“两个毫不动摇”。一般公共预算支出28.5万亿元，赤字率为3%。居民人均可支配收入实际增长6.1%。',
    ],
    terms: [{ paragraph: 1, term: '两个毫不动摇' }],
  },
  {
    id: 'b:report2023',
    title: '2023年政府工作报告',
    type: '文件',
    date: '2023-03-05',
    speakers: ['李克强'],
    paragraphs: [
      '国内生产总值增加到121万亿元，五年年均增长5.2%。城镇新增就业年均1270万人以上。',
      '全面落实“三新一高”要求，推进“一带一路”建设。',
    ],
    terms: [
      { paragraph: 1, term: '三新一高' },
      { paragraph: 1, term: '一带一路' },
    ],
  },
  {
    id: 'b:speech2021',
    title: '在庆祝中国共产党成立100周年大会上的讲话',
    type: '讲话',
    date: '2021-07-01',
    speakers: ['习近平'],
    paragraphs: [
      '江山就是人民，人民就是江山，打江山、守江山，守的是人民的心。',
      '以史为鉴、开创未来，必须坚持中国共产党坚强领导。',
    ],
    quotes: [
      { paragraph: 0, text: '江山就是人民，人民就是江山，打江山、守江山，守的是人民的心', speaker: '习近平' },
      { paragraph: 1, text: '以史为鉴、开创未来，必须坚持中国共产党坚强领导', speaker: '习近平' },
    ],
  },
  {
    id: 'b:speech1978',
    title: '解放思想，实事求是，团结一致向前看',
    type: '讲话',
    date: '1978-12-13',
    speakers: ['邓小平'],
    paragraphs: ['一个党，一个国家，一个民族，如果一切从本本出发，思想僵化，迷信盛行，那它就不能前进。'],
    quotes: [
      {
        paragraph: 0,
        text: '一个党，一个国家，一个民族，如果一切从本本出发，思想僵化，迷信盛行，那它就不能前进',
        speaker: '邓小平',
      },
    ],
  },
  {
    id: 'b:speech1992',
    title: '在武昌、深圳、珠海、上海等地的谈话要点',
    type: '讲话',
    date: '1992-01-18',
    speakers: ['邓小平'],
    paragraphs: ['发展才是硬道理。', '计划多一点还是市场多一点，不是社会主义与资本主义的本质区别。'],
    quotes: [{ paragraph: 1, text: '计划多一点还是市场多一点，不是社会主义与资本主义的本质区别', speaker: '邓小平' }],
  },
];

export function buildFixtureBundle(file: string): void {
  const docs: ContentDocument[] = DOCS.map((d) => ({
    id: d.id,
    title: d.title,
    type: d.type as ContentDocument['type'],
    date: d.date,
    source: null,
    speakers: d.speakers.map((name) => ({ name, role: null })),
    occasion: null,
    place: null,
    script: 'simplified',
    paragraphs: d.paragraphs.map((text) => ({ kind: 'p' as const, text })),
    quotes: (d.quotes ?? []).map((q) => {
      const start = (d.paragraphs[q.paragraph] ?? '').indexOf(q.text);
      return {
        paragraph: q.paragraph,
        start,
        end: start + q.text.length,
        text: q.text,
        speaker: q.speaker,
        occasion: null,
        date: d.date,
        citation: `——${q.speaker}《${d.title}》`,
      };
    }),
    terms: (d.terms ?? []).map((t) => ({
      term: t.term,
      occurrences: [{ paragraph: t.paragraph, start: (d.paragraphs[t.paragraph] ?? '').indexOf(t.term) }],
    })),
    hash: d.id,
    origin: 'fixture',
  }));
  writeBundleCached(file, docs, 'fixture');
}

export interface TestCore {
  core: Core;
  dir: string;
  call<M extends ApiMethod>(method: M, arg: ApiArgs<M>): Promise<ApiResults[M]>;
  close(): void;
}

/** `data`: a closed core's data folder to start from (a copy of it: the folder itself is left as it is). */
export function makeCore(opts: { bundle?: string; data?: string } = {}): TestCore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shelf-quiz-'));
  const bundlePath = opts.bundle ?? path.join(dir, 'bundle.sqlite');
  if (!opts.bundle) buildFixtureBundle(bundlePath);
  if (opts.data) fs.cpSync(opts.data, path.join(dir, 'data'), { recursive: true });
  const core = createCore({ dataDir: path.join(dir, 'data'), bundlePath });
  return {
    core,
    dir,
    async call(method, arg) {
      const env = await dispatch(core.handlers, method, arg);
      if (!env.ok)
        throw Object.assign(new Error(env.error.message), { code: env.error.code, details: env.error.details });
      return env.value as never;
    },
    close() {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
