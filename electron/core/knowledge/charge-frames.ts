// How the 历史决议 and later texts reject the Cultural Revolution's words without calling them
// wrong beside the quotation: they distance them with 所谓 (所谓“一月风暴”，实际上是……), tell a label
// pinned on people (被打成“黑帮分子”, 扣上“走资派”的帽子, 诬蔑为“臭老九”), or report a claim and deny it
// (被说成是……，这个说法根本没有事实根据). Such a sentence holds the period's words: no study item.

/** 被打成“……”, 扣上/戴上“……”“……”的帽子, 诬蔑为“……”: a label pinned on people, quoted (打造成 is not 打成). */
const CHARGE =
  /(?<!造)打成了?“|(?:扣上|戴上|扣了|戴了)(?:“[^“”]{1,20}”[、，,]?)+的?(?:政治)?帽子|(?:诬蔑|污蔑|诬陷|诬称|诬)为“/;

/** 所谓“……”, or 所谓 with a few words before the quotation (所谓以……为首的“资产阶级司令部”); not 正所谓 (a saying
 * cited) nor 这就是所谓 (a concept named). */
const SO_CALLED = /(?<![正即是谓])所谓的?[^，。；：“”]{0,20}“[^“”]{2,40}”/;
/** What the 历史决议 and 党史 texts say beside a so-called line of the period: it did not exist, was a
 * pretext or a charge, or what was done under it (实际上是一场篡夺……, ……斗争在全国各地蔓延, 强加……的罪名).
 * 所谓 alone also explains a saying or a concept (所谓“当下感”，首先是……), which stays study material. */
const SO_CALLED_VERDICT =
  /实际上是|根本不存在|没有(?:任何)?事实根据|毫无根据|强加|罪名|迫害|篡夺|夺取[^，。；]{0,16}(?:权|机关)|夺权|蔓延|陷于瘫痪|矛头指向/;

/** A claim reported with 说成 and denied in the same sentence. */
const CLAIM_DENIED = /说成[^。！？]*?(?:没有(?:任何)?事实根据|毫无(?:事实)?根据|根本不存在|不能成立|站不住脚)/;

/** The folded sentence (quotation marks as “”) rejects the words it quotes or reports by one of the shapes above. */
export function rejectsByFrame(f: string): boolean {
  return CHARGE.test(f) || CLAIM_DENIED.test(f) || (SO_CALLED.test(f) && SO_CALLED_VERDICT.test(f));
}
