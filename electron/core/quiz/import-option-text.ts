// An option's text as a bank writes it: its letter (A．, B、) stripped, and a row's options written in one
// cell (A.甲 B.乙, 甲|乙|丙, 问卷星's A.甲┋B.乙) split apart.
const PREFIX = /^\s*([A-Ha-hＡ-Ｈａ-ｈ])\s*[.．、:：)）]\s*/;
export function stripOptionPrefix(o: string): string {
  return o.replace(PREFIX, '').trim();
}

/** Option i without its own letter written in front (B．四 as option B); another letter there is
 * the option's text (D：A、B 都对). */
export function ownText(o: string, i: number): string {
  const m = PREFIX.exec(o);
  return m && m[1]!.normalize('NFKC').toUpperCase().charCodeAt(0) - 65 === i ? o.slice(m[0].length).trim() : o.trim();
}

/** Splits "A.甲 B.乙 C.丙", "甲|乙|丙" or 问卷星's "A.甲┋B.乙" into options. */
export function splitOptions(raw: string): string[] {
  if (raw.length > 5000) return [raw]; // not options: left whole, the row is reported invalid
  if (/[|┋]/.test(raw)) return raw.split(/[|┋]/).map(stripOptionPrefix).filter(Boolean);
  if (/\S\s+\/\s+\S/.test(raw))
    return raw
      .split(/\s+\/\s+/)
      .map(stripOptionPrefix)
      .filter(Boolean); // 正确 / 错误
  if (/\n/.test(raw)) return spacedLetters(raw.split(/\n+/).filter((o) => o.trim())).map(stripOptionPrefix);
  const lettered = raw
    .split(/\s*[；;，,]?\s*(?=[A-H]\s*[.．、:：])/) // A.三；B.四: the ； parts them, no option's text
    .map(stripOptionPrefix)
    .filter(Boolean);
  if (lettered.length > 1) return lettered;
  return raw.split(/[；;]/).map(stripOptionPrefix).filter(Boolean);
}

/** Options one a line written `A 警告`, `B 罚款` (the letter, a space, the text): their letters go where
 * every line has one and they run A, B, C…; a single such line may be text (A 股). */
function spacedLetters(lines: string[]): string[] {
  const letters = lines.map((o) => /^\s*([A-H])\s+(?=\S)/.exec(o));
  const ordered = lines.length > 1 && letters.every((m, i) => m?.[1] === 'ABCDEFGH'[i]);
  return ordered ? lines.map((o, i) => o.slice(letters[i]![0].length)) : lines;
}
