// Round a23 (an audit on newspaper pieces a learner imports as .txt: speeches, commentaries, meeting
// stories and features on people): headlines that ask or exclaim, a piece in labelled parts and reports
// on a speech. Every sentence is written for the test in the shapes seen.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const docs = async (text: string) => (await importBytes('piece.txt', Buffer.from(text, 'utf8'))).documents;

describe('a23: a headline that asks or exclaims before its column', () => {
  it('keeps its title and the date under it', async () => {
    for (const title of ['“夜市经济”，怎样才能长红？（评论员随笔）', '出发，这里就是前线！（抗疫群像）']) {
      const d = await docs(
        `${title}\n2020年3月2日\n\n　　在哪里逛夜市？这个老话题正成为许多城市的新课题。各地纷纷推出特色街区，吸引了大批市民。\n` +
          '　　夜市不只是消费的场所，更是城市烟火气的所在。把夜市办好，需要商家和城市一起用心。\n',
      );
      expect(d.map((x) => [x.title, x.date])).toEqual([[title, '2020-03-02']]);
    }
  });
});

describe('a23: a piece in labelled parts', () => {
  it('`【点评】` after the story goes on with the same piece', async () => {
    const d = await docs(
      '守护一方安宁（暖闻热评·身边榜样①）\n2019年10月9日\n　　【人物】社区民警张平\n' +
        '　　【故事】张平是一名社区民警，扎根基层二十年，走遍了辖区的每一户人家。\n　　【点评】\n' +
        '　　安宁是什么？是灯火可亲，是出入平安。安宁的背后，是无数民警的默默坚守。\n',
    );
    expect(d.map((x) => x.title)).toEqual(['守护一方安宁（暖闻热评·身边榜样①）']);
    expect(d[0]!.paragraphs.map((p) => p.text).join('')).toContain('安宁的背后');
  });
});

describe('a23: reports on a speech', () => {
  it('`某某在……上致辞` over a news dateline telling of the speaker in the third person is a report', async () => {
    const [d] = await docs(
      '王建华在国际合作论坛开幕式上致辞\n2020年5月19日\n\n强调合作共赢 呼吁共同应对挑战\n' +
        '　　新华社北京5月18日电　国家副主席王建华18日在国际合作论坛开幕式上致辞。王建华强调，各国应携手合作。\n' +
        '　　王建华指出，团结合作是应对全球挑战最有力的武器。\n',
    );
    expect(d!.type).toBe('会议报道');
  });

  it('a speech titled `在……上的讲话` stays a speech', async () => {
    const [d] = await docs(
      '在国际合作论坛开幕式上的讲话\n2020年5月19日\n\n同志们，朋友们：\n　　团结合作是应对全球挑战最有力的武器。让我们携起手来，共创美好未来。\n',
    );
    expect(d!.type).toBe('讲话');
  });
});
