// Round t64 (RUBRIC.md): the 基层治理, 养老 and health, 纪检, finance, 协商民主, digital, defence, 港澳/台湾 and 一带一路
// lines of the 十六大–二十大 and 2016–2025 reports a 2025–2026 imported meeting or study states, t63h's misses with a
// library text, and 林长制 on the lead's ruling (a lexicon entry like 河长制). Listing layer only for the rest: no new
// listing entry becomes a question's blank.
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { askable } from '../../../electron/core/quiz/source.js';

const counts = (...texts: string[]) =>
  Object.fromEntries(
    extractTerms(texts.map((text) => ({ kind: 'p' as const, text }))).map((t) => [t.term, t.occurrences.length]),
  );

describe('round t64 listing entries', () => {
  it('lists the 基层治理, 养老, 纪检 and finance lines', () => {
    const c = counts(
      '推进以党建引领基层治理，建设人人有责、人人尽责、人人享有的社会治理共同体，持续整治形式主义为基层减负。',
      '推进扫黑除恶常态化；构建居家社区机构相协调、医养康养相结合的养老服务体系。',
      '把保障人民健康放在优先发展的战略位置；加强新时代廉洁文化建设；增强金融服务实体经济能力。',
    );
    for (const t of [
      '党建引领基层治理',
      '人人有责、人人尽责、人人享有的社会治理共同体',
      '整治形式主义为基层减负',
      '扫黑除恶常态化',
      '居家社区机构相协调、医养康养相结合',
      '把保障人民健康放在优先发展的战略位置',
      '新时代廉洁文化建设',
      '金融服务实体经济',
    ])
      expect(c[t], t).toBe(1);
    expect(askable('扫黑除恶常态化')).toBe(false);
  });

  it('lists the democracy, digital, defence, 港澳台, 一带一路, nationalities and 党史 lines, and the goal one moves towards', () => {
    const c = counts(
      '人民政协是社会主义协商民主的重要渠道和专门协商机构，围绕团结和民主两大主题履行职能。',
      '推进数字产业化和产业数字化，促进数字经济和实体经济深度融合。',
      '贯彻新时代军事战略方针，实现建军一百年奋斗目标，巩固提高一体化国家战略体系和能力，让军人成为全社会尊崇的职业，巩固军政军民团结。',
      '坚持依法治港治澳，支持香港、澳门更好融入国家发展大局；深化两岸各领域融合发展，促进两岸同胞心灵契合。',
      '推动高质量共建“一带一路”，形成陆海内外联动、东西双向互济的开放格局。',
      '走中国特色解决民族问题的正确道路；学史明理、学史增信、学史崇德、学史力行。',
      '推动各民族共同走向社会主义现代化。',
    );
    for (const t of [
      '社会主义协商民主',
      '专门协商机构',
      '团结和民主两大主题',
      '数字产业化和产业数字化',
      '数字经济和实体经济深度融合',
      '新时代军事战略方针',
      '建军一百年奋斗目标',
      '一体化国家战略体系和能力',
      '让军人成为全社会尊崇的职业',
      '军政军民团结',
      '依法治港治澳',
      '融入国家发展大局',
      '两岸融合发展',
      '心灵契合',
      '高质量共建“一带一路”',
      '陆海内外联动、东西双向互济',
      '中国特色解决民族问题的正确道路',
      '学史明理、学史增信、学史崇德、学史力行',
      '社会主义现代化',
    ])
      expect(c[t], t).toBe(1);
  });

  it('lists 林长制 as the lexicon lists 河长制, a question may ask it', () => {
    const c = counts('全面推行河湖长制、林长制。', '全镇推行“林长制”，开展“美丽庭院”创建。');
    expect(c['林长制']).toBe(2);
    expect(c['河长制']).toBe(1);
    expect(askable('林长制')).toBe(true);
  });
});
