// Principles a report lays down in the form of a rule, which the task tests (sentence-tasks.ts) would
// read as instructions: what is one's business set against what is not (政府该管的事一定要管好，不该管的
// 事坚决不管; 能办的事…，不能办的事…), a price never to be paid (绝不能以牺牲环境…为代价…), and a subject
// weighed by what it bears on, then ruled on without exception (农业事关全局，决不能…; 农业、农村、农民问题，
// 关系…全局，任何时候都不能忽视和放松). A principle is remembered as it is said; it is no step of a work plan
// and no record of a year (its condition, 因为连续几年丰收, tells no event).

/** 该管的…，不该管的…: a topic and its negation opening two clauses of one sentence. */
const TOPIC_AND_NEGATION =
  /^[^，,；;。]{0,6}?([\u4e00-\u9fff]{1,3})的(?:事(?:情)?)?[^，,；;。]{1,10}[，,](?:而|但|对)?不\1的(?:事(?:情)?)?[^，,；;。]{1,10}[。！]?$/;
/** 绝不能以…为代价: a price never to be paid. */
const NEVER_AT_COST = /^(?:[^，,；;。]{0,8}[，,])?(?:决|绝)不(?:能|可|允许)以[^，,；;。]{2,24}为代价/;
/** X事关全局，决不能…; X，关系…，任何时候都不能…: a subject weighed, then ruled on without exception. */
const WEIGHED_THEN_RULED =
  /^[^，,；;。]{2,20}[，,]?(?:事关|关系(?:到|着)?|关乎)[^，,；;。]{2,24}[，,](?:(?:决|绝)不(?:能|可)|任何时候都(?:不能|不可|要))[^；;。]{2,40}[。！]$/;

export function principle(text: string): boolean {
  return TOPIC_AND_NEGATION.test(text) || NEVER_AT_COST.test(text) || WEIGHED_THEN_RULED.test(text);
}
