// Round t63 (RUBRIC.md): the education, science and talent, culture, ecology, security, rule-of-law and united-front
// lines of the 十七大–二十大 and 2015–2025 reports a 2025–2026 imported study or meeting states, and 新型农村集体经济 on
// the lead's ruling. Listing layer only: no new entry becomes a question's blank.
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { askable } from '../../../electron/core/quiz/source.js';

const counts = (...texts: string[]) =>
  Object.fromEntries(
    extractTerms(texts.map((text) => ({ kind: 'p' as const, text }))).map((t) => [t.term, t.occurrences.length]),
  );

describe('round t63 listing entries', () => {
  it('lists the education and talent lines', () => {
    const c = counts(
      '全面贯彻党的教育方针，坚持为党育人、为国育才，培养德智体美劳全面发展的社会主义建设者和接班人。',
      '加快建设高质量教育体系，办好人民满意的教育，发展素质教育，促进教育公平。',
      '弘扬教育家精神，建设高素质专业化教师队伍；坚持党管人才原则，聚天下英才而用之，弘扬科学家精神。',
    );
    for (const t of [
      '党的教育方针',
      '为党育人、为国育才',
      '社会主义建设者和接班人',
      '高质量教育体系',
      '人民满意的教育',
      '素质教育',
      '教育公平',
      '教育家精神',
      '高素质专业化教师队伍',
      '党管人才',
      '聚天下英才而用之',
      '科学家精神',
    ])
      expect(c[t], t).toBe(1);
    expect(askable('教育家精神')).toBe(false);
  });

  it('lists the culture, ecology, security, rule-of-law and united-front lines', () => {
    const c = counts(
      '牢牢掌握意识形态工作领导权，传承红色基因，反对历史虚无主义，坚持把马克思主义基本原理同中国具体实际相结合。',
      '全面推行河湖长制，实行党政同责、一岗双责，深入推进中央生态环境保护督察。',
      '筑牢国家安全人民防线，坚持以高质量发展促进高水平安全。',
      '走中国特色社会主义法治道路，坚持依法治国、依法执政、依法行政共同推进，坚持法治国家、法治政府、法治社会一体建设。',
      '严格规范公正文明执法，带头尊法学法守法用法。',
      '坚持和完善中国共产党领导的多党合作和政治协商制度，坚持大团结大联合。',
      '促进政党关系、民族关系、宗教关系、阶层关系、海内外同胞关系和谐。',
      '促进非公有制经济健康发展和非公有制经济人士健康成长，促进各民族像石榴籽一样紧紧抱在一起。',
      '发展新型农村集体经济，把我国建成富强民主文明和谐美丽的社会主义现代化强国。',
    );
    for (const t of [
      '意识形态工作领导权',
      '红色基因',
      '历史虚无主义',
      '马克思主义基本原理同中国具体实际相结合',
      '党政同责、一岗双责',
      '中央生态环境保护督察',
      '国家安全人民防线',
      '以高质量发展促进高水平安全',
      '中国特色社会主义法治道路',
      '依法治国、依法执政、依法行政共同推进',
      '法治国家、法治政府、法治社会一体建设',
      '严格规范公正文明执法',
      '尊法学法守法用法',
      '中国共产党领导的多党合作和政治协商制度',
      '大团结大联合',
      '政党关系、民族关系、宗教关系、阶层关系、海内外同胞关系',
      '非公有制经济健康发展和非公有制经济人士健康成长',
      '像石榴籽一样紧紧抱在一起',
      '新型农村集体经济',
      '富强民主文明和谐美丽',
    ])
      expect(c[t], t).toBe(1);
  });
});
