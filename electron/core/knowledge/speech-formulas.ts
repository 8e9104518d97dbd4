// The formulas a local speech reads out, none of them a point to study: the call every speech closes on
// (`让我们以更加务实的作风…交出人民满意的答卷`; a couplet of figures opening it is offered without the
// call, trailing-maxim.ts), the duty owned (`抓好基层党建是我们的分内之事、应尽之责`, 表态), and the
// responsibilities listed and ordered carried out (`党政领导责任、部门监管责任…要层层落实到位`, a task
// whose subject is too long for sentence-tasks.ts to see).

const CLOSING_CALL = /^(?:同志们[，,！!]\s*)?让我们/;

const DUTY_OWNED = /是[^，,。；;]{0,8}(?:分内之事|应尽之责|职责所在|分内事)/;

const LISTED_DUTIES =
  /^[^，,。；;：:“]{2,12}(?:、[^，,。；;：:“]{2,12}){1,5}(?:都|也)?要(?:层层|逐级|切实|全面|真正|进一步)?(?:落实|压实|压紧|到位|健全|完善|加强|强化)/;

/** `打铁还需自身硬，这是我们常说的一句话，关键是…`: a line that remarks on the saying it just quoted. */
const SAYING_REMARKED = /[，,]这是[^，,。；;]{0,10}(?:常说|常讲|说过|讲过)的(?:一句)?(?:话|老话|俗话)/;

/** `森林防火是我镇安全工作的重中之重`, `招商引资是“一把手工程”`: a place's own work ranked first, a
 * priority set, not a point to study (the nation's 三农 是全党工作的重中之重 is a 论断 and stays). */
const LOCAL_PRIORITY =
  /^[^，,。；;]{2,12}是[^，,。；;]{0,12}?(?:(?:我|本|全)(?:县|市|镇|乡|区|村|局)[^，,。；;]{0,12}重中之重|“?一把手工程”?)[。！]?$/;

/** `抓落实，贵在一个“实”字`, `乡村振兴，干字当头`: the key word of the paragraph announced, a heading run
 * into the text (the point is in what follows it; 乡村振兴，关键在人 states it). */
const KEY_WORD_ANNOUNCED = /(?:一个[“"‘][\u4e00-\u9fff]{1,2}[”"’]字|[，,][\u4e00-\u9fff]字当头)[。！!]?$/;

export const isClosingCall = (text: string): boolean => CLOSING_CALL.test(text.trim());

/** Whether a sentence is one of these formulas. */
export function isSpeechFormula(text: string): boolean {
  const t = text.trim();
  return (
    isClosingCall(t) ||
    DUTY_OWNED.test(t) ||
    LISTED_DUTIES.test(t) ||
    SAYING_REMARKED.test(t) ||
    LOCAL_PRIORITY.test(t) ||
    KEY_WORD_ANNOUNCED.test(t)
  );
}
