// 金句 → 填空: a 提法 or key word of the sentence blanked, asked only where the blank has one answer (quote-facts.ts
// holds what is known of the quote).
import { styleOf } from '../knowledge/sentence-style.js';
import { cheerField, twinNamedSubject } from './blank-given.js';
import { keyBlanks } from './key-blanks.js';
import { figurativeRole, nearRoleBlank, openTopicBlank, otherSubject } from './open-subject.js';
import { localPersonQuoted, localVoice } from './local-voice.js';
import { weakLocalBlanks } from './local-blanks.js';
import { rivalSlot } from './slot-rivals.js';
import { cutFromName, eraBeforeNoun } from './cut-term.js';
import {
  broadKey,
  broadPairKey,
  clauseOpeningVerb,
  conditionVerb,
  gradedRoleKey,
  mannerBlank,
  moreOfKey,
  quantifiedKey,
  shortenedLine,
  subjectAndMore,
} from './import-lines.js';
import { docLabel } from './source.js';
import { hanChars } from '../text/normalize.js';
import { inLexicon } from './term-distractors.js';
import type { QuoteFacts } from './quote-facts.js';
import type { QuoteLibrary } from './quote-library.js';
import type { QuestionDraft } from './types.js';

export function fillQuestion(lib: QuoteLibrary, f: QuoteFacts): QuestionDraft | null {
  const { df, docs, bodies, first, inLibrary, texts, shippedTexts, shipped } = lib;
  const { q, doc, who, cited, whoseOwn, saying, base } = f;
  // Classical wording defeats word segmentation (求木之长者 is not 长者): only a 提法 is blanked there.
  // A subject whose predicate the library says of another subject too (open-subject.ts) has two keys;
  // so has a local line's role word with a near twin (学习是干事创业的【基础】: 前提), and any line's figurative one (【基石】).
  // A local speaker's own line is not credited to him in its 填空: a line he says unmarked may be another's
  // (军民团结如一人，试看天下谁能敌 in a county head's speech is 毛泽东's); words he cites keep their speaker.
  const credited = whoseOwn && (cited || !localVoice(doc, docs)) ? whoseOwn : null;
  const blanks = keyBlanks(q.text, q.text.length > 30 ? 2 : 1, df, styleOf(q.text).classical, true);
  if (
    blanks.length > 0 &&
    // Words of a person only this import knows (a press conference's 发布人: 【消费市场】持续回暖) are asked as its own.
    !weakLocalBlanks(q.text, blanks, cited && !localPersonQuoted(who!, doc, docs, bodies), doc, docs, inLibrary) &&
    first.get(hanChars(q.text)) === q &&
    // In a user's import, not the subject with another blank besides (import-lines.ts).
    !(doc.id.startsWith('u:') && subjectAndMore(q.text, blanks)) &&
    blanks.every(
      (b) =>
        !otherSubject(q.text, b, texts) &&
        !(localVoice(doc, docs) && nearRoleBlank(q.text, b)) &&
        !figurativeRole(q.text, b) &&
        // The field of a closing cheer, a 提法 too (在推动【高质量发展】中再立新功, blank-given.ts).
        !cheerField(q.text, b) &&
        // …or a 提法 under two names opening the line (【非公有制经济】是…: 民营经济).
        !twinNamedSubject(q.text, b) &&
        // A user's import (a national leader's words too): the topic of …的关键在于创新 or ____，人才是关键.
        !(doc.id.startsWith('u:') && openTopicBlank(q.text, b)) &&
        // …and a slot with a rival as standard as the key (slot-rivals.ts).
        !(doc.id.startsWith('u:') && rivalSlot(q.text, b, shippedTexts)) &&
        // …nor a period's name set before what it dates (落实【新时代】党的建设总要求, cut-term.ts), a word for the world
        // or everyday life, a key opening on 整个/一切, an adverb of manner (…地深化改革), or a shortened form of the
        // library's line; nor two broad words (经济社会), a graded role word (的【重要体现】) or a verb opening the next
        // clause (必须【牢记】，…) (import-lines.ts).
        !(
          doc.id.startsWith('u:') &&
          (eraBeforeNoun(q.text, b) ||
            cutFromName(q.text, b, inLexicon) ||
            broadKey(b) ||
            broadPairKey(b) ||
            gradedRoleKey(q.text, b) ||
            clauseOpeningVerb(q.text, b) ||
            conditionVerb(q.text, b, inLexicon) ||
            quantifiedKey(b) ||
            mannerBlank(q.text, b) ||
            moreOfKey(q.text, b, inLexicon) ||
            shortenedLine(q.text, shipped))
        ),
    )
  )
    return {
      ...base,
      kind: '填空',
      stem: saying?.work
        ? `补全名句（语出${saying.work}）：`
        : `补全${credited ? credited + '的' : ''}金句（${docLabel(doc)}${cited ? '引述' : ''}）：`,
      options: [],
      correct: [],
      blanks,
    };
  return null;
}
