// The headline figures of a government work report, as patterns: each indicator's value is read
// from the first sentence of the document where its pattern matches (and its `need` pattern, which
// tells a target from a result: 目标, 拟, 安排…). Values keep their qualifier (左右, 以上, 以内).
const N = String.raw`\d+(?:\.\d+)?`;
const RANGE = String.raw`${N}(?:[%％]?\s*[-－—~～至]\s*${N})?`;
const Q = '(?:左右|以上|以内|以下)';
const PCT = String.raw`${RANGE}\s*[%％]${Q}?`;
const MONEY = String.raw`${N}\s*(?:万亿元|亿元)`;

export interface Indicator {
  label: string;
  pattern: RegExp;
  need?: RegExp;
}

const r = (s: string) => new RegExp(s);

export const INDICATORS: Indicator[] = [
  { label: '国内生产总值增长目标', pattern: r(`国内生产总值增长(${PCT})`), need: /目标/ },
  { label: '居民消费价格涨幅', pattern: r(`居民消费价格涨幅(?:控制在)?(${PCT})`) },
  { label: '城镇新增就业', pattern: r(`城镇新增就业(${N}\\s*万人${Q})`) },
  { label: '城镇调查失业率', pattern: r(`城镇调查失业率(?:全年)?(?:控制在)?(${RANGE}\\s*[%％]${Q})`) },
  {
    label: '城镇登记失业率',
    pattern: r(`城镇登记失业率(?:控制在)?((?:低于)?${RANGE}\\s*[%％]${Q}?)`),
    need: /目标|以内|低于/,
  },
  { label: '粮食产量', pattern: r(`粮食产量(?:保持在)?(${N}\\s*(?:万亿斤|亿斤)${Q})`) },
  { label: '单位国内生产总值能耗', pattern: r(`能耗(?:强度)?(?:下降|降低)(${RANGE}\\s*[%％]${Q})`) },
  { label: '赤字率', pattern: r(`赤字率(?:拟按|(?:从[^，。；]*?)?(?:提高|下降|降|调)到)(${PCT})`) },
  { label: '赤字规模', pattern: r(`(?:赤字规模|拟安排财政赤字|财政赤字)(${MONEY})`), need: /拟|今年/ },
  { label: '地方政府专项债券', pattern: r(`专项债券(${MONEY})`), need: /安排/ },
  { label: '超长期特别国债', pattern: r(`超长期特别国债(?:[^。；]*?今年先发行)?(${MONEY})`), need: /拟|今年/ },
  { label: '一般公共预算支出', pattern: r(`一般公共预算支出(?:规模)?(${MONEY})`), need: /比上年|今年|拟/ },
  { label: '中央预算内投资', pattern: r(`中央预算内投资(?:拟安排|安排)?(${MONEY})`) },
  { label: '国内生产总值（上年实际）', pattern: r(`国内生产总值(?:达到|超过|突破)(${N}\\s*万亿元)`) },
];

export interface IndicatorValue {
  value: string;
  paragraph: number;
  sentence: string;
}

/** The value of each indicator in a document's sentences (label → value). */
export function readIndicators(sentences: { paragraph: number; text: string }[]): Map<string, IndicatorValue> {
  const out = new Map<string, IndicatorValue>();
  for (const ind of INDICATORS) {
    for (const s of sentences) {
      const m = ind.pattern.exec(s.text);
      if (!m || (ind.need && !ind.need.test(s.text))) continue;
      out.set(ind.label, { value: m[1]!.replace(/\s+/g, ''), paragraph: s.paragraph, sentence: s.text });
      break;
    }
  }
  return out;
}

/** Values compare equal when they differ only in the form of the percent sign. */
export function sameValue(a: string, b: string): boolean {
  const n = (x: string) => x.replace(/％/g, '%').replace(/[－—~～至]/g, '-');
  return n(a) === n(b);
}
