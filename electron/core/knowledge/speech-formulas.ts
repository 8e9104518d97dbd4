// The formulas a local speech reads out, none of them a point to study: the call every speech closes on
// (`让我们以更加务实的作风…交出人民满意的答卷`; a couplet of figures opening it is offered without the
// call, trailing-maxim.ts), the duty owned (`抓好基层党建是我们的分内之事、应尽之责`, 表态), and the
// responsibilities listed and ordered carried out (`党政领导责任、部门监管责任…要层层落实到位`, a task
// whose subject is too long for sentence-tasks.ts to see).

const CLOSING_CALL = /^(?:同志们[，,！!]\s*)?让我们/;

const DUTY_OWNED = /是[^，,。；;]{0,8}(?:分内之事|应尽之责|职责所在|分内事)/;

const LISTED_DUTIES =
  /^[^，,。；;：:“]{2,12}(?:、[^，,。；;：:“]{2,12}){1,5}(?:都|也)?要(?:层层|逐级|切实|全面|真正|进一步)?(?:落实|压实|压紧|到位|健全|完善|加强|强化)/;

export const isClosingCall = (text: string): boolean => CLOSING_CALL.test(text.trim());

/** Whether a sentence is one of these formulas. */
export function isSpeechFormula(text: string): boolean {
  const t = text.trim();
  return isClosingCall(t) || DUTY_OWNED.test(t) || LISTED_DUTIES.test(t);
}
