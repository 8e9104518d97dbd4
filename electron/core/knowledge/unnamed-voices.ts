// Words a report or an article gives to a voice it does not name: `“办事不用求人，心里就踏实。”一位老党员这样说。`,
// `有群众说，干部跑得勤了，…`, `一位村支书告诉我：“……”`. Nobody on the page can be said to have said them, yet they are
// the line the piece turns on: offered with no speaker. (`有人说`, `有的同志说` bring a view to answer, not a line;
// a speech's models are unknown-frames.ts's.)

/** One person the text does not name: a classifier for people (`一位`, `一名`, `有位`), or `有` and a folk noun; or a
 * villagers' delegate called by 老 and a surname alone (`村民代表老韦说，`). */
const VOICE =
  '(?:有一?|一)(?:位|名)[^，,。！？；;：:“”]{1,16}?|有(?:群众|村民|居民|老党员|党员|干部|网友|专家|学者|企业家|老人|家长|市民|游客|职工)|(?:村民|居民)代表老[\\u4e00-\\u9fff]';
/** The saying verb, its manner (`笑着`, `感慨地`) and to whom (`告诉记者`, `对我说`). */
const SAYS = '(?:这样|笑着|感慨地|动情地|深有感触地)?(?:说|感慨|说道|告诉(?:记者|我|笔者)|对(?:记者|我|笔者)说)';
const QUOTE_FIRST = new RegExp(`“([^“”]{6,60}[。！])”[，,]?\\s*(?:${VOICE})${SAYS}[。！]`, 'g');
const FRAME_MARKS = new RegExp(`(?:^|[。！？，,]\\s*)(?:${VOICE})${SAYS}[：:，,]\\s*“([^“”]{6,60}[。！])”`, 'g');
const FRAME_BARE = new RegExp(`(?:^|[。！？]\\s*)(?:${VOICE})${SAYS}[，,]([^“”。！？]{6,60}[。！])`, 'g');

export interface UnnamedWords {
  start: number;
  end: number;
}

/** The unnamed voices' words in a folded paragraph (offsets of the words, without their marks). */
export function unnamedVoices(folded: string): UnnamedWords[] {
  const out: UnnamedWords[] = [];
  for (const re of [QUOTE_FIRST, FRAME_MARKS, FRAME_BARE])
    for (const m of folded.matchAll(re)) {
      const start = m.index + m[0].lastIndexOf(m[1]!);
      out.push({ start, end: start + m[1]!.length });
    }
  return out;
}
