// The tagging thread (text/jieba-thread.ts) must give exactly the tags jieba gives on the calling
// thread, for every kind of text the pipeline tags (short sentences, whole paragraphs, mixed
// scripts and symbols), and leave a text it cannot pass to the caller. Stopped (the CLI, once its
// import is done), it ends on its own and leaves every later text to the caller.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { describe, expect, it } from 'vitest';
import {
  startJiebaThread,
  startTaggingThread,
  stopJiebaThread,
  tagOnThread as sharedTag,
} from '../../../electron/core/text/jieba-thread.js';
import { tokenize } from '../../../electron/core/text/segment.js';

const require = createRequire(import.meta.url);
const local = Jieba.withDict(fs.readFileSync(require.resolve('@node-rs/jieba/dict.txt')));

const TEXTS = [
  '全面摸排返乡人员情况，强化交通卡口体温监测。',
  '只有坚持党的全面领导，才能确保改革发展沿着正确方向前进。',
  '“绿水青山就是金山银山”——习近平在浙江考察时强调',
  '2024年3月5日，第十四届全国人民代表大会第二次会议在北京开幕。GDP增长5.2%，CPI上涨0.2%。',
  '中國共產黨第二十次全國代表大會\t報告\n新的征程 😀 A-B_c',
  '',
];

// Its own thread, no budget for hand-overs (a busy machine must not send the calls back here).
const thread = startTaggingThread(Infinity);
const tagOnThread = (text: string) => thread.tag(text);

describe('jieba on its own thread', () => {
  it('tags every text as jieba does on this thread', () => {
    const paragraph = fs
      .readFileSync(new URL('../../../content/sources/library/government_work_reports.jsonl', import.meta.url), 'utf8')
      .slice(0, 20_000);
    for (const text of [...TEXTS, paragraph]) {
      const expected = local.tag(text, true).map((t) => ({ word: t.word, tag: t.tag }));
      expect(tagOnThread(text)).toEqual(expected);
    }
  });

  it('leaves a text larger than its buffer to the caller', () => {
    expect(tagOnThread('党'.repeat(400_000))).toBeNull();
    expect(tagOnThread('党的领导')).toEqual(local.tag('党的领导', true).map((t) => ({ word: t.word, tag: t.tag })));
  });
});

describe('stopping the thread', () => {
  const tags = (text: string) => local.tag(text, true).map((t) => ({ word: t.word, tag: t.tag }));

  it('ends after its last answer; later texts are left to the caller', async () => {
    const own = startTaggingThread(Infinity);
    expect(own.tag(TEXTS[1]!)).toEqual(tags(TEXTS[1]!));
    await own.stop(); // settles only once the thread has exited
    expect(own.tag(TEXTS[0]!)).toBeNull();
  });

  it('ends even when stopped while its dictionary is still being built', async () => {
    const own = startTaggingThread(Infinity);
    await own.stop();
    expect(own.tag(TEXTS[0]!)).toBeNull();
  });

  it("the process's shared thread: after stopJiebaThread tokenize still gives jieba's words", () => {
    startJiebaThread();
    expect(sharedTag(TEXTS[2]!)).toEqual(tags(TEXTS[2]!));
    stopJiebaThread();
    expect(sharedTag(TEXTS[2]!)).toBeNull();
    const text = '坚持以人民为中心的发展思想';
    expect(tokenize(text).map((t) => t.word)).toEqual(tags(text).map((t) => t.word));
  });
});
