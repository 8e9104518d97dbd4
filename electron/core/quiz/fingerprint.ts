// Identity of a question for de-duplication: the same stem, fact, answer and option set (in any
// order) is the same question, whether generated twice or imported from two banks.
import { createHash } from 'node:crypto';
import { normOption } from './options.js';
import type { QuestionDraft } from './types.js';

export function fingerprint(
  d: Pick<QuestionDraft, 'kind' | 'stem' | 'fact' | 'options' | 'correct' | 'blanks'>,
): string {
  const opts = d.options.map(normOption);
  const answer =
    d.kind === '填空'
      ? d.blanks.map((b) => `${b.start}-${b.end}`).join(',')
      : d.correct
          .map((i) => opts[i] ?? '')
          .sort()
          .join('|');
  const key = [d.kind, normOption(d.stem), normOption(d.fact), [...opts].sort().join('|'), answer].join('\u0001');
  return createHash('sha1').update(key).digest('hex');
}
