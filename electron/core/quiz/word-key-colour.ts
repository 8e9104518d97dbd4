// A paper that says which colour shows its key (蓝色字为答案, 绿色标注的是正确答案): runs of that colour
// are read as red runs are (word-run-marks.ts), so the rules for red keys apply to them. Without such a
// legend only red is a key colour: blue and green are also the colours of headings and links.

/** A 6-digit hex colour as its red, green and blue. */
export const rgb = (hex: string) => [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

export const FAMILIES: Record<string, (r: number, g: number, b: number) => boolean> = {
  蓝: (r, g, b) => b >= 0x99 && r <= 0x60 && g <= 0xa0,
  绿: (r, g, b) => g >= 0x80 && r <= 0x60 && b <= 0x80,
};

// 蓝色字为答案, 绿色标注的是正确答案, 蓝色的选项为正确答案.
const LEGEND =
  /(蓝|绿)色(?:字体?|文字|字样|部分|标注|标记|选项)?(?:的(?:选项|内容|部分|文字))?\s*的?\s*(?:为|是|表示|即为|代表)\s*(?:正确|参考|标准)?答案/;

/** The key colour a paper's legend names (蓝色, 绿色), to name it in reasons; null where it names none. */
export function legendName(text: string): string | null {
  const named = LEGEND.exec(text);
  return named ? `${named[1]}色` : null;
}

/** Whether a run's colour is the one the document's own text names as its key colour. */
export function legendColour(xml: string): ((hex: string | undefined | null) => boolean) | null {
  const named = legendName(xml.replace(/<[^>]+>/g, ''));
  const family = named ? FAMILIES[named[0]!] : undefined;
  if (!family) return null;
  return (hex) => !!hex && /^[0-9a-f]{6}$/i.test(hex) && family(...rgb(hex));
}
