// 所以我们说，…: words that only draw a conclusion before a judgement of its own (所以我们说，反对资产阶级
// 自由化的斗争，关系…成败，关系…前途命运); the judgement after them stands alone, as it does after 实践证明，
// (quote-candidates.ts leaves the lead off). A bare 因此，/所以， is not one: what follows it is often the
// consequence of the sentence before (因此，政治体制改革的关键首先是党政分开 leans on the problem told).
// (一年来的实践使我们深刻体会到：…; 实践使我们认识到：…: the lesson a report draws, as after 实践证明，.)
// (`驻村这两年，我最深的体会是，…`: the lesson the speaker draws; so `体会最深的是：`, `最深的感受是，`, a diary's `我想，`, a lecture's `我常想，` and
// `在我看来，`.)
export const CONCLUSION_LEAD =
  /^所以我们(?:说|认为)[，,]|^(?:[^，,。；;：:“”]{1,12}[，,])?我?(?:(?:最深|最大)的(?:体会|感受|感悟)|(?:体会|感受|感悟)最深的)(?:就)?是[，,：:]|^我(?:常|总)?想[，,]|^在我看来[，,]|^[^，,。；;：:]{0,12}(?:实践|工作)(?:使|让)我们(?:深刻|深切|进一步)?(?:体会到|认识到|感到)[：:，,]/;
