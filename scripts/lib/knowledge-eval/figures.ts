// The knowledge evaluation's figures (run.ts): what each measures. Their targets are in targets.ts.

export interface Figures {
  tifaPrecision: number;
  wrongSpeakers: number;
  quotePrecision: number;
  quoteRecall: number;
  /** 金句 precision and recall over every labelled document: the 10 and the wider set. */
  quotePrecisionAll: number;
  quoteRecallAll: number;
  /** 金句 precision and recall over the documents labelled later (`"set": "fresh"`), kept apart so
   * the figures above stay comparable with their history. */
  quotePrecisionFresh: number;
  quoteRecallFresh: number;
  /** 金句 precision and recall over documents held out while rules were written (`"set": "held16"`). */
  quotePrecisionHeld: number;
  quoteRecallHeld: number;
  /** The same over the 党代会 reports held out in the next round (`"set": "held17"`). */
  quotePrecisionHeld17: number;
  quoteRecallHeld17: number;
  /** The same over the government work reports held out in round quotes18 (`"set": "held18"`). */
  quotePrecisionHeld18: number;
  quoteRecallHeld18: number;
  /** The same over the government work reports held out in round quotes19 (`"set": "held19"`). */
  quotePrecisionHeld19: number;
  quoteRecallHeld19: number;
  /** The same over the reports held out in round quotes20 (`"set": "held20"`). */
  quotePrecisionHeld20: number;
  quoteRecallHeld20: number;
  /** The same over the reports labelled in round quotes22 (`"set": "held22"`) and its held-out batch (`held22b`). */
  quotePrecisionHeld22: number;
  quoteRecallHeld22: number;
  quotePrecisionHeld22b: number;
  quoteRecallHeld22b: number;
  /** The same over the reports held out in round quotes22b (`"set": "held23"`). */
  quotePrecisionHeld23: number;
  quoteRecallHeld23: number;
  /** The same over the reports labelled in round quotes23 (`"set": "held24"`) and its held-out batch (`held24b`). */
  quotePrecisionHeld24: number;
  quoteRecallHeld24: number;
  quotePrecisionHeld24b: number;
  quoteRecallHeld24b: number;
  /** Of a judged random draw of the shipped library's 金句 (quotes-library19.json), the share judged
   * good among those the current code still outputs. */
  quotePrecisionLibrary: number;
  /** The same over a second draw (quotes-library20.json, round quotes20). */
  quotePrecisionLibrary20: number;
  /** 金句 in imported local documents (quotes-local21.json, round quotes21): the 15 the rules were
   * written on, the 5 held out, and the wrong speakers over both. */
  quotePrecisionLocal21: number;
  quoteRecallLocal21: number;
  quotePrecisionHeld21: number;
  quoteRecallHeld21: number;
  /** The same file, round local22: the 13 local documents of its rules and the 4 held out. */
  quotePrecisionLocal22: number;
  quoteRecallLocal22: number;
  quotePrecisionLocal22h: number;
  quoteRecallLocal22h: number;
  /** The same file, round local23: 13 new local documents (local-docs/) and the 4 held out. */
  quotePrecisionLocal23: number;
  quoteRecallLocal23: number;
  quotePrecisionLocal23h: number;
  quoteRecallLocal23h: number;
  /** The same file, round quotes23b: newspaper commentaries (评论员文章) written for the set (`held25`)
   * and the held-out batch (`held25b`). */
  quotePrecisionHeld25: number;
  quoteRecallHeld25: number;
  quotePrecisionHeld25b: number;
  quoteRecallHeld25b: number;
  /** The same file, round local24: 10 more local documents (local-docs/l24-*) and the 3 held out. */
  quotePrecisionLocal24: number;
  quoteRecallLocal24: number;
  quotePrecisionLocal24h: number;
  quoteRecallLocal24h: number;
  /** The same file, round local25: 8 more local documents (local-docs/l25-*) and the 4 held out. */
  quotePrecisionLocal25: number;
  quoteRecallLocal25: number;
  quotePrecisionLocal25h: number;
  quoteRecallLocal25h: number;
  /** The same file, round local26: 8 more local speeches, 党课, 述职 and reports (local-docs/l26-*) and the 3 held
   * out (ratchet only, as the other local sets). */
  quotePrecisionLocal26: number;
  quoteRecallLocal26: number;
  quotePrecisionLocal26h: number;
  quoteRecallLocal26h: number;
  /** The same file, round directives27: 5 local speeches, a 党课 and meeting reports full of directives
   * (local-docs/l27-*) and the 2 held out (ratchet only). */
  quotePrecisionLocal27: number;
  quoteRecallLocal27: number;
  quotePrecisionLocal27h: number;
  quoteRecallLocal27h: number;
  /** 金句 in meeting reports and news stories (quotes-news25.json, round news25): the 21 the rules were
   * written on (gated), the 6 held out (ratchet only), and the wrong speakers over both (gated). */
  quotePrecisionNews25: number;
  quoteRecallNews25: number;
  quotePrecisionNews25h: number;
  quoteRecallNews25h: number;
  wrongSpeakersNews25: number;
  /** The same over quotes-news26.json (round news26: 全会公报, 政治局/常委会 meetings, 座谈会, local-docs/n26-*):
   * the 10 the rules were written on (gated), the 4 held out (ratchet only), the wrong speakers over both (gated). */
  quotePrecisionNews26: number;
  quoteRecallNews26: number;
  quotePrecisionNews26h: number;
  quoteRecallNews26h: number;
  wrongSpeakersNews26: number;
  /** The same file, round speakers25: pages of several people's remarks under bylines (发言摘登, local-docs/t25-*)
   * and the 3 held out. */
  quotePrecisionTurns25: number;
  quoteRecallTurns25: number;
  quotePrecisionTurns25h: number;
  quoteRecallTurns25h: number;
  quotePrecisionTurns26: number;
  quoteRecallTurns26: number;
  quotePrecisionTurns26h: number;
  quoteRecallTurns26h: number;
  /** Wrong speakers over every set of quotes-local21.json. */
  wrongSpeakersLocal21: number;
  /** 提法 per document (t25-tifa-docs.json, round t25): precision of the terms listed for hand-labelled
   * excerpts, recall of the 提法 listed by hand, and the share of listed 提法 counted right by the
   * extraction and by the timeline; `Held` is the held-out batch (`t25h`). */
  tifaDocPrecision: number;
  tifaDocRecall: number;
  tifaDocOccurrences: number;
  tifaDocTimeline: number;
  tifaDocPrecisionHeld: number;
  tifaDocRecallHeld: number;
  tifaDocOccurrencesHeld: number;
  tifaDocTimelineHeld: number;
  /** The same for t26-tifa-docs.json (round t26: congress reports, 2016; held out `t26h`: 十六大, 2019). */
  tifaDoc26Precision: number;
  tifaDoc26Recall: number;
  tifaDoc26Occurrences: number;
  tifaDoc26Timeline: number;
  tifaDoc26PrecisionHeld: number;
  tifaDoc26RecallHeld: number;
  /** The same for t27-tifa-docs.json (round t27: 2008, 2011, 2023 reports; held out `t27h`: 2010, 2022). */
  tifaDoc27Precision: number;
  tifaDoc27Recall: number;
  tifaDoc27Occurrences: number;
  tifaDoc27Timeline: number;
  tifaDoc27PrecisionHeld: number;
  tifaDoc27RecallHeld: number;
  goodQuestions: number;
  wrongKeys: number;
  /** Round h25 (history.ts): real excerpts of the 1969–1987 reports imported as a user would; wrong
   * statuses or notes, study items from a historical excerpt or a criticised line, and lines that stay
   * study material blocked; and the first two over the batch held out (`h25h`). */
  historyWrongStatus25: number;
  historyStudyItems25: number;
  historyBlockedKeep25: number;
  historyWrongStatus25h: number;
  historyStudyItems25h: number;
  /** Round h26 (history.ts): real excerpts of the 1955–1992 reports, every era from the 社会主义改造 to the early
   * reform years' superseded lines, judged as h25; and the same three over the batch held out (`h26h`). */
  historyWrongStatus26: number;
  historyStudyItems26: number;
  historyBlockedKeep26: number;
  historyWrongStatus26h: number;
  historyStudyItems26h: number;
  historyBlockedKeep26h: number;
  /** Questions from imported documents (questions-imported19.json: report excerpts and local papers, drawn again with
   * the current code): the good share, the share not bad (good or acceptable), and the wrong keys. */
  goodQuestionsImported19: number;
  soundQuestionsImported19: number;
  /** The good share of its held-out batch (`heldOut`); wrongKeysImported19 counts both. */
  goodQuestionsImported19h: number;
  wrongKeysImported19: number;
  /** The same over questions-imported26.json (ten library report excerpts no earlier imported set used) and its
   * held-out batch (`heldOut`, ratchet only). */
  goodQuestionsImported26: number;
  soundQuestionsImported26: number;
  goodQuestionsImported26h: number;
  wrongKeysImported26: number;
  /** The same over questions-imported27.json (eight library government work report excerpts no earlier imported
   * set used) and its held-out batch; both ratchet only (the set judged below target before its rules). */
  goodQuestionsImported27: number;
  soundQuestionsImported27: number;
  goodQuestionsImported27h: number;
  wrongKeysImported27: number;
  /** The same over questions-imported28.json (a meeting report, a WeChat repost, a 范文 speech and report excerpts
   * saved as a speech and a 文件) and its held-out batch (ratchet only). */
  goodQuestionsImported28: number;
  soundQuestionsImported28: number;
  goodQuestionsImported28h: number;
  wrongKeysImported28: number;
}
