// Speaker shapes of real reports the speaker rules missed (speech-fixtures/README.md, speakers11):
// 他 after a sentence with 回升向好 (向 in a word, no second person) or 在…时指出 (时 is no surname),
// a name after a leading clause (`调研中，宋佳明强调：`), `“……”习近平总书记的这句话`, `正如…所指出的，`,
// `传达学习了习近平总书记关于…的重要论述：“……”`, and words reported as a leader's that hold a saying.
import { describe, expect, it } from 'vitest';
import { narratedNames } from '../../../electron/core/knowledge/narrated-names.js';
import { pronounSpeakers } from '../../../electron/core/knowledge/pronoun-speaker.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { framedQuotes } from '../../../electron/core/knowledge/quote-frames.js';
import { creditSaying } from '../../../electron/core/knowledge/sayings.js';
import { mayNameUnlistedPerson } from '../../../electron/core/knowledge/unlisted-person.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const heOf = (text: string, own: string[]) => pronounSpeakers([foldForSearch(text)], own)[0]!.map((p) => p.name);

const frames = (text: string, own: string[] = []) =>
  framedQuotes(foldForSearch(text), own).map((q) => `${q.speaker}: ${text.slice(q.start, q.end)}`);

/** The candidates of a one-paragraph speech by `speaker` (none: unnamed), as the ranking credits them. */
const speechCandidates = (text: string, speaker?: string) =>
  quoteCandidates({ paragraphs: [{ kind: 'p', text }], type: '讲话', speakers: speaker ? [{ name: speaker }] : [] })
    .map(creditSaying)
    .map((c) => `${c.speaker}: ${c.text}`);

describe('他 after a sentence about one person', () => {
  it('向 inside a word (回升向好, 方向) introduces nobody', () => {
    const text = '高振东指出，今年以来，经济运行总体回升向好。他强调：“抓项目就是抓未来。”';
    expect(heOf(text, ['高振东'])).toEqual(['高振东']);
    expect(heOf('李明指出，要把握正确方向。他强调，要久久为功。', ['李明'])).toEqual(['李明']);
    // 向 before a person still leaves 他 open.
    expect(heOf('李明向阿依古丽了解情况。他说，收入翻了一番。', ['李明'])).toEqual([]);
  });

  it('`在部署工作时指出` names no Mr 时', () => {
    expect(mayNameUnlistedPerson('在部署工作时指出，明年要突出三个重点。')).toBe(false);
    expect(heOf('宋佳明在部署工作时指出，明年要突出三个重点。他说：“企业说了算。”', ['宋佳明'])).toEqual(['宋佳明']);
    expect(mayNameUnlistedPerson('表扬了张大山。')).toBe(true);
  });
});

describe('a name after one leading clause speaks', () => {
  it('`调研中，宋佳明强调：`, `认真听取大家的发言后，周国华指出：`', () => {
    expect(narratedNames(foldForSearch('调研中，宋佳明强调：“隐患不除，发展难安。”'))).toEqual(['宋佳明']);
    expect(narratedNames(foldForSearch('认真听取大家的发言后，周国华指出：“企业的事就是我们的事。”'))).toEqual([
      '周国华',
    ]);
    // A sentence opening on the name is still found once, and a clause before a noun gives nobody.
    expect(narratedNames(foldForSearch('李强指出，王刚说，要抓落实。'))).toEqual(['李强', '王刚']);
    expect(narratedNames(foldForSearch('会上，大家表示，要抓落实。最后，会议要求，要抓落实。'))).toEqual([]);
  });
});

describe('frames that name the speaker without a cue verb right at the words', () => {
  it('`“……”习近平总书记的这句话` is his', () => {
    expect(frames('“江山就是人民，人民就是江山。”习近平总书记的这句话，道出了党的初心。')).toEqual([
      '习近平: 江山就是人民，人民就是江山。',
    ]);
    // Words followed by who explained them are not his.
    expect(frames('“民惟邦本。”习近平总书记对这句话作了深刻阐释。')).toEqual([]);
  });

  it('`正如习近平总书记所指出的，“……”` is his', () => {
    expect(frames('正如习近平总书记所指出的，“我们党的根基在人民、血脉在人民、力量在人民”。')).toEqual([
      '习近平: 我们党的根基在人民、血脉在人民、力量在人民',
    ]);
    expect(frames('我们要像毛主席说的那样，“放下臭架子，甘当小学生”。')).toEqual(['毛泽东: 放下臭架子，甘当小学生']);
    // 的 before another subject still hands the words on (列宁领导的苏维埃政府宣布).
    expect(frames('列宁领导的苏维埃政府宣布：“土地归农民所有。”')).toEqual([]);
  });

  it('`传达学习了习近平总书记关于……的重要论述：“……”` is his, whoever relays it', () => {
    const text = '会议还传达学习了习近平总书记关于调查研究的重要论述：“调查研究是谋事之基、成事之道。”';
    expect(frames(text)).toEqual(['习近平: 调查研究是谋事之基、成事之道。']);
    expect(frames('会议学习了毛泽东同志关于调查研究的论述：“没有调查，没有发言权。”')).toEqual([
      '毛泽东: 没有调查，没有发言权。',
    ]);
    // Someone's comment on the 论述 is not the 论述.
    expect(frames('专家对习近平总书记关于调查研究的重要论述评价说：“意义重大。”')).toEqual([]);
  });
});

describe('words reported as a leader’s that hold a saying in common use', () => {
  it('keep the leader as a frame’s would; the speech speaker’s own such sentence still loses his name', () => {
    const text = '习近平总书记强调，要坚持人民至上、生命至上，切实把确保人民生命安全放在第一位落到实处。';
    expect(speechCandidates(text)).toContain(
      '习近平: 要坚持人民至上、生命至上，切实把确保人民生命安全放在第一位落到实处。',
    );
    expect(speechCandidates('我们要坚持人民至上、生命至上，把安全放在第一位。', '李明')).toEqual([
      'null: 我们要坚持人民至上、生命至上，把安全放在第一位。',
    ]);
  });
});

describe('sayings.json: lines officials repeat', () => {
  it('an unmarked 好干部 line is 习近平’s, 读原著、学原文、悟原理 nobody’s', () => {
    const own = (text: string) => speechCandidates(text, '何志刚');
    expect(own('好干部不会自然而然产生，成长为一个好干部，一靠自身努力，二靠组织培养。')).toEqual([
      '习近平: 好干部不会自然而然产生，成长为一个好干部，一靠自身努力，二靠组织培养。',
    ]);
    expect(own('学习党的理论，要读原著、学原文、悟原理。')).toEqual(['null: 学习党的理论，要读原著、学原文、悟原理。']);
  });
});

describe('a news story about a report is no 文件', () => {
  // A body long enough to be kept (a short one is taken for a placeholder page).
  const more = '代表委员们表示，要把报告确定的目标任务落到实处，以实干实绩推动高质量发展。';
  const typeOf = async (title: string, body: string) =>
    (await importBytes('a.txt', Buffer.from(`${title}\n\n${body}\n\n${more}\n`))).documents[0]!.type;

  it('`代表委员热议政府工作报告` is an article; the report itself stays a 文件', async () => {
    const said = '全国人大代表、青石村党支部书记王福来说，这几年村民的腰包鼓起来了。';
    expect(await typeOf('代表委员热议政府工作报告', said)).toBe('文章');
    expect(await typeOf('解读二十大报告中的新提法', said)).toBe('文章');
    expect(await typeOf('关于2023年国民经济和社会发展计划执行情况的报告', '过去一年，经济运行回升向好。')).toBe('文件');
  });
});
