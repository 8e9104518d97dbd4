// A meeting report's speaker: the one leader its lead says spoke, by any of the verbs reports use
// (出席并讲话, 在会上强调, 作动员讲话, 出席会议并作重要讲话, 主持并讲话, 作总结讲话); the chair named by 主持
// alone is not it; when two leaders spoke, or two are the subject of one verb, nobody is.
import { describe, expect, it } from 'vitest';
import { leadSpeakers, SPOKE, SPOKE_WORDS } from '../../../electron/core/content/meeting-speakers.js';
import { requiredLiterals } from '../../../electron/core/text/regex-literals.js';
import { processSource, type PipelineReport } from '../../../electron/core/content/pipeline.js';

const AFTER = [
  '会议指出，过去一段时间以来，各项工作取得了明显成效，但也要清醒看到存在的问题和不足。',
  '会议强调，各级各部门要树牢服务意识，在审批提速、要素保障、政策兑现上下更大功夫。',
];

function speakersOf(title: string, lead: string, more: string[] = []) {
  const report: PipelineReport = { removed: [], skipped: [], chars: 0 };
  const text = [title, lead, ...more, ...AFTER].join('\n');
  const doc = processSource(
    { origin: 'a.txt', text, kind: 'plain', hints: {} },
    {},
    { deferKnowledge: true },
    report,
  )[0]!;
  return doc.speakers;
}

describe('the speaker of a meeting report', () => {
  it('is the leader named by a verb of speaking, with his post', () => {
    const cases: [string, { name: string; role: string }][] = [
      [
        '6月12日，全市安全生产工作会议召开。市委书记赵志明出席并讲话，市长孙海涛主持。',
        { name: '赵志明', role: '市委书记' },
      ],
      [
        '6月14日，全市作风建设大会召开。市委书记郑国强作动员讲话，市委副书记、市长马兰芳主持会议。',
        { name: '郑国强', role: '市委书记' },
      ],
      [
        '6月14日，全省组织部长会议召开。省委常委、组织部部长钱立群出席会议并作重要讲话。',
        { name: '钱立群', role: '省委常委、组织部部长' },
      ],
      ['6月20日，县委理论学习中心组举行专题学习。县委书记吴晓东主持并讲话。', { name: '吴晓东', role: '县委书记' }],
      [
        '7月11日，全市经济运行分析会召开。会议由市长孙海涛主持。市委书记赵志明作总结讲话。',
        { name: '赵志明', role: '市委书记' },
      ],
      [
        '新华社南岭6月16日电 南岭省基层治理工作会议16日召开。省委书记王立平16日上午出席会议并发表重要讲话。',
        { name: '王立平', role: '省委书记' },
      ],
      [
        '3月9日，医院召开党风廉政建设工作会议。党委书记、院长王立新出席会议并讲话，党委副书记张某主持会议。',
        { name: '王立新', role: '党委书记、院长' },
      ],
    ];
    for (const [lead, want] of cases) expect(speakersOf('某某会议召开', lead)).toEqual([want]);
  });

  it('takes 在会上强调 and 强调 from the report, not the chair beside it', () => {
    expect(
      speakersOf('全县项目建设推进会召开', '6月13日，全县项目建设推进会召开。会议由县委副书记、县长周立新主持。', [
        '县委书记吴晓东在会上强调，要牢固树立项目为王理念。',
      ]),
    ).toEqual([{ name: '吴晓东', role: '县委书记' }]);
    expect(
      speakersOf(
        '我县召开全县干部大会',
        '6月19日，我县召开全县干部大会。会议由县长周立新主持。县委书记吴晓东强调，全县上下要统一思想。',
      ),
    ).toEqual([{ name: '吴晓东', role: '县委书记' }]);
  });

  it('is nobody when two leaders spoke or share one verb', () => {
    for (const [lead, more] of [
      ['6月15日，全市教育大会召开。市委书记赵志明出席会议并讲话，市长孙海涛主持会议并讲话。', []],
      ['1月5日，全县经济工作会议召开。县委书记吴晓东出席会议并讲话。', ['县委副书记、县长周立新作工作报告。']],
      [
        '2月9日，省纪委全会召开。省委书记王立平出席会议并讲话。',
        ['省委常委、省纪委书记周强代表省纪委常委会作工作报告。'],
      ],
      ['6月20日，全省乡村振兴工作推进会召开。省委书记王立平，省委副书记、省长陈海波出席会议并讲话。', []],
      ['6月27日，全市营商环境大会召开。市委书记赵志明，市长孙海涛分别讲话。', []],
    ] as [string, string[]][])
      expect(speakersOf('某某会议召开', lead, more)).toEqual([]);
  });

  it('is not read from a 讲话 精神 passed on, nor a chair who only presided', () => {
    expect(leadSpeakers('会议传达学习了省委书记王立平讲话精神。', '', true)).toEqual([]);
    expect(leadSpeakers('6月5日，市长孙海涛主持召开市政府常务会议。', '', true)).toEqual([]);
  });

  it('takes 强调 alone only in a meeting report', () => {
    const lead = '市委书记赵志明强调，要抓好落实。';
    expect(leadSpeakers(lead, lead, true)).toEqual([{ name: '赵志明', role: '市委书记' }]);
    expect(leadSpeakers(lead, lead, false)).toEqual([]);
  });

  it('never makes a speech speak in the names its lead mentions', () => {
    const text = [
      '在全县经济工作会议上的讲话',
      '同志们：',
      '刚才，县委副书记、县长周立新作了工作报告，我完全同意。',
      ...AFTER,
    ].join('\n');
    const report: PipelineReport = { removed: [], skipped: [], chars: 0 };
    const doc = processSource(
      { origin: 'a.txt', text, kind: 'plain', hints: {} },
      {},
      { deferKnowledge: true },
      report,
    )[0]!;
    expect(doc.type).toBe('讲话');
    expect(doc.speakers).toEqual([]);
  });
});

describe('the speech words that gate the speaker pattern', () => {
  it('are in every match of it: each literal its matches must hold contains one', () => {
    const lits = requiredLiterals(SPOKE);
    expect(lits).not.toBeNull();
    expect(lits!.filter((l) => !SPOKE_WORDS.test(l))).toEqual([]);
    // (a speech word the pattern gains, 发言 say, fails here until the gate has it)
    expect(requiredLiterals(new RegExp(`${SPOKE.source}|发言`))!.filter((l) => !SPOKE_WORDS.test(l))).toEqual(['发言']);
  });
});
