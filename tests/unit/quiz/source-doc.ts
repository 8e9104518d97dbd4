// A document of the quiz source for generator tests: a government work report of that year unless
// `over` says otherwise.
import type { SourceDoc } from '../../../electron/core/quiz/types.js';

export function sourceDoc(id: string, year: number, texts: string[], over: Partial<SourceDoc> = {}): SourceDoc {
  return {
    id,
    title: `${year}年政府工作报告${id}`,
    type: '文件',
    date: String(year),
    year,
    source: '中华人民共和国国务院',
    speakers: [],
    occasion: null,
    paragraphs: texts.map((text) => ({ kind: 'p' as const, text })),
    ...over,
  };
}
