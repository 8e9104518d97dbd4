// What mammoth does not do with a .docx: the page headers, where some offices keep a speech's
// title (footers are not read: they hold page numbers, units and print dates, never what the
// document is); hidden text (w:vanish: editors' notes, which Word neither shows nor prints) and
// simple fields (w:fldSimple, whose shown result mammoth drops) in the body.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { DOMParser } from 'linkedom';

export function headerLines(bytes: Uint8Array): string[] {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (f) => /^word\/header\d*\.xml$/.test(f.name) });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of Object.keys(parts).sort()) {
    const xml = new TextDecoder().decode(parts[name]);
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    for (const p of doc.getElementsByTagName('w:p')) {
      const text = [...p.getElementsByTagName('w:t')].map((t) => t.textContent ?? '').join('');
      if (text.trim()) out.push(text.trim());
    }
  }
  return out;
}

/** A run whose own properties hide it, holding no nested runs (a text box is left alone). */
const HIDDEN_RUN =
  /<w:r\b[^>]*>\s*<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*?<w:vanish(?:\s+w:val="(?:true|1|on)")?\s*\/>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr>(?:(?!<w:r[\s>]|<\/w:r>)[\s\S])*<\/w:r>/g;
const SIMPLE_FIELD = /<w:fldSimple\b[^>]*\/>|<\/?w:fldSimple\b[^>]*>/g;

/** The file with its body's hidden runs removed and simple fields unwrapped to their result. */
export function withoutHiddenText(bytes: Uint8Array): Uint8Array {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes);
  } catch {
    return bytes; // mammoth reports the damage
  }
  const body = parts['word/document.xml'];
  if (!body) return bytes;
  const xml = strFromU8(body);
  if (!xml.includes('<w:vanish') && !xml.includes('<w:fldSimple')) return bytes;
  parts['word/document.xml'] = strToU8(xml.replace(HIDDEN_RUN, '').replace(SIMPLE_FIELD, ''));
  return zipSync(parts, { level: 0 }); // stored: mammoth reads it at once, images are not packed again
}
