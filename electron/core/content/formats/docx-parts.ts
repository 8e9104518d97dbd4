// Paragraph texts of the parts of a .docx that mammoth leaves out: the page headers, where some
// offices keep a speech's title. Footers are not read: they hold page numbers, units and print
// dates, never what the document is.
import { unzipSync } from 'fflate';
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
