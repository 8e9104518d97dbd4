// `让我们以更加务实的作风…交出人民满意的答卷`, `让我们携手并进…`: the call every speech and report
// closes on is a formula, not a point to study (a couplet of figures opening it is offered without the
// call, trailing-maxim.ts, so what is left here opens on the call itself).
const CLOSING_CALL = /^(?:同志们[，,！!]\s*)?让我们/;

export const isClosingCall = (text: string): boolean => CLOSING_CALL.test(text.trim());
