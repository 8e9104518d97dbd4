// Round sites54: a joint 红头's organs run together — the centre's two offices
// (`中共中央办公厅国务院办公厅`), a province's (`中共某省委办公厅某省人民政府办公厅`), and a mark set on
// one line without `文件` (`中共某县委 某县人民政府` squeezed by the 版头 reader) — parted only where
// each part is a known organ, else the issuer is left empty.
import { describe, expect, it } from 'vitest';
import { jointOrgans } from '../../../electron/core/content/joint-organs.js';
import { stripOfficialFrame } from '../../../electron/core/content/official-frame.js';

const TEXT = [
  '坚持以人民为中心的发展思想，把人民对美好生活的向往作为奋斗目标，扎实办好民生实事。',
  '各级党组织要把学习成果转化为推动发展的实际成效，扎实做好各项工作，确保取得实效。',
];
const frame = (head: string[]) => stripOfficialFrame([...head, '关于开展专项整治工作的意见', ...TEXT], { removed: [] });

describe('joint organs of the centre and of a province', () => {
  it('parts the centre’s organs and offices', () => {
    expect(jointOrgans('中共中央办公厅国务院办公厅')).toBe('中共中央办公厅 国务院办公厅');
    expect(jointOrgans('中共中央国务院')).toBe('中共中央 国务院');
    expect(jointOrgans('国务院办公厅')).toBe('国务院办公厅');
  });
  it('parts a province’s 办公厅 and a county’s 委员会', () => {
    expect(jointOrgans('中共江岭省委办公厅江岭省人民政府办公厅')).toBe('中共江岭省委办公厅 江岭省人民政府办公厅');
    expect(jointOrgans('中共南岭县委员会南岭县人民政府')).toBe('中共南岭县委员会 南岭县人民政府');
  });
  it('leaves a run with a part of no known shape empty', () => {
    expect(jointOrgans('中共南岭县委组织部南岭县人力资源和社会保障局')).toBeNull();
    expect(jointOrgans('南岭市财政局南岭市农业农村局')).toBeNull();
    // One organ whose name holds another's word is not parted.
    expect(jointOrgans('南岭县人民政府国有资产监督管理委员会')).toBe('南岭县人民政府国有资产监督管理委员会');
  });
});

describe('a joint mark on one line without 文件', () => {
  it('gives the organs apart by a space', () => {
    const f = frame(['中共梧岗县委 梧岗县人民政府', '梧委〔2017〕20号']);
    expect(f.issuer).toBe('中共梧岗县委 梧岗县人民政府');
    expect(f.lines[0]).toBe('关于开展专项整治工作的意见');
  });
  it('gives the centre’s offices from a mark with 文件', () => {
    expect(frame(['中共中央办公厅国务院办公厅文件', '中办发〔2024〕3号']).issuer).toBe('中共中央办公厅 国务院办公厅');
  });
  it('leaves the issuer empty when the line will not part into known organs', () => {
    const f = frame(['南岭市财政局南岭市农业农村局', '南财〔2024〕3号']);
    expect(f.issuer).toBeNull();
    expect(f.lines[0]).toBe('关于开展专项整治工作的意见');
  });
});
