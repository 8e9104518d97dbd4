// Review of rounds 23: a report on a speech in traditional script is read as the simplified one is.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const docs = async (text: string) => (await importBytes('piece.txt', Buffer.from(text, 'utf8'))).documents;

describe('review23: a report on a speech in traditional script', () => {
  it('`某某在……上致辭` over a `新華社…電` dateline is a report, as in simplified script', async () => {
    const [d] = await docs(
      '王建華在國際合作論壇開幕式上致辭\n2020年5月19日\n\n強調合作共贏 呼籲共同應對挑戰\n' +
        '　　新華社北京5月18日電　國家副主席王建華18日在國際合作論壇開幕式上致辭。王建華強調，各國應攜手合作。\n' +
        '　　王建華指出，團結合作是應對全球挑戰最有力的武器。\n',
    );
    expect(d!.type).toBe('会议报道');
  });
});
