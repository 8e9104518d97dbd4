// A speech or text delivered by someone who died before the Third Plenum (1978-12-18) was written
// before it, whatever its file says: an undated import by 周恩来 or 毛泽东 is a historical record
// as surely as a dated one (status.ts). Only deaths that are certain are listed.
const DIED: Record<string, number> = {
  马克思: 1883,
  恩格斯: 1895,
  列宁: 1924,
  孙中山: 1925,
  李大钊: 1927,
  瞿秋白: 1935,
  方志敏: 1935,
  任弼时: 1950,
  斯大林: 1953,
  罗荣桓: 1963,
  柯庆施: 1965,
  刘少奇: 1969,
  贺龙: 1969,
  陶铸: 1969,
  林彪: 1971,
  陈毅: 1972,
  谢富治: 1972,
  彭德怀: 1974,
  王稼祥: 1974,
  董必武: 1975,
  康生: 1975,
  李富春: 1975,
  周恩来: 1976,
  朱德: 1976,
  张闻天: 1976,
  毛泽东: 1976,
};

/** The speaker (and year of death) that dates a text before the Third Plenum: every speaker of
 * the text died before it. Null when any speaker may have spoken later, or none is known. */
export function diedBeforePlenum(speakers: readonly string[]): { name: string; died: number } | null {
  if (speakers.length === 0 || !speakers.every((s) => DIED[s] !== undefined)) return null;
  const name = speakers[0]!;
  return { name, died: DIED[name]! };
}
