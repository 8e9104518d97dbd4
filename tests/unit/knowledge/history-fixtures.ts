// The labelled set of historical and history-discussing texts (history-fixtures/README.md): each
// rendered as the file a user imports, imported through the API, and every study item (金句, 提法,
// question, topic suggestion) it yields collected, with the judge that says which of them are wrong.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldForSearch } from '../../../electron/core/text/normalize.js';
import { generateQuestions } from '../../../electron/core/quiz/generate.js';
import { loadSource } from '../../../electron/core/quiz/source.js';
import { settleQuotes } from '../../../electron/core/services/quote-pass.js';
import type { TestCore } from '../quiz/helpers.js';
import { isCriticisedLine } from '../../../electron/core/knowledge/superseded-lines.js';
import { historyFile } from './history-file.js';
import { cutsShortQuotation } from '../../../electron/core/quiz/blank-in-quotation.js';

export const HISTORY_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'history-fixtures');

export interface HistoryLabel {
  file: string;
  /** A round's batch (labels-h25.json: `h25`, and `h25h` held out). */
  set?: string;
  /** pdf and doc: the binary beside the .txt (made once with LibreOffice, README round h16). */
  format: 'txt' | 'docx' | 'html' | 'pdf' | 'doc';
  published?: string;
  shape: string;
  status: '现行' | '历史文献';
  /** The period the 历史文献 note must name: early (before 1966), building (1956–1966, where the text tells it: the
   * 全面建设社会主义 or 大跃进 note, not the founding years'), cr (1966–1976), pre-plenum (1976–1978). */
  note: 'early' | 'building' | 'cr' | 'pre-plenum' | null;
  /** Parts of the sentences that quote a superseded line to criticise it: no study item from them. */
  noStudy?: string[];
  /** The superseded lines the text criticises: never a 提法, an answer or a suggested 提法. */
  slogans?: string[];
  /** Lines of a current text that stay study material (为人民服务, a 历史决议 verdict): never blocked. */
  keep?: string[];
  /** A Word file's page header (the only place some files keep their date). */
  pageHeader?: string;
}

const readLabels = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(HISTORY_DIR, name), 'utf8')) as HistoryLabel[];

export const HISTORY_LABELS = readLabels('labels.json');

/** Round h25: real excerpts of the library's 1969–1982 congress and government reports. */
export const H25_LABELS = readLabels('labels-h25.json');

/** Round h26: real excerpts of the 1955–1992 reports, every era from the 社会主义改造 to the early reform years. */
export const H26_LABELS = readLabels('labels-h26.json');

/** Round h28: real excerpts of the 1964–1979 reports in plain prose, and later reports looking back on them. */
export const H28_LABELS = readLabels('labels-h28.json');

/** Round h29: real excerpts of the 1955–1978 reports on foreign affairs, and later ones using 第三世界, 霸权主义, 统一. */
export const H29_LABELS = readLabels('labels-h29.json');

/** Round h30: real excerpts of the 1956–1978 reports in plain prose, one set phrase or none, and 1980–2022 reports on
 * the same matters (机械工业, 价值规律, 十年规划). */
export const H30_LABELS = readLabels('labels-h30.json');

/** Round h31: real excerpts of the 1954–1978 reports in plain prose (no set phrase of their years), and 1980–2023
 * reports and 党史 lines that discuss the same years (五十年代, 建国以来, 党史学习教育). */
export const H31_LABELS = readLabels('labels-h31.json');

/** Round h32: real excerpts of the 1955–1978 reports in plain prose (the 1978 economic prose, 1955–57 prose with no
 * year or institution, Cultural-Revolution lines that read as current), and 2019–2020 People's Daily pieces that look
 * old (anniversaries, 党史, 毛泽东同志 quoted, children and 雷锋). */
export const H32_LABELS = readLabels('labels-h32.json');

/** Round h52: real excerpts of the 1956–1978 reports (the war-readiness directive, 解放台湾, 1978's 高速度 and 跃进, 1956–57
 * budget, school and employment prose), and 1979–2020 texts on Taiwan, defence and the same years. */
export const H52_LABELS = readLabels('labels-h52.json');

/** Round h53: real excerpts of the 1956–1959 reports (budget, wages, schools, industry), 1975–1978 texts whose note is
 * the question (文化大革命 or 三中全会前), and 1979–1983 reports and 2019–2020 articles that look old. */
export const H53_LABELS = readLabels('labels-h53.json');

/** Round h54: real excerpts of the 1956–1959 reports (budget, campaigns, decentralisation, Tibet), 1973–1978 foreign
 * and economic prose, and 1979–1982 reports and 2019 articles on 三线建设, 两弹一星 and 毛主席 that look old. */
export const H54_LABELS = readLabels('labels-h54.json');

/** Round h55: real excerpts of the 1954–1964 reports in plain prose (统购统销, 农业生产合作社, 人民公社 as a live
 * institution, the second plan's figures, 调整 and 精简), and 1979–1985 reports and 2019–2020 articles on the same things
 * that look old. */
export const H55_LABELS = readLabels('labels-h55.json');

/** Round h56: real excerpts of the 1955–1964 reports that speak of a plan year as this year (一九五八年计划, 在今年内)
 * and of the period's institutions as live (农业合作社, 公私合营, 国营农场), and 1980–1982 reports and 2019–2020 articles
 * on 生产队, 国营农场 and 农业合作社 that look old. */
export const H56_LABELS = readLabels('labels-h56.json');
/** Round h57: real excerpts of the 1954–1964 and 1977 reports the code read as 现行 (a year counted from, the plan's
 * years run, the period's own 勤俭建国 and 历史意义, 西藏自治区筹委会, the 1956–67 纲要), and 1979–85 reports and 2019–20
 * articles that look old (勤俭建国 today, 长期以来, 1951年以来, the first plan told as history). */
export const H57_LABELS = readLabels('labels-h57.json');
/** Round h58: real excerpts of the 1954–1964 reports in the shapes h57h missed (几年以来 or 今年内 with no year, 现有 alone,
 * 到现在, 定息, the foreign-affairs voice of 1959, private industry in the transition) and 1958–64 texts whose own words
 * tell the 1956–66 note, and 1981–2020 texts that look old (anniversaries, 友好历史, 今年内 and 现有 today, 到现在). */
export const H58_LABELS = readLabels('labels-h58.json');
/** Round h59: real excerpts of the 1954–1960 and 1977 reports in the shapes h58 left current (今年内 with no year, 现有
 * alone, 五年以来, the 纲要's twelve-year target) and 1981–2020 texts with the same words (今年内, 现有, 建国三十二年来,
 * 共同纲领 told as history, 2020年将是). */
export const H59_LABELS = readLabels('labels-h59.json');
/** Round h60: real excerpts of the 1955, 1958 and 1977–78 reports in the shapes h59h missed (the five-year plan
 * unnumbered, 建设完工, the campaign against the 四人帮 with every name in marks) and 1979–2020 texts with 清查, 四人帮,
 * 流毒 and plans. */
export const H60_LABELS = readLabels('labels-h60.json');
/** Round h61: real excerpts of the 1955 and 1978 reports in the shapes h60h missed (the unnumbered plan with 将使 or a
 * duty in another sentence, the campaign against the 四人帮 alone) and 1979–2020 texts with 流毒, 粉碎“四人帮”, 新生事物
 * and plans. */
export const H61_LABELS = readLabels('labels-h61.json');
/** Round h62: real excerpts of the 1955 and 1977–78 reports in the shapes h61h missed (the unnumbered plan as the
 * text's own, the campaign against the 四人帮 alone with one phrase of its years) and 1979–2020 texts with 揭批, 流毒 and
 * plans. */
export const H62_LABELS = readLabels('labels-h62.json');
/** Round h63: real excerpts of the 1959–78 reports with a single sign of their period (one set phrase of the CR or
 * late-Mao years, the Leap as the text's own, the 四人帮 alone beside a harm of the present or the chairman's title) and
 * 1979–2020 texts with the same words (抓纲治国 told as done, 革命委员会 replaced, 准备打仗, the gang's remnants). */
export const H63_LABELS = readLabels('labels-h63.json');
/** Round h64: real excerpts of the 1954–77 reports still called current (the Soviet ally, Taiwan to liberate, the 纲要
 * to reach early, the 社教 at hand, 兴无灭资, 政治挂帅, the Leap as ours, the committees' duty, 刘少奇 as the foe, the
 * 三要三不要 held) and 1986–2019 texts that look old (the Soviet bloc, socialist education, Soviet aid in 1937, Taiwan). */
export const H64_LABELS = readLabels('labels-h64.json');

/** Round h65: real excerpts of the 1954–77 reports still called current (the Cultural Revolution's campaigns at hand,
 * the 四大矛盾, a year's present told by a span or an anniversary, the Soviet bastion of peace, 不法资产阶级分子, 老、中、青三结合,
 * the chairman's line) and 1979–2020 texts that look old (社会帝国主义 alone, a 1959 memoir, today's 土、肥、水、种). */
export const H65_LABELS = readLabels('labels-h65.json');

/** Round h66: 1954–78 prose whose only signs the code missed (the four h65h shapes rewritten, 1958–60 跃进 without its
 * name, 1963–65 学雷锋, 四清 and 备战, 1974–76 批林批孔 and 翻案风 in plain words, 1977–78 大干快上) and 2013–2024 texts
 * that look old (艰苦奋斗, 自力更生, 1958 and 1969 looked back on, 雷锋's diary quoted, 备战 and 高速 of today). */
export const H66_LABELS = readLabels('labels-h66.json');

/** Round h67: 1949–78 prose whose only signs are weak (the eight h66h shapes rewritten, 1950–53's campaigns, the 1970s'
 * 两霸 and 第三世界, traditional script) and 2020–2025 texts that look old (anniversaries, 党史, 大寨, 红旗渠, 学雷锋). */
export const H67_LABELS = readLabels('labels-h67.json');

/** Round h68: the h67 leftovers rewritten and 1949–78 prose in the period's ways of writing (Han-numeral years, 工宣队,
 * 毛主席语录 set apart, 两报一刊, 打倒…！), and 2018–2025 texts that look old (党史学习教育, 改革开放 and 外交 retrospectives). */
export const H68_LABELS = readLabels('labels-h68.json');

/** Round h69: the h68h leftovers reworded, 1950s 土改/合作化/一五, 1960s 调整 and 学大庆/学大寨, 1970s 批林批孔, 学大寨 会议 and
 * 抓纲治国 prose, and 2016–2025 texts that look old (党史小故事, 口述史, 地方志 年表, 红色景区 解说词, 新时代 articles). */
export const H69_LABELS = readLabels('labels-h69.json');

/** Round h70: the h69h leftovers reworded, 1950–52 恢复时期, 1958–60 and 1966–76 prose (最高指示, 悼词, 追悼大会), 文献选编
 * reprints with a modern 注释, and 2021–2024 texts that look old (纪念 articles, 党史学习教育, 大事记, 口述, 宣讲). */
export const H70_LABELS = readLabels('labels-h70.json');

/** Round h71: the h70h leftovers reworded, 1953–57 统购统销 and 合作化, 1960–62 调整 and 下放, 1963–65 四清 and 学雷锋, 1970s
 * 批林批孔 and 学大寨 written plainly, period letters; and 2021–2025 texts that look old (志愿服务, 红色旅游, 地方志, 回忆录). */
export const H71_LABELS = readLabels('labels-h71.json');

/** Round h72: the h71h leftovers reworded, 1956–57 百花齐放 and 整风, 1958 steel and communes written plainly, 1964–66 三线,
 * 1975 整顿, 1977–78 揭批 and 科学大会, Hong Kong 左派 press; and 2021–2026 texts that look old (村史, 纪念, 解说词, 党课). */
export const H72_LABELS = readLabels('labels-h72.json');

/** Round h73: h72h's 三线 miss reworded, 1953–78 campaigns in shapes not yet covered (统购统销, 合作化, 反修, 四清, 大字报,
 * 社论, 语录, 批邓, an early 真理标准 piece); and 2021–2025 texts that look old (党课, 回忆录, 地方志, 精神 as present study). */
export const H73_LABELS = readLabels('labels-h73.json');

const NOTE_WORDS = {
  early: /新中国成立初期|全面建设社会主义时期|大跃进/,
  building: /全面建设社会主义时期|大跃进/,
  cr: /文化大革命/,
  'pre-plenum': /三中全会前/,
};

const han = (s: string) => (foldForSearch(s).match(/\p{Script=Han}/gu) ?? []).join('');

/** Text `t` is (part of) one of the sentences, or holds one. */
const overlaps = (t: string, parts: readonly string[]) =>
  parts.some((p) => {
    const a = han(t);
    const b = han(p);
    return a.length > 0 && (a.includes(b) || b.includes(a));
  });

/** An answer that is a superseded line, or three characters or more of one (阶级斗争为纲). */
const isSlogan = (answer: string, slogans: readonly string[]) =>
  slogans.some((s) => {
    const a = han(answer);
    const b = han(s);
    return a.length > 0 && (a.includes(b) || (a.length >= 3 && b.includes(a)));
  });

export interface HistoryFindings {
  /** Files whose status or note is wrong. */
  status: string[];
  /** Study items that come from a criticised line or a historical document. */
  quotes: string[];
  terms: string[];
  questions: string[];
  suggestions: string[];
  /** 金句 kept on current documents (a guard: the fix must not empty them). */
  currentQuotes: number;
  /** `keep` lines blocked as superseded (over-blocking), and those that became a 金句. */
  blockedValid: string[];
  keptAsQuotes: number;
}

/** Imports every labelled file into the core and judges what study material comes of them. */
export async function judgeHistory(
  t: Pick<TestCore, 'call' | 'core'>,
  labels: readonly HistoryLabel[] = HISTORY_LABELS,
): Promise<HistoryFindings> {
  const f: HistoryFindings = {
    status: [],
    quotes: [],
    terms: [],
    questions: [],
    suggestions: [],
    currentQuotes: 0,
    blockedValid: [],
    keptAsQuotes: 0,
  };
  const byId = new Map<string, HistoryLabel>();
  for (const label of labels) {
    const { name, bytes } = await historyFile(label);
    const r = await t.call('importFiles', { files: [{ name, dataBase64: bytes.toString('base64') }] });
    // A labelled file that imports nothing (refused as too short) is judged, not skipped: it counts as a miss.
    if (r.results[0]!.docIds.length === 0) f.status.push(`${label.file}: not imported`);
    for (const id of r.results[0]!.docIds) byId.set(id, label);
  }
  const allSlogans = [...new Set(labels.flatMap((l) => l.slogans ?? []))];
  const docs = (await t.call('listDocuments', { limit: 500 })).items;
  for (const d of docs) {
    const label = byId.get(d.id);
    if (!label) continue;
    const note = label.note ? NOTE_WORDS[label.note] : null;
    if (d.status !== label.status || (note ? !note.test(d.statusNote ?? '') : d.statusNote !== null))
      f.status.push(`${label.file}: ${d.status} ${d.statusNote ?? '(no note)'}`);
  }
  const bad = (docId: string, text: string) => {
    const label = byId.get(docId);
    return !!label && (label.status === '历史文献' || overlaps(text, label.noStudy ?? []));
  };
  for (const [id, label] of byId) {
    const quotes = (await t.call('listQuotes', { docId: id, limit: 200 })).items;
    if (label.status === '现行') f.currentQuotes += quotes.length;
    for (const k of label.keep ?? []) {
      if (isCriticisedLine(k)) f.blockedValid.push(`${label.file}: ${k}`);
      if (quotes.some((q) => overlaps(q.text, [k]))) f.keptAsQuotes++;
    }
    for (const q of quotes) if (bad(id, q.text)) f.quotes.push(`${label.file}: ${q.text}`);
  }
  // The 提法 index shows a 历史提法 with its category: labelled, not offered as a current 提法.
  for (const term of (await t.call('listTerms', { limit: 1000 })).items.filter((x) => x.category !== '历史提法'))
    for (const id of term.docIds)
      if (byId.has(id) && isSlogan(term.term, allSlogans)) f.terms.push(`${byId.get(id)!.file}: ${term.term}`);
  await settleQuotes(t.core.ctx); // 金句 follow the import (quote-pass.ts)
  for (const d of generateQuestions(loadSource(t.core.ctx), 'all', 10_000)) {
    const label = d.docId ? byId.get(d.docId) : undefined;
    if (!label) continue;
    // A choice question offers no superseded line, as its key nor as a distractor.
    const answers = d.kind === '填空' ? d.blanks.map((b) => b.text) : d.options;
    // A 出自哪篇 key is a title, which may name the line it criticises (从“以阶级斗争为纲”到……).
    const keyIsTitle = /出自哪/.test(d.stem);
    if (bad(d.docId!, d.fact) || (!keyIsTitle && answers.some((a) => isSlogan(a, label.slogans ?? []))))
      f.questions.push(`${label.file}: ${d.stem} ${d.fact} → ${answers.join('；')}`);
    // A 填空 never asks for part of a quoted name or slogan (二公 of “一大二公”).
    else if (d.kind === '填空' && cutsShortQuotation(d.fact, d.blanks))
      f.questions.push(`${label.file}: ${d.fact} → ${answers.join('；')} (part of a quotation)`);
  }
  for (const topic of ['阶级斗争', '两个凡是', '改革开放', '实事求是', '大跃进', '文化大革命']) {
    const s = await t.call('suggestSessionMaterial', { topic, limit: 20 });
    for (const q of s.quotes) if (bad(q.docId, q.text)) f.suggestions.push(`${topic} 金句: ${q.text}`);
    for (const x of s.terms) if (isSlogan(x.term, allSlogans)) f.suggestions.push(`${topic} 提法: ${x.term}`);
  }
  return f;
}
