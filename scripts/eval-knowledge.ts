// `npm run eval:knowledge [-- --bundle FILE] [--dump DIR] [--ratchet]`: measures what the app teaches against
// the labelled sets in tests/eval/knowledge (see RUBRIC.md) and prints each figure beside its
// target. Builds a fresh bundle with the current code unless --bundle is given. --dump writes the
// unjudged items (to be judged and added to the sets) as JSON files; --ratchet records improved
// figures in tests/eval/knowledge/ratchet.json.
import fs from 'node:fs';
import path from 'node:path';
import { buildEvalBundle } from './lib/knowledge-eval/library.js';
import {
  LABELS_DIR,
  LOWER_IS_BETTER,
  meets,
  RATCHET_ONLY,
  runEval,
  TARGETS,
  type Figures,
} from './lib/knowledge-eval/run.js';
import { flagString, parseArgs } from './lib/args.js';
import { evalSpeeches } from './lib/knowledge-eval/speeches.js';

const args = parseArgs(process.argv.slice(2));
const given = flagString(args, 'bundle');
const built = given ? null : await buildEvalBundle();
try {
  const r = await runEval(given ?? built!.bundlePath);
  const rows: [keyof Figures, string, (v: number) => string][] = [
    ['tifaPrecision', '提法 precision (top 150 by count)', (v) => v.toFixed(3)],
    ['wrongSpeakers', '金句 wrong speakers', (v) => String(v)],
    ['quotePrecision', '金句 precision (10 documents)', (v) => v.toFixed(3)],
    ['quoteRecall', '金句 recall of hand-picked (10)', (v) => v.toFixed(3)],
    ['quotePrecisionAll', '金句 precision (all 18, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallAll', '金句 recall (all 18, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionFresh', '金句 precision (fresh, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallFresh', '金句 recall (fresh, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionHeld', '金句 precision (held16, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallHeld', '金句 recall (held16, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionHeld17', '金句 precision (held17, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallHeld17', '金句 recall (held17, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionHeld18', '金句 precision (held18, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallHeld18', '金句 recall (held18, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionHeld19', '金句 precision (held19, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallHeld19', '金句 recall (held19, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionHeld20', '金句 precision (held20, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallHeld20', '金句 recall (held20, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionHeld22', '金句 precision (held22, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallHeld22', '金句 recall (held22, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionHeld22b', '金句 precision (held22b, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallHeld22b', '金句 recall (held22b, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionHeld23', '金句 precision (held23, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallHeld23', '金句 recall (held23, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionHeld24', '金句 precision (held24, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallHeld24', '金句 recall (held24, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionHeld24b', '金句 precision (held24b, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallHeld24b', '金句 recall (held24b, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionLibrary', '金句 precision (library draw, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionLibrary20', '金句 precision (library draw 20, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionLocal21', '金句 precision (local21 imports, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallLocal21', '金句 recall (local21 imports, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionHeld21', '金句 precision (held21 imports, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallHeld21', '金句 recall (held21 imports, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionLocal22', '金句 precision (local22 imports, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallLocal22', '金句 recall (local22 imports, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionLocal22h', '金句 precision (local22h imports, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallLocal22h', '金句 recall (local22h imports, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionLocal23', '金句 precision (local23 imports, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallLocal23', '金句 recall (local23 imports, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionLocal23h', '金句 precision (local23h imports, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallLocal23h', '金句 recall (local23h imports, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionHeld25', '金句 precision (held25 commentaries, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallHeld25', '金句 recall (held25 commentaries, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionHeld25b', '金句 precision (held25b commentaries, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallHeld25b', '金句 recall (held25b commentaries, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionLocal24', '金句 precision (local24 imports, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallLocal24', '金句 recall (local24 imports, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionLocal24h', '金句 precision (local24h imports, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallLocal24h', '金句 recall (local24h imports, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionLocal25', '金句 precision (local25 imports, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallLocal25', '金句 recall (local25 imports, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionLocal25h', '金句 precision (local25h imports, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallLocal25h', '金句 recall (local25h imports, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionLocal26', '金句 precision (local26 imports, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallLocal26', '金句 recall (local26 imports, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionLocal26h', '金句 precision (local26h held out, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallLocal26h', '金句 recall (local26h held out, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionLocal27', '金句 precision (local27 imports, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallLocal27', '金句 recall (local27 imports, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionLocal27h', '金句 precision (local27h held out, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallLocal27h', '金句 recall (local27h held out, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionNews25', '金句 precision (news25 meeting reports)', (v) => v.toFixed(3)],
    ['quoteRecallNews25', '金句 recall (news25 meeting reports)', (v) => v.toFixed(3)],
    ['quotePrecisionNews25h', '金句 precision (news25h held out, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallNews25h', '金句 recall (news25h held out, not gated)', (v) => v.toFixed(3)],
    ['wrongSpeakersNews25', '金句 wrong speakers (news25 + held)', (v) => String(v)],
    ['quotePrecisionNews26', '金句 precision (news26 meeting reports)', (v) => v.toFixed(3)],
    ['quoteRecallNews26', '金句 recall (news26 meeting reports)', (v) => v.toFixed(3)],
    ['quotePrecisionNews26h', '金句 precision (news26h held out, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallNews26h', '金句 recall (news26h held out, not gated)', (v) => v.toFixed(3)],
    ['wrongSpeakersNews26', '金句 wrong speakers (news26 + held)', (v) => String(v)],
    ['quotePrecisionTurns25', '金句 precision (turns25 发言摘登 pages)', (v) => v.toFixed(3)],
    ['quoteRecallTurns25', '金句 recall (turns25 发言摘登 pages)', (v) => v.toFixed(3)],
    ['quotePrecisionTurns25h', '金句 precision (turns25h held out, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallTurns25h', '金句 recall (turns25h held out, not gated)', (v) => v.toFixed(3)],
    ['quotePrecisionTurns26', '金句 precision (turns26 发言摘登 pages)', (v) => v.toFixed(3)],
    ['quoteRecallTurns26', '金句 recall (turns26 发言摘登 pages)', (v) => v.toFixed(3)],
    ['quotePrecisionTurns26h', '金句 precision (turns26h held out, not gated)', (v) => v.toFixed(3)],
    ['quoteRecallTurns26h', '金句 recall (turns26h held out, not gated)', (v) => v.toFixed(3)],
    ['wrongSpeakersLocal21', '金句 wrong speakers (local imports, not gated)', (v) => String(v)],
    ['tifaDocPrecision', '提法 per document precision (t25)', (v) => v.toFixed(3)],
    ['tifaDocRecall', '提法 per document recall (t25)', (v) => v.toFixed(3)],
    ['tifaDocOccurrences', '提法 counted right (t25)', (v) => v.toFixed(3)],
    ['tifaDocTimeline', '提法 timeline counted right (t25)', (v) => v.toFixed(3)],
    ['tifaDocPrecisionHeld', '提法 per doc precision (t25h, not gated)', (v) => v.toFixed(3)],
    ['tifaDocRecallHeld', '提法 per doc recall (t25h, not gated)', (v) => v.toFixed(3)],
    ['tifaDocOccurrencesHeld', '提法 counted right (t25h, not gated)', (v) => v.toFixed(3)],
    ['tifaDocTimelineHeld', '提法 timeline right (t25h, not gated)', (v) => v.toFixed(3)],
    ['tifaDoc26Precision', '提法 per document precision (t26)', (v) => v.toFixed(3)],
    ['tifaDoc26Recall', '提法 per document recall (t26)', (v) => v.toFixed(3)],
    ['tifaDoc26Occurrences', '提法 counted right (t26)', (v) => v.toFixed(3)],
    ['tifaDoc26Timeline', '提法 timeline counted right (t26)', (v) => v.toFixed(3)],
    ['tifaDoc26PrecisionHeld', '提法 per doc precision (t26h, not gated)', (v) => v.toFixed(3)],
    ['tifaDoc26RecallHeld', '提法 per doc recall (t26h, not gated)', (v) => v.toFixed(3)],
    ['tifaDoc27Precision', '提法 per document precision (t27)', (v) => v.toFixed(3)],
    ['tifaDoc27Recall', '提法 per document recall (t27)', (v) => v.toFixed(3)],
    ['tifaDoc27Occurrences', '提法 counted right (t27)', (v) => v.toFixed(3)],
    ['tifaDoc27Timeline', '提法 timeline counted right (t27)', (v) => v.toFixed(3)],
    ['tifaDoc27PrecisionHeld', '提法 per doc precision (t27h, not gated)', (v) => v.toFixed(3)],
    ['tifaDoc27RecallHeld', '提法 per doc recall (t27h, not gated)', (v) => v.toFixed(3)],
    ['goodQuestions', 'good questions', (v) => `${(v * 100).toFixed(1)} %`],
    ['wrongKeys', 'wrong answer keys', (v) => String(v)],
    ['historyWrongStatus25', 'history h25: wrong status or note', (v) => String(v)],
    ['historyStudyItems25', 'history h25: study items from old lines', (v) => String(v)],
    ['historyBlockedKeep25', 'history h25: valid lines blocked', (v) => String(v)],
    ['historyWrongStatus25h', 'history h25h (held out, not gated): status', (v) => String(v)],
    ['historyStudyItems25h', 'history h25h (held out, not gated): items', (v) => String(v)],
    ['historyWrongStatus26', 'history h26: wrong status or note', (v) => String(v)],
    ['historyStudyItems26', 'history h26: study items from old lines', (v) => String(v)],
    ['historyBlockedKeep26', 'history h26: valid lines blocked', (v) => String(v)],
    ['historyWrongStatus26h', 'history h26h (held out, not gated): status', (v) => String(v)],
    ['historyStudyItems26h', 'history h26h (held out, not gated): items', (v) => String(v)],
    ['historyBlockedKeep26h', 'history h26h (held out, not gated): blocked', (v) => String(v)],
    ['goodQuestionsImported19', 'good questions (imported19, not gated)', (v) => `${(v * 100).toFixed(1)} %`],
    ['soundQuestionsImported19', 'questions not bad (imported19, not gated)', (v) => `${(v * 100).toFixed(1)} %`],
    ['goodQuestionsImported19h', 'good questions (imported19 held out, not gated)', (v) => `${(v * 100).toFixed(1)} %`],
    ['wrongKeysImported19', 'wrong answer keys (imported19)', (v) => String(v)],
    ['goodQuestionsImported26', 'good questions (imported26)', (v) => `${(v * 100).toFixed(1)} %`],
    ['soundQuestionsImported26', 'questions not bad (imported26)', (v) => `${(v * 100).toFixed(1)} %`],
    ['goodQuestionsImported26h', 'good questions (imported26 held out, not gated)', (v) => `${(v * 100).toFixed(1)} %`],
    ['wrongKeysImported26', 'wrong answer keys (imported26)', (v) => String(v)],
    ['goodQuestionsImported27', 'good questions (imported27, not gated)', (v) => `${(v * 100).toFixed(1)} %`],
    ['soundQuestionsImported27', 'questions not bad (imported27)', (v) => `${(v * 100).toFixed(1)} %`],
    ['goodQuestionsImported27h', 'good questions (imported27 held out, not gated)', (v) => `${(v * 100).toFixed(1)} %`],
    ['wrongKeysImported27', 'wrong answer keys (imported27)', (v) => String(v)],
    ['goodQuestionsImported28', 'good questions (imported28)', (v) => `${(v * 100).toFixed(1)} %`],
    ['soundQuestionsImported28', 'questions not bad (imported28)', (v) => `${(v * 100).toFixed(1)} %`],
    ['goodQuestionsImported28h', 'good questions (imported28 held out, not gated)', (v) => `${(v * 100).toFixed(1)} %`],
    ['wrongKeysImported28', 'wrong answer keys (imported28)', (v) => String(v)],
  ];
  console.log('知识层评测（tests/eval/knowledge，评判标准见 RUBRIC.md）\n');
  for (const [key, label, fmt] of rows) {
    const v = r.figures[key];
    const t = TARGETS[key];
    console.log(
      `  ${meets(key, v) ? '✓' : '✗'} ${label.padEnd(36)} ${fmt(v).padStart(8)}   target ${LOWER_IS_BETTER.includes(key) ? '= ' + t : '≥ ' + fmt(t)}`,
    );
  }
  console.log(
    `\n  提法: ${r.tifa.notReal.length} not real, ${r.tifa.unjudged.length} unjudged in the top ${r.tifa.top.length}`,
  );
  for (const [set, res] of [
    ['t25', r.tifaDocs],
    ['t25h', r.tifaDocsHeld],
    ['t26', r.tifaDocs26],
    ['t26h', r.tifaDocs26h],
    ['t27', r.tifaDocs27],
    ['t27h', r.tifaDocs27h],
  ] as const) {
    console.log(
      `  提法 per document ${set}: ${res.listed} listed, ${res.notReal.length} not real, ${res.unjudged.length} unjudged, ${res.missed.length} hand-listed missed`,
    );
    for (const t of [...res.notReal, ...res.unjudged]) console.log(`    listed, not a 提法 or unjudged: ${t}`);
    for (const t of [...res.wrongCounts, ...res.wrongTimeline]) console.log(`    counted wrong (got/labelled): ${t}`);
  }
  console.log(
    `  金句 attribution: ${r.speakers.checked} checked, ${r.speakers.unknown.length} unknown (allowed), ${r.speakers.missing.length} not extracted`,
  );
  console.log(
    `  金句 in ${r.quotes.docs} labelled documents: ${r.quotes.outputs} outputs, ${r.quotes.bad.length} not good, ${r.quotes.unjudged.length} unjudged, ${r.quotes.missed.length} hand-picked missed`,
  );
  console.log(
    `  questions: ${r.questions.total} in the sample, ${r.questions.good} good, ${r.questions.acceptable} acceptable, ${r.questions.bad.length} bad, ${r.questions.unjudged.length} unjudged`,
  );
  console.log(
    `  金句 library draw: ${r.library.kept} of ${r.library.drawn} drawn still output, ${r.library.keptBad.length} of them not good, ${r.library.lostGood.length} good ones lost`,
  );
  for (const q of r.library.lostGood) console.log(`    lost good library 金句: ${q.text.slice(0, 40)}`);
  console.log(
    `  金句 library draw 20: ${r.library20.kept} of ${r.library20.drawn} drawn still output, ${r.library20.keptBad.length} of them not good, ${r.library20.lostGood.length} good ones lost`,
  );
  for (const q of r.library20.lostGood) console.log(`    lost good library 金句: ${q.text.slice(0, 40)}`);
  for (const q of r.library20.keptBad) console.log(`    not good library 金句: ${q.text.slice(0, 40)}`);
  for (const [set, res] of [
    ['local21', r.local21],
    ['held21', r.held21],
    ['local22', r.local22],
    ['local22h', r.local22h],
    ['local23', r.local23],
    ['local23h', r.local23h],
    ['held25', r.held25],
    ['held25b', r.held25b],
    ['local24', r.local24],
    ['local24h', r.local24h],
    ['local25', r.local25],
    ['local25h', r.local25h],
    ['local26', r.local26],
    ['local26h', r.local26h],
    ['local27', r.local27],
    ['local27h', r.local27h],
    ['news25', r.news25],
    ['news25h', r.news25h],
    ['news26', r.news26],
    ['news26h', r.news26h],
    ['turns25', r.turns25],
    ['turns25h', r.turns25h],
    ['turns26', r.turns26],
    ['turns26h', r.turns26h],
  ] as const) {
    console.log(
      `  金句 in ${res.docs} imported local documents (${set}): ${res.outputs} outputs, ${res.bad.length} not good, ${res.unjudged.length} unjudged, ${res.missed.length} picks missed`,
    );
    for (const w of res.wrongSpeakers) console.log(`    wrong speaker in an imported local document: ${w}`);
  }
  for (const [set, res] of [
    ['h25', r.history25],
    ['h25h', r.history25h],
    ['h26', r.history26],
    ['h26h', r.history26h],
  ] as const) {
    console.log(
      `  history ${set}: ${res.files} labelled excerpts, ${res.wrongStatus.length} wrong status, ${res.studyItems.length} study items from old lines, ${res.blockedKeep.length} valid lines blocked`,
    );
    for (const w of [...res.wrongStatus, ...res.studyItems, ...res.blockedKeep]) console.log(`    ${w}`);
  }
  const speeches = await evalSpeeches();
  console.log(
    `  imported speeches (${speeches.files} labelled files): ${speeches.wrong.length} 金句 with a wrong speaker (target = 0), ${speeches.found} of ${speeches.withPerson} labelled speakers found`,
  );
  for (const w of speeches.wrong) console.log(`    wrong speaker in an imported speech: ${w}`);
  for (const w of r.speakers.wrong)
    console.log(`    wrong speaker: “${w.label.text.slice(0, 30)}” got ${w.got}, is ${w.label.speaker}`);
  const q19 = r.imported19;
  console.log(
    `  questions from imported documents (imported19): ${q19.total} drawn, ${q19.good} good, ${q19.acceptable} acceptable, ${q19.bad.length} bad, ${q19.unjudged.length} unjudged`,
  );
  const h19 = r.imported19h;
  console.log(
    `  held out (imported19h): ${h19.total} drawn, ${h19.good} good, ${h19.acceptable} acceptable, ${h19.bad.length} bad, ${h19.unjudged.length} unjudged`,
  );
  for (const [name, q] of [
    ['imported26', r.imported26],
    ['imported26h', r.imported26h],
    ['imported27', r.imported27],
    ['imported27h', r.imported27h],
    ['imported28', r.imported28],
    ['imported28h', r.imported28h],
  ] as const)
    console.log(
      `  questions from imported documents (${name}): ${q.total} drawn, ${q.good} good, ${q.acceptable} acceptable, ${q.bad.length} bad, ${q.unjudged.length} unjudged`,
    );
  const q26 = [
    ...r.imported26.wrongKeys,
    ...r.imported26h.wrongKeys,
    ...r.imported27.wrongKeys,
    ...r.imported27h.wrongKeys,
    ...r.imported28.wrongKeys,
    ...r.imported28h.wrongKeys,
  ];
  for (const k of [...r.questions.wrongKeys, ...q19.wrongKeys, ...h19.wrongKeys, ...q26])
    console.log(`    wrong key: ${k.stem.slice(0, 50)} — ${k.why}`);
  const dump = flagString(args, 'dump');
  if (dump) {
    fs.mkdirSync(dump, { recursive: true });
    const write = (name: string, v: unknown) => fs.writeFileSync(path.join(dump, name), JSON.stringify(v, null, 1));
    write(
      'tifa-unjudged.json',
      r.tifa.top.filter((t) => r.tifa.unjudged.includes(t.term)),
    );
    write('quotes-unjudged.json', r.quotes.unjudged);
    write('quotes-missed.json', r.quotes.missed);
    write(
      'quotes-local21-unjudged.json',
      [
        r.local21,
        r.held21,
        r.local22,
        r.local22h,
        r.local23,
        r.local23h,
        r.held25,
        r.held25b,
        r.local24,
        r.local24h,
        r.local25,
        r.local25h,
        r.local26,
        r.local26h,
        r.local27,
        r.local27h,
        r.news25,
        r.news25h,
        r.news26,
        r.news26h,
        r.turns25,
        r.turns25h,
        r.turns26,
        r.turns26h,
      ].flatMap((x) => x.unjudged),
    );
    write('speakers-missing.json', r.speakers.missing);
    write('questions-unjudged.json', r.questions.unjudged);
    write('questions-imported19-unjudged.json', [...q19.unjudged, ...h19.unjudged]);
    write('questions-imported26-unjudged.json', [...r.imported26.unjudged, ...r.imported26h.unjudged]);
    write('questions-imported27-unjudged.json', [...r.imported27.unjudged, ...r.imported27h.unjudged]);
    write('questions-imported28-unjudged.json', [...r.imported28.unjudged, ...r.imported28h.unjudged]);
    console.log(`\n  unjudged items written to ${dump}`);
  }
  if (args.flags.ratchet) {
    // Record the figures as the new best, only where they improved.
    const file = path.join(LABELS_DIR, 'ratchet.json');
    const best = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Figures) : r.figures;
    for (const k of Object.keys(r.figures) as (keyof Figures)[]) {
      const lower = LOWER_IS_BETTER.includes(k);
      if (best[k] === undefined || (lower ? r.figures[k] < best[k] : r.figures[k] > best[k])) best[k] = r.figures[k];
    }
    fs.writeFileSync(file, JSON.stringify(best, null, 2) + '\n');
    console.log(`\n  ratchet updated: ${path.relative(process.cwd(), file)}`);
  }
  const gated = Object.entries(r.figures).filter(([k]) => !RATCHET_ONLY.includes(k as keyof Figures));
  if (!gated.every(([k, v]) => meets(k as keyof Figures, v)) || speeches.wrong.length) process.exitCode = 1;
} finally {
  built?.cleanup();
}
