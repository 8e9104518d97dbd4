// Where a long sentence may be cut for a 提法 question, and where a 提法 is not asked: a fact cut
// after a clause that only frames what follows (全党必须从…的高度, 以…的精神风貌, 围绕…, 一靠…)
// ends mid-sentence, and a 提法 that modifies the people or the body after it (面对【小康社会】人民群众…,
// 中央【全面依法治国】领导小组) is part of a longer phrase, not what the sentence says.

/** A subject and a modal before the frame (全党必须, 我们要). */
const LEAD = String.raw`(?:\p{Script=Han}{0,8}?(?:必须|要|应当|应该|应|将|都|也|就|更加))?`;
const OPEN_FRAMES = [
  // 从…的高度 / 站在…的角度
  new RegExp(String.raw`^${LEAD}(?:从|站在)[^，,；;]*(?:高度|角度|立场)$`, 'u'),
  // 以…的精神风貌
  new RegExp(String.raw`^${LEAD}以[^，,；;]*(?:风貌|姿态|精神|状态|态度|干劲|作风)$`, 'u'),
  // 在…的基础上 / 前提下 / 指引下
  new RegExp(
    String.raw`^${LEAD}在[^，,；;]*(?:基础上|前提下|过程中|条件下|指引下|领导下|带领下|形势下|背景下|情况下)$`,
    'u',
  ),
  // 围绕…, 面对…, 随着…: an adverbial whose verb is in the next clause
  new RegExp(String.raw`^${LEAD}(?:围绕|面对|面临|随着|为了|本着|沿着|着眼于?|立足于?)[^，,；;]*$`, 'u'),
  // The first item of a count (一靠教育，二靠制度; 一是…)
  /^[一首][是靠要抓来]/u,
  // A modifier whose noun is in the next clause (发展面向现代化、面向世界、面向未来的，民族的科学的大众的…文化;
  // questions-imported52.json)
  /的[，,]?$/u,
];

/** Whether a clause only frames the clause after it, so a fact must not end with it. */
export function opensFrame(clause: string): boolean {
  return OPEN_FRAMES.some((re) => re.test(clause.trim()));
}

/** People or a body right after a 提法: the 提法 modifies them (小康社会人民群众, 依法治国领导小组, 村“两委”班子). */
const ACTOR_AFTER = /^(?:人民|群众|党员|干部|党[^中员内外的组委建]|领导小组|委员会|办公室|工作组|班子)/u;

export function modifiesActor(after: string): boolean {
  return ACTOR_AFTER.test(after);
}
