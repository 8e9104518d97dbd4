// What the page-shape tests of rounds p11 and p12 share: two paragraphs of plain prose, and the
// pipeline's first document of a text with its body joined.
import { importBytes } from '../../../electron/core/content/pipeline.js';

export const PROSE = [
  '今年以来，南岭县持续推进农村供水保障工程建设，新建改造供水管网一百二十公里，惠及群众四万余人。',
  '县水利局负责人表示，将建立健全农村供水工程长效管护机制，确保群众喝上放心水。',
];
export const paras = PROSE.map((p) => `<p>${p}</p>`).join('');
export const doc = async (name: string, text: string) =>
  (await importBytes(name, Buffer.from(text, 'utf8'))).documents[0]!;
export const bodyOf = (d: { paragraphs: { text: string }[] }) => d.paragraphs.map((p) => p.text).join('\n');
