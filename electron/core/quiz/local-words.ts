// A 提法 inside the words a user's import quotes from someone only it knows: a worker, a resident, a student
// (公司职工王师傅在车间座谈时说：“‘十五五’的好日子，要靠我们一锤一锤干出来。”; questions-imported66.json,
// questions-imported67.json). What they say of their own life is no study material, and the slot is theirs to fill.

/** A verb that closes a reporting clause right before the quotation (…说：“, …写道：“). */
const BEFORE = /(?:说|讲|[写说问笑]道|表示|谈到|感慨|坦言|告诉记者)[：:，,]?\s*$/;
/** A reporting clause right after a quoted sentence (“……。”居民代表陈大爷说。), not a word ending on 说 (学说). */
const AFTER = /^[，,]?\s*([^。！？!?；;，,“”]{1,20}?)(?:说|讲|表示|感慨|坦言)道?[。，,！!]/;
/** Whose words a learner studies: a leader named by his post, a revered figure (焦裕禄同志), a saying or a book. */
const KNOWN = /总书记|主席|总理|委员长|同志|党中央|中央|古人|先贤|俗话|常言|老话|谚|诗|名言|有句话|书中|文章/;

/** Whether `span` of `text` lies in a quotation whose reporting clause names no one the library knows (`known`: a
 * library speaker's name in the clause). */
export function localReportedWords(
  text: string,
  span: { start: number; end: number },
  known: (clause: string) => boolean,
): boolean {
  const open = text.lastIndexOf('“', span.start);
  if (open < 0 || text.slice(open, span.start).includes('”')) return false;
  const close = text.indexOf('”', span.end);
  if (close < 0) return false;
  const before = text.slice(0, open);
  let clause: string | null = null;
  if (BEFORE.test(before)) clause = before.split(/[。！？!?；;]/).pop() ?? '';
  else if (/[。！？!?，,]$/.test(text.slice(open + 1, close)) || /^[，,]/.test(text.slice(close + 1)))
    clause = AFTER.exec(text.slice(close + 1))?.[1] ?? null;
  return clause !== null && clause.trim().length > 0 && !KNOWN.test(clause) && !known(clause);
}

/** A person of the import named and set saying something, unquoted, before the blank in its sentence (交流发言：副局长
 * 吴刚说，要加快构建【新发展格局】; 有的同志说，…): the words are his, as told by the writer (questions-imported68.json). */
const SAID_UNQUOTED = /([^。！？!?；;，,：:“”]{1,16}?)(?:说|讲|表示|谈到)[，,：:](?![“"])[^“”。！？!?；;]*$/u;

/** Whether `at` of `text` follows, in its sentence, an unquoted reporting clause naming no one the library knows. */
export function localSaidUnquoted(text: string, at: number, known: (clause: string) => boolean): boolean {
  const from = Math.max(...[...'。！？!?；;'].map((m) => text.lastIndexOf(m, at - 1))) + 1;
  const clause = SAID_UNQUOTED.exec(text.slice(from, at))?.[1];
  return (
    clause !== undefined &&
    !KNOWN.test(clause) &&
    !/会议|全会|报告|建议|决定|纲要|条例|党章|公报|文件|规划|意见|通知/.test(clause) &&
    !known(clause)
  );
}
