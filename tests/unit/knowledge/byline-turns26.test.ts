// Round turns26 (tests/eval/knowledge/local-docs/t26-*): on a page of remarks under bylines, a speaker's account
// of his own place is no 金句, a byline by an office's staff is nobody's turn, and a slogan retold by a local
// speaker is nobody's words.
import { describe, expect, it } from 'vitest';
import { bylineTurns } from '../../../electron/core/knowledge/byline-turns.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { fillReportQuotes } from '../../../electron/core/knowledge/report-fill.js';
import { creditSaying, sayingIn } from '../../../electron/core/knowledge/sayings.js';

const names = (paragraphs: string[]) => bylineTurns(paragraphs).map((t) => (t ? (t.name ?? '∅') : '-'));

const candidates = (type: string, paragraphs: string[]) =>
  quoteCandidates({ paragraphs: paragraphs.map((text) => ({ kind: 'p' as const, text })), type, speakers: [] });
const credited = (type: string, paragraphs: string[]) =>
  candidates(type, paragraphs).map((c) => `${c.speaker ?? '∅'}: ${c.text}`);

describe('turns26: a speaker’s account of his own place', () => {
  it('its conditions, figures and deeds are left out; his points stay his', () => {
    const out = credited('会议报道', [
      '石门乡党委书记 孟庆华：',
      '我们乡山多地少，集体经济底子薄。村里的路通了、灯亮了，群众的心也就齐了。',
      '清溪乡党委书记 罗晓梅：',
      '全乡共有党员1326名，其中60岁以上的占四成多。',
      '这几年，我们把壮大集体经济作为促发展的主抓手。党员队伍老化，根子在于发展党员的眼光没有放到年轻人身上。',
    ]);
    expect(out).toContain('孟庆华: 村里的路通了、灯亮了，群众的心也就齐了。');
    expect(out).toContain('罗晓梅: 党员队伍老化，根子在于发展党员的眼光没有放到年轻人身上。');
    expect(out.filter((o) => /山多地少|1326|主抓手/.test(o))).toEqual([]);
  });

  it('a sentence opening on the place the byline names (`临江区委书记` → 临江) is its account', () => {
    const out = credited('会议报道', [
      '■ 欧阳立诚 代表（临江区委书记）',
      '临江是老工业区，产业结构偏重。老工业区的出路在转型，转型的关键在创新。',
      '■ 孔繁林 代表（桐柏镇竹园村党支部书记）',
      '竹园村人多地少，过去年轻人都往外跑。村子有了人气，才会有财气。',
      '■ 代表（红旗村党支部书记）',
      '红旗村以前是有名的穷村，靠的是一个好支部。',
    ]);
    expect(out).toContain('欧阳立诚: 老工业区的出路在转型，转型的关键在创新。');
    expect(out).toContain('孔繁林: 村子有了人气，才会有财气。');
    expect(out.filter((o) => /老工业区，|人多地少|穷村/.test(o))).toEqual([]);
  });

  it('`我们镇的做法，概括起来…` names a practice it goes on to state: kept', () => {
    const out = credited('会议报道', [
      '祁来顺（桃源镇党委书记）',
      '我们镇的做法，概括起来就是一句话：把支部建在产业链上。',
      '欧阳春华（白沙镇党委书记）',
      '干部作风好不好，群众心里有杆秤。',
      '宁卫东（石门乡党委书记）',
      '种好粮、护好田，是山区农业乡的头等大事。',
    ]);
    expect(out).toContain('祁来顺: 我们镇的做法，概括起来就是一句话：把支部建在产业链上。');
  });
});

describe('turns26: a byline by an office’s staff', () => {
  it('`■ 县乡村振兴局干部` opens a turn that is nobody’s, ending the named turn before it', () => {
    expect(
      names([
        '■ 柯雨桐 青松镇副镇长',
        '基层是干部成长的沃土。',
        '■ 县乡村振兴局干部',
        '只有把脚踩在泥土里，才能把群众的心思摸准。',
        '■ 钟文博 县财政局副局长',
        '公家的钱，一分一厘都要花得明明白白。',
      ]),
    ).toEqual(['柯雨桐', '柯雨桐', '∅', '∅', '钟文博', '钟文博']);
  });
});

describe('turns26: a slogan retold by a local speaker', () => {
  const own = (text: string) => ({
    paragraph: 0,
    start: 0,
    end: text.length,
    text,
    speaker: '何志远',
    source: 'own' as const,
  });

  it('群众利益无小事 in other words (`群众的事再小也是大事`, `群众的事情，件件都是大事`) is nobody’s', () => {
    expect(creditSaying(own('老百姓的事再小也是大事。')).speaker).toBeNull();
    expect(creditSaying(own('群众的事情，件件都是大事。')).speaker).toBeNull();
    // (A speaker's own judgement on the masses stays his.)
    expect(creditSaying(own('干部作风好不好，群众心里有杆秤。')).speaker).toBe('何志远');
  });

  it('a page’s fill offers the retold slogan as nobody’s instead of dropping it', () => {
    const page = candidates('会议报道', [
      '白沙镇党委书记 欧阳春华：',
      '群众的事再小也是大事。',
      '县委组织部部长 韩雪梅：',
      '抓基层党建，各级党组织书记是第一责任人。',
      '县委书记 李国强：',
      '基层是一切工作的落脚点。',
    ]);
    const filled = fillReportQuotes([], page, 3000).map((q) => `${q.speaker ?? '∅'}: ${q.text}`);
    expect(filled).toContain('∅: 群众的事再小也是大事。');
    expect(filled.filter((q) => q.startsWith('欧阳春华'))).toEqual([]);
  });

  it('毛泽东’s 水利是农业的命脉 with a clause added is the saying retold, not the bureau head’s (found on turns26h)', () => {
    expect(creditSaying(own('水利是农业的命脉，也是防灾减灾的底线。')).speaker).toBeNull();
  });

  it('the Party’s slogans of the branch as a fortress and the member as a flag are sayings', () => {
    expect(sayingIn('一个支部就是一座堡垒，一名党员就是一面旗帜。')).not.toBeNull();
    expect(sayingIn('基层是最好的课堂，群众是最好的老师。')).not.toBeNull();
  });
});
