// A speech in a collection names its speaker only in its 题注 (speech-fixtures/README.md, speakers12):
// `这是吴国栋同志在全市调查研究工作推进会上讲话的主要部分。` The speech's own lines are his; the note is
// no 金句, and it does not make the speech a narration of him.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { speechNoteSpeaker } from '../../../electron/core/knowledge/speech-note.js';

const speech = (note: string) =>
  [
    '把调查研究贯穿决策全过程',
    '（2023年10月9日）',
    '同志们：',
    '今天我想结合全市开展大兴调查研究的情况，讲几点意见。',
    '第一，调研要沉下去。不深入基层，就听不到真话、摸不到实情。',
    '第二，调研要有问题意识。带着问题下去，带着办法回来，调研才不会走过场。',
    note,
  ].join('\n\n');

describe('the 题注 of a speech in a collection', () => {
  it('names the speaker', () => {
    expect(speechNoteSpeaker('这是吴国栋同志在全市调查研究工作推进会上讲话的主要部分。')).toBe('吴国栋');
    expect(speechNoteSpeaker('（这是李红梅在县委全会上的讲话节选。）')).toBe('李红梅');
    // A sentence of a story about someone's speech is no note.
    expect(speechNoteSpeaker('这是吴国栋同志在全市调查研究工作推进会上讲话时反复强调的一点。')).toBeNull();
    expect(speechNoteSpeaker('这是全市调查研究工作推进会上的讲话。')).toBeNull();
  });

  it('credits the speech’s own lines to him, never the note itself', async () => {
    const r = await importBytes(
      'note.txt',
      Buffer.from(speech('这是吴国栋同志在全市调查研究工作推进会上讲话的主要部分。')),
      {},
      { idPrefix: 'u' },
    );
    const doc = r.documents[0]!;
    expect(doc.speakers.map((s) => s.name)).toEqual(['吴国栋']);
    expect(doc.quotes.some((q) => q.speaker === '吴国栋')).toBe(true);
    expect(doc.quotes.filter((q) => /这是/.test(q.text))).toEqual([]);
  });
});
