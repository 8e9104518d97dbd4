// Round t65 (RUBRIC.md): t64h's 二十大 misses (大抓基层, the 基层治理 platform, 人民城市, the 监督体系 line, 两岸关系主导权和
// 主动权) and t65's 三农, culture, 党建, science and youth lines the 十七大–二十大 and 2021–2025 reports state.
// Listing layer only: no new entry becomes a question's blank. The nested rule's code change: 社会主义现代化 named as
// the kind of modernisation the Party leads (中国共产党领导的社会主义现代化) is listed.
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { askable } from '../../../electron/core/quiz/source.js';

const counts = (...texts: string[]) =>
  Object.fromEntries(
    extractTerms(texts.map((text) => ({ kind: 'p' as const, text }))).map((t) => [t.term, t.occurrences.length]),
  );

describe('round t65 listing entries', () => {
  it("lists t64h's 二十大 lines", () => {
    const c = counts(
      '坚持大抓基层的鲜明导向，完善网格化管理、精细化服务、信息化支撑的基层治理平台。',
      '坚持人民城市人民建、人民城市为人民。以党内监督为主导，促进各类监督贯通协调。',
      '牢牢把握两岸关系主导权和主动权。',
    );
    for (const t of [
      '大抓基层',
      '网格化管理、精细化服务、信息化支撑',
      '人民城市人民建、人民城市为人民',
      '各类监督贯通协调',
      '两岸关系主导权和主动权',
    ])
      expect(c[t], t).toBe(1);
    expect(askable('大抓基层')).toBe(false);
  });

  it("leaves a city's own 大抓基层、大打基础 work unlisted", () => {
    expect(
      counts('2020年市委提出的大抓基层、大打基础工作，是加强城市基层党建工作的总体目标。')['大抓基层'],
    ).toBeUndefined();
  });

  it('lists the 三农, culture, 党建, science and youth lines', () => {
    const c = counts(
      '巩固和完善农村基本经营制度；坚持以人民为中心的创作导向；建立生态产品价值实现机制。',
      '党找到了自我革命这一跳出治乱兴衰历史周期率的第二个答案；持之以恒正风肃纪反腐；大兴调查研究。',
      '坚决打赢关键核心技术攻坚战，强化企业科技创新主体地位。',
      '广大青年要坚定不移听党话、跟党走，立志做有理想、敢担当、能吃苦、肯奋斗的新时代好青年。',
    );
    for (const t of [
      '农村基本经营制度',
      '以人民为中心的创作导向',
      '生态产品价值实现',
      '跳出治乱兴衰历史周期率的第二个答案',
      '正风肃纪反腐',
      '大兴调查研究',
      '关键核心技术攻坚战',
      '企业科技创新主体地位',
      '听党话、跟党走',
      '有理想、敢担当、能吃苦、肯奋斗的新时代好青年',
    ])
      expect(c[t], t).toBe(1);
  });

  it('lists 社会主义现代化 as the kind of modernisation the Party leads, not the tail of 大农业', () => {
    expect(counts('中国式现代化是中国共产党领导的社会主义现代化。')['社会主义现代化']).toBe(1);
    expect(counts('发展社会主义现代化大农业。')['社会主义现代化']).toBeUndefined();
  });
});
