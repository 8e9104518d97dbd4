// What a judgement closes on when it names the weight of its subject without a key noun of
// judgement-words.ts: a condition (基本条件, 首要条件), a guarantee (根本保证), the crux or core of a whole
// (…的关键, …的核心, 中心环节, 基础一环), a principle (重要原则), a duty or interest shared (神圣义务,
// 共同利益). Closing the sentence, it makes an activity named first its subject (加强民族团结，维护祖国统一，
// 是全国各民族的共同利益): a thesis about that activity, not an order to do it. Inside a sentence the same
// words are often one more task (…，作为…的重要条件), so only the close counts.
// (One copula only: 机构改革，…，是…的紧迫任务，也是…的重要条件 lists what a reform is, a report's case for
// it; 特别是, 尤其是 are no copula.)
const CLOSE =
  /^[^是]{2,40}是[^是，,；;。！]{0,30}(?:神圣(?:任务|义务|职责|使命)|共同(?:利益|要求)|(?:基本|首要|必要|先决|重要)条件|(?:中心|重要)环节|基础一环|根本保证|(?:重要|基本|根本)原则|的(?:关键|核心))[。！]?$/;

export function weightyClose(text: string): boolean {
  return CLOSE.test(text.replace(/特别是|尤其是/g, '、'));
}
