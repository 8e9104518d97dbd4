// Key audit 66 (key-audit66.json, RUBRIC.md): the library's questions whose wrong option a learner could defend are no
// longer asked as they were, and the fine 出处/年份 questions a wider rule would have caught are still asked unchanged.
// The whole library is generated once (as key-audit.ts does) and each labelled fingerprint looked up.
import { fingerprint } from '../../../electron/core/quiz/fingerprint.js';
import { count, defineSet, type EvalSet } from './figure-table.js';
import { readLabels, type EvalContext } from './eval-context.js';
import { questionSample } from './questions.js';

interface AuditItem {
  fingerprint: string;
  group: string;
  stem: string;
  expected: 'drop' | 'keep';
}
interface AuditResult {
  stillAsked: AuditItem[];
  lost: AuditItem[];
}

export const KEY_AUDIT_SETS: EvalSet<unknown, EvalContext>[] = [
  defineSet<AuditResult, EvalContext>({
    name: 'keyAudit66',
    kind: {
      section: 4,
      detail: (_, r) => [
        ...r.stillAsked.map((i) => `  key audit 66, still asked: ${i.stem.split('\n')[0]}`),
        ...r.lost.map((i) => `  key audit 66, fine question lost (${i.group}): ${i.stem.split('\n')[0]}`),
      ],
    },
    run: (c: EvalContext) => {
      const { items } = readLabels<{ items: AuditItem[] }>('key-audit66.json');
      const { sample } = questionSample(c.bundlePath, 1_000_000, 'audit:', new Set(), false, 'all');
      const asked = new Set(sample.map(fingerprint));
      return {
        stillAsked: items.filter((i) => i.expected === 'drop' && asked.has(i.fingerprint)),
        lost: items.filter((i) => i.expected === 'keep' && !asked.has(i.fingerprint)),
      };
    },
    figures: [
      count('keyAudit66Asked', 'doubtful keys still asked (audit 66)', 0, (r) => r.stillAsked.length),
      count('keyAudit66Lost', 'fine 出处 questions lost (audit 66)', 0, (r) => r.lost.length),
    ],
  }),
];
