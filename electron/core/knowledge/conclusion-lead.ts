// 所以我们说，…: words that only draw a conclusion before a judgement of its own (所以我们说，反对资产阶级
// 自由化的斗争，关系…成败，关系…前途命运); the judgement after them stands alone, as it does after 实践证明，
// (quote-candidates.ts leaves the lead off). A bare 因此，/所以， is not one: what follows it is often the
// consequence of the sentence before (因此，政治体制改革的关键首先是党政分开 leans on the problem told).
export const CONCLUSION_LEAD = /^所以我们(?:说|认为)[，,]/;
