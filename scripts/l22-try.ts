import { extractQuotes } from '../electron/core/content/quotes.js';
import { quoteCandidates } from '../electron/core/knowledge/quote-candidates.js';
const ps = process.argv.slice(2).map((text) => ({ kind: 'p' as const, text }));
console.log(extractQuotes(ps, { speakers: [], occasion: null, date: null, type: '会议报道' }).map((q) => `${q.speaker}: ${q.text} ${q.score}`));
console.log(quoteCandidates({ paragraphs: ps, type: '会议报道', speakers: [] }).map((c) => `${c.source} ${c.speaker}: ${c.text}`));
import { scoreCandidate } from '../electron/core/knowledge/quote-rank.js';
import { isReportDirective } from '../electron/core/knowledge/report-directive.js';
for (const c of quoteCandidates({ paragraphs: ps, type: '会议报道', speakers: [] })) console.log(c.text, scoreCandidate(c)?.score, isReportDirective(c.text));
