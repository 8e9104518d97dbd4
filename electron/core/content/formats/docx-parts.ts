// What mammoth does not do with a .docx: the page headers, where some offices keep a speech's title
// (footers are not read: they hold page numbers, units and print dates, never what the document
// is), and the text boxes' own paragraphs (to tell a pull quote from the text); hidden text
// (w:vanish: editors' notes, which Word neither shows nor prints) and simple fields (w:fldSimple,
// whose shown result mammoth drops) in the body; Word's automatic numbering, whose labels mammoth
// does not draw (docx-number-labels.ts).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { DOMParser } from 'linkedom';
import { withNumberLabels } from './docx-number-labels.js';
import { readNumbering } from './docx-numbering.js';

/** The paragraphs' text of the parts `name` picks (deleted runs' w:delText is no w:t). */
function partLines(bytes: Uint8Array, name: RegExp, within?: string): string[] {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (f) => name.test(f.name) });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const part of Object.keys(parts).sort()) {
    const xml = new TextDecoder().decode(parts[part]);
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const roots = within ? [...doc.getElementsByTagName(within)] : [doc];
    for (const root of roots)
      for (const p of root.getElementsByTagName('w:p')) {
        const text = [...p.getElementsByTagName('w:t')].map((t) => t.textContent ?? '').join('');
        if (text.trim()) out.push(text.trim());
      }
  }
  return out;
}

export const headerLines = (bytes: Uint8Array) => partLines(bytes, /^word\/header\d*\.xml$/);
export const footerLines = (bytes: Uint8Array) => partLines(bytes, /^word\/footer\d*\.xml$/);

/** The paragraphs of the body's text boxes (each box is written twice, DrawingML and VML: one copy each). */
export const textBoxLines = (bytes: Uint8Array) => [
  ...new Set(partLines(bytes, /^word\/document\.xml$/, 'w:txbxContent')),
];

/** A run whose own properties hide it, holding no nested runs (a text box is left alone). */
const HIDDEN_RUN =
  /<w:r\b[^>]*>\s*<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*?<w:vanish(?:\s+w:val="(?:true|1|on)")?\s*\/>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr>(?:(?!<w:r[\s>]|<\/w:r>)[\s\S])*<\/w:r>/g;
const SIMPLE_FIELD = /<w:fldSimple\b[^>]*\/>|<\/?w:fldSimple\b[^>]*>/g;

/** The file as mammoth should read it: numbering labels written in, the body's hidden runs removed
 * and simple fields unwrapped to their result; `edit` first changes the body as a caller needs
 * (the quiz importer writes run marks into the text), given the text of the file's other parts. */
export function forMammoth(
  bytes: Uint8Array,
  edit?: (xml: string, part: (name: string) => string | null) => string,
): Uint8Array {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes);
  } catch {
    return bytes; // mammoth reports the damage
  }
  const body = parts['word/document.xml'];
  if (!body) return bytes;
  const text = (name: string) => (parts[name] ? strFromU8(parts[name]) : null);
  const xml = strFromU8(body);
  let out = edit ? edit(xml, text) : xml;
  const numbering = readNumbering(text('word/numbering.xml'), text('word/styles.xml'));
  if (numbering) out = withNumberLabels(out, numbering);
  if (out.includes('<w:vanish') || out.includes('<w:fldSimple'))
    out = out.replace(HIDDEN_RUN, '').replace(SIMPLE_FIELD, '');
  if (out === xml) return bytes;
  parts['word/document.xml'] = strToU8(out);
  return zipSync(parts, { level: 0 }); // stored: mammoth reads it at once, images are not packed again
}
