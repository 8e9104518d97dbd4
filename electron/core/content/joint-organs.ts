// A joint 红头's mark (`中共某某县委　某某县人民政府文件`) as the file's text gives it: often run into one
// word (a PDF's text layer loses the space; a mark is read with its letter-spacing squeezed out). The
// organs are parted only where each part is an organ of a known shape — 中共中央, 国务院, a place's 党委,
// 人民政府 or their 办公室/办公厅 — and only one way; a mark that reads as two organs but will not part so
// is uncertain.

/** A place's name: a few characters ending on its level (no organ word inside it). */
const PLACE = '[^\\s委府办党部局厅会院]{1,6}?[省市县区镇乡州旗]';
/** The centre's organs, which name no place: `中共中央(办公厅)`, `国务院(办公厅)`. */
const CENTRAL = '(?:中共中央|国务院)(?:办公厅)?';
/** `中共某某县委(员会)`, `某某镇党委`, `某某县人民政府`, `中共某某省委办公厅`, `某某县人民政府办公室`. */
const ORGAN = new RegExp(`^(?:${CENTRAL}|(?:中共|中国共产党)?${PLACE}(?:党委|委员会|委|人民政府)(?:办公室|办公厅)?)$`);
const OPENS_ORGAN = new RegExp(`^(?:国务院|(?:中共|中国共产党)?${PLACE})`);
/** Where a first organ's name may end. */
const ORGAN_END = /(?:委|政府|办公室|办公厅|委员会|部|局|厅|院|中心|中共中央)$/;

/** Every way to part `run` into known organs (at most two ways are looked for). */
function partings(run: string): string[][] {
  if (ORGAN.test(run)) return [[run]];
  const out: string[][] = [];
  for (let i = 4; i <= run.length - 3 && out.length < 2; i++) {
    const head = run.slice(0, i);
    if (!ORGAN.test(head) || !OPENS_ORGAN.test(run.slice(i))) continue;
    for (const rest of partings(run.slice(i))) out.push([head, ...rest]);
  }
  return out;
}

/** Whether the run reads as more than one organ: an organ word, then a place's name opening another. */
const looksJoint = (run: string) =>
  [...run].some((_, i) => i >= 4 && ORGAN_END.test(run.slice(0, i)) && OPENS_ORGAN.test(run.slice(i)));

/** The organs a mark names, apart by a space as the mark prints them (`中共某某县委 某某县人民政府`);
 * the run itself when it is one organ; null when it reads as several that do not part one way. */
export function jointOrgans(run: string): string | null {
  if (!looksJoint(run)) return run;
  const ways = partings(run);
  return ways.length === 1 && ways[0]!.length > 1 ? ways[0]!.join(' ') : null;
}
