// Speaker shapes of speakers15 (speech-fixtures/README.md): 答记者问 answers, a named host's own
// remarks, a reprint's 编者按, `“……”公司董事长某某说。`, `某某建议，`, 他 after an instruction about a
// group (`把更多实惠留给农民`) or after `引用总书记的话说：`, and two sayings in common use.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { narratedNames } from '../../../electron/core/knowledge/narrated-names.js';
import { pronounSpeakers } from '../../../electron/core/knowledge/pronoun-speaker.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { framedQuotes } from '../../../electron/core/knowledge/quote-frames.js';
import { creditSaying } from '../../../electron/core/knowledge/sayings.js';
import { speechNoteSpeaker } from '../../../electron/core/knowledge/speech-note.js';
import { transcriptTurns } from '../../../electron/core/knowledge/transcript-turns.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const heOf = (text: string, own: string[]) => pronounSpeakers([foldForSearch(text)], own)[0]!.map((p) => p.name);
const turnsOf = (paras: string[]) => transcriptTurns(paras.map(foldForSearch)).map((t) => t?.name ?? null);
const reportCandidates = (paras: string[]) =>
  quoteCandidates({ paragraphs: paras.map((text) => ({ kind: 'p' as const, text })), type: '会议报道', speakers: [] })
    .filter((c) => c.speaker)
    .map((c) => `${c.speaker}: ${c.text}`);

describe('答记者问: the answers are the one spokesperson’s', () => {
  const opening = '近日，市政府印发实施方案。市生态环境局新闻发言人谭永刚就方案有关问题回答了记者提问。';
  it('`答：` after an opening that names one 发言人 answering reporters', () => {
    expect(turnsOf([opening, '问：空气质量如何？', '答：成效还不稳固。'])).toEqual([null, null, '谭永刚']);
    // Two people answer: nobody's.
    const two = '市统计局局长蒋文华、市商务局局长邵明回答记者提问。';
    expect(turnsOf([two, '问：消费如何？', '答：总体平稳。'])).toEqual([null, null, null]);
  });

  it('a title with 新闻发言人 is no speech', async () => {
    const body = `${opening}\n\n问：去年以来，我市空气质量总体情况如何？\n\n答：空气质量改善取得了明显成效，但成效还不稳固，必须一年接着一年打。\n`;
    const doc = (await importBytes('a.txt', Buffer.from(`市生态环境局新闻发言人就大气污染防治工作答记者问\n\n${body}`)))
      .documents[0]!;
    expect(doc.type).not.toBe('讲话');
  });
});

describe('a transcript’s named host', () => {
  const paras = [
    '主持人（区委常委、常务副区长　龚建华）：同志们，今天召开全区教育工作会议。首先，请区教育局局长詹雪梅作工作报告。',
    '詹雪梅：过去一学年，全区新增学位四千二百个。',
    '主持人：刚才，振宇区长讲得很实。大家回去以后要及时传达，不折不扣抓好落实。',
  ];
  it('his own remarks are his; announcing the meeting and retelling others’ words are not quoted', () => {
    expect(turnsOf(paras)).toEqual(['龚建华', '詹雪梅', '龚建华']);
    const said = reportCandidates(paras).filter((c) => c.startsWith('龚建华'));
    expect(said).toEqual(['龚建华: 大家回去以后要及时传达，不折不扣抓好落实。']);
  });

  it('two hosts named, or none: the host’s turns are nobody’s', () => {
    expect(
      turnsOf([
        '主持人：下面请王丽同志发言。',
        '王丽（村党支部书记）：支部强了。',
        '赵明（镇党委书记）：网格连着千家万户。',
      ])[0],
    ).toBe(null);
    const two = ['主持人（县委副书记孙晓明）：开会。', '主持人（县长王立华）：散会。', '问：怎么看？'];
    expect(turnsOf(two)).toEqual([null, null, null]);
  });
});

describe('a reprinted speech’s 编者按', () => {
  it('names the one person it says gave the speech it prints', () => {
    const note =
      '编者按：4月18日，全市基层党建工作推进会召开，市委常委、组织部部长蒋慧玲出席会议并讲话。讲话对抓好全市基层党建工作作出具体部署。现将讲话全文刊发，供各级党组织学习参考。';
    expect(speechNoteSpeaker(note)).toBe('蒋慧玲');
    // Two leaders speak: no speaker; a note that prints no speech: none.
    expect(speechNoteSpeaker(note.replace('市委常委、组织部部长蒋慧玲', '市委书记程立民、市长付建平'))).toBe(null);
    expect(speechNoteSpeaker('编者按：市委常委、组织部部长蒋慧玲出席会议并讲话。本报记者采写了会议侧记。')).toBe(null);
  });

  it('`县委书记某某在会上作了讲话。…现将讲话摘要刊发` (held out)', () => {
    expect(
      speechNoteSpeaker(
        '编者按：3月6日，全县干部作风建设大会召开。县委书记鲍俊峰在会上作了讲话。现将讲话摘要刊发，请认真学习。',
      ),
    ).toBe('鲍俊峰');
  });
});

describe('names after the words or before 建议', () => {
  it('`“……”天成物流公司董事长葛秀梅说。` frames the quotation', () => {
    const text = '“融资难的问题有所缓解，但中小企业获得信用贷款仍然不容易。”天成物流公司董事长葛秀梅说。';
    const f = foldForSearch(text);
    expect(framedQuotes(f, narratedNames(f)).map((q) => q.speaker)).toEqual(['葛秀梅']);
  });

  it('`龙秀芬建议，……。她说，……` reports her words', () => {
    const text = '龙秀芬建议，进一步加大对中小微企业的金融支持力度。她说，中小微企业是吸纳就业的主渠道。';
    expect(narratedNames(foldForSearch(text))).toEqual(['龙秀芬']);
    expect(heOf(text, narratedNames(foldForSearch(text)))).toEqual(['龙秀芬']);
  });
});

describe('`公司董事长某某建议，……` (held out)', () => {
  it('reports her suggestion: the post before the name is no noun phrase', () => {
    const paras = ['华东新材料公司董事长戚美琳建议，在用工招聘、职工子女入学等方面给予企业更多支持。'];
    expect(reportCandidates(paras)).toEqual(['戚美琳: 在用工招聘、职工子女入学等方面给予企业更多支持。']);
    // `意见建议，` and a long subject still report nobody.
    expect(reportCandidates(['企业家提出的意见建议，县里将逐条研究办理并及时反馈。'])).toEqual([]);
  });
});

describe('他 after an instruction about a group, or after citing another’s words', () => {
  it('`贺志远强调，要……把更多实惠留给农民。他说` is his; `与种粮大户交流。他说` stays open', () => {
    expect(
      heOf('贺志远强调，要加强农资市场监管，把更多实惠留给农民。他说，要严厉打击假冒伪劣农资。', ['贺志远']),
    ).toEqual(['贺志远']);
    expect(heOf('贺志远与种粮大户面对面交流。他说，今年准备再流转两百亩地。', ['贺志远'])).toEqual([]);
    // A name in the instruction still leaves 他 open.
    expect(heOf('贺志远强调，要向张大山学习。他说，学习要有实效。', ['贺志远'])).toEqual([]);
  });

  it('`程立民在讲话中引用总书记的话说：“……”他说，` is his', () => {
    const text =
      '程立民在讲话中引用习近平总书记的话说：“要把长江经济带建设好。”他说，全市上下要算好生态账、长远账、整体账。';
    expect(heOf(text, ['程立民'])).toEqual(['程立民']);
    expect(heOf('程立民和习近平总书记的话一起被印在展板上。他说，要算好生态账。', ['程立民'])).toEqual([]);
  });
});

describe('sayings.json: two more lines in common use', () => {
  it('教育是最大的民生 and 没有最好，只有更好 are nobody’s in a speech', () => {
    const speech = (text: string) =>
      quoteCandidates({ paragraphs: [{ kind: 'p', text }], type: '讲话', speakers: [{ name: '柯振宇' }] })
        .map(creditSaying)
        .map((c) => `${c.speaker}: ${c.text}`);
    expect(speech('教育是最大的民生。')).toEqual(['null: 教育是最大的民生。']);
    expect(speech('优化营商环境没有最好，只有更好。')).toEqual(['null: 优化营商环境没有最好，只有更好。']);
    // …but the form 习近平 gave it at the first 进博会 (2018) is his.
    expect(speech('营商环境只有更好，没有最好。')).toEqual(['习近平: 营商环境只有更好，没有最好。']);
    // Held out: `作风建设只有进行时，没有完成时` is a form of a saying, not the speaker's own line.
    expect(speech('作风建设只有进行时，没有完成时。')).toEqual(['null: 作风建设只有进行时，没有完成时。']);
  });
});
