// Speaker shapes of speakers14 (speech-fixtures/README.md): 他 after a sentence that names people only
// as a whole (`各级干部`), a name taking the floor (`县长祁卫平就……作了说明。他表示，`), a `会议实录`, and a
// meeting report or an interview keeping its named speakers' words up to its quota.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { narratedNames } from '../../../electron/core/knowledge/narrated-names.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { creditSaying } from '../../../electron/core/knowledge/sayings.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const paras = (texts: string[]) => texts.map((text) => ({ kind: 'p' as const, text }));
const candidates = (type: string, texts: string[]) =>
  quoteCandidates({ paragraphs: paras(texts), type, speakers: [] })
    .map(creditSaying)
    .filter((c) => c.speaker)
    .map((c) => `${c.speaker}: ${c.text}`);
const quotes = (type: string, texts: string[]) =>
  extractQuotes(paras(texts), { speakers: [], occasion: null, date: null, type }).map((q) => `${q.speaker}: ${q.text}`);

describe('他 after a sentence that names people only as a whole', () => {
  it('`各级干部`, `各级领导干部` are nobody who could speak next', () => {
    expect(
      candidates('会议报道', [
        '聂长青指出，防汛救灾是对各级干部的一次大考。他强调，各级领导干部要坚守岗位、靠前指挥，哪里有险情就出现在哪里。',
        '他要求，灾后重建要科学规划、分类实施，确保受灾群众温暖过冬。',
      ]),
    ).toEqual([
      '聂长青: 防汛救灾是对各级干部的一次大考。',
      '聂长青: 各级领导干部要坚守岗位、靠前指挥，哪里有险情就出现在哪里。',
      '聂长青: 灾后重建要科学规划、分类实施，确保受灾群众温暖过冬。',
    ]);
  });

  it('one of them (`一位老党员`, `村里的老党员`) still may be: 他 stays unresolved', () => {
    for (const one of ['一位老党员', '村里的老党员'])
      expect(candidates('会议报道', [`聂长青指出，${one}八十多岁了还天天巡河。他说，守护河道就是守护家园。`])).toEqual([
        `聂长青: ${one}八十多岁了还天天巡河。`,
      ]);
  });
});

describe('a name taking the floor', () => {
  it('`就……作了说明`, `结合……谈了学习体会`, `作交流发言` name a speaker', () => {
    expect(narratedNames(foldForSearch('县委副书记、县长祁卫平就灾后重建方案作了说明。'))).toContain('祁卫平');
    // (After a clause of when, `会上，`, `在听取发言后，`, the name still takes the floor (speakers21); after
    // another's act, `林志国主持会议，`, it is not read.)
    expect(narratedNames(foldForSearch('会上，郝文斌结合分管工作谈了学习体会。'))).toEqual(['郝文斌']);
    expect(narratedNames(foldForSearch('林志国主持会议，郝文斌结合分管工作谈了学习体会。'))).toEqual([]);
    expect(narratedNames(foldForSearch('郝文斌结合分管工作谈了学习体会。'))).toEqual(['郝文斌']);
    expect(narratedNames(foldForSearch('邱雅琴作交流发言。'))).toEqual(['邱雅琴']);
  });

  it('then `他表示，……` is his', () => {
    expect(
      candidates('会议报道', [
        '县委副书记、县长祁卫平就灾后重建方案作了说明。他表示，县政府将统筹资金、加快进度，力争年底前全面完成重建任务。',
      ]),
    ).toEqual(['祁卫平: 县政府将统筹资金、加快进度，力争年底前全面完成重建任务。']);
  });

  it('presiding or attending is not taking the floor', () => {
    expect(narratedNames(foldForSearch('县委书记秦振华主持会议。县长方德明出席会议。'))).toEqual([]);
  });
});

it('a `……会议实录` is many people’s words set down: a 会议报道', async () => {
  const text =
    '全县项目建设推进会会议实录\n\n2024年4月10日\n\n主持人（县委副书记　丁文涛）：下面，请县长钟海涛讲话。\n\n钟海涛：项目是经济发展的“压舱石”。\n';
  const r = await importBytes('实录.txt', Buffer.from(text), {}, { idPrefix: 'u' });
  expect(r.documents[0]!.type).toBe('会议报道');
});

describe('a meeting report keeps its named speakers’ words up to its quota', () => {
  const report = [
    '8月6日，全省乡村振兴工作会议在省城召开。省委书记唐立新出席会议并讲话。',
    '唐立新强调，推进乡村全面振兴，必须把确保粮食安全摆在首位。',
    '会议强调，要始终把人民群众生命安全放在第一位。',
    '贺建军要求，各地各部门要迅速传达学习会议精神，抓好贯彻落实。',
    '唐立新指出，今年以来，全省上下认真贯彻落实党中央决策部署，粮食生产再获丰收，农民收入稳步增长，乡村振兴取得新进展。',
  ];

  it('a plain instruction of a named speaker is kept; the meeting’s words, proceedings and a year’s results are not', () => {
    expect(quotes('会议报道', report)).toEqual(['唐立新: 推进乡村全面振兴，必须把确保粮食安全摆在首位。']);
  });

  it('a bare item of a work list (`要…`, `必须…` with no subject) does not fill it', () => {
    const list = ['唐立新强调，要扎实做好保民生实事。必须提升监管科学性，完善联合惩戒。', ...report.slice(1)];
    expect(quotes('会议报道', list)).toEqual(['唐立新: 推进乡村全面振兴，必须把确保粮食安全摆在首位。']);
  });

  it('a speech does not fill its quota with its speaker’s plain lines', () => {
    expect(quotes('讲话', report)).toEqual([]);
  });

  it('an interview keeps its answers, not its figures', () => {
    const interview = [
      '围绕河湖治理，记者专访了市生态环境局局长褚红梅。',
      '问：今年有哪些新举措？',
      '答：我们聘请了三百多名民间河长，让群众成为护河的主力军。今年新建污水管网一百二十公里。',
    ];
    expect(quotes('文章', interview)).toEqual(['褚红梅: 我们聘请了三百多名民间河长，让群众成为护河的主力军。']);
  });
});

describe('lines that are not the speaker’s coinage', () => {
  it('`党章规定，……` in an answer turn is the 党章’s words, nobody’s', () => {
    const interview = [
      '记者就党建引领基层治理采访了区委组织部部长汪丽君。',
      '记者：关键是什么？',
      '汪丽君：关键是把党的组织建到群众身边。党章规定，凡是有正式党员三人以上的，都应当成立党的基层组织。',
    ];
    expect(candidates('文章', interview)).toEqual(['汪丽君: 关键是把党的组织建到群众身边。']);
  });

  it('`改革没有完成时，只有进行时` (a form of a listed saying) is nobody’s in a speech', () => {
    const speech = quoteCandidates({
      paragraphs: paras(['改革没有完成时，只有进行时。全县各级领导干部要带头抓改革、抓落实。']),
      type: '讲话',
      speakers: [{ name: '彭志坚' }],
    })
      .map(creditSaying)
      .filter((c) => c.speaker)
      .map((c) => c.text);
    expect(speech).toEqual(['全县各级领导干部要带头抓改革、抓落实。']);
  });
});
