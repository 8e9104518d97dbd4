// A labelled history fixture rendered as the file a user imports: the speech fixtures' renderer,
// plus Word files whose only date is in the page header (an office's 文件头 or a newspaper's
// masthead line), which some scanned-and-retyped historical documents keep.
import fs from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, Header, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { fixtureFile } from './speech-fixtures.js';
import { HISTORY_DIR, type HistoryLabel } from './history-fixtures.js';
import { historyFixtureText } from './pd-excerpts.js';

export async function historyFile(label: HistoryLabel): Promise<{ name: string; bytes: Buffer }> {
  if (label.format === 'pdf' || label.format === 'doc') {
    const name = label.file.replace(/\.txt$/, `.${label.format}`);
    return { name, bytes: fs.readFileSync(path.join(HISTORY_DIR, name)) };
  }
  if (!label.pageHeader) return fixtureFile({ ...label, format: label.format }, HISTORY_DIR);
  const lines = historyFixtureText(HISTORY_DIR, label.file)
    .split('\n')
    .filter((l) => l.trim());
  const para = (text: string, i: number) =>
    i === 0
      ? new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(text)] })
      : new Paragraph({ indent: { firstLine: 640 }, children: [new TextRun(text)] });
  const header = new Header({ children: [new Paragraph({ children: [new TextRun(label.pageHeader)] })] });
  const doc = new Document({ sections: [{ headers: { default: header }, children: lines.map(para) }] });
  return { name: label.file.replace(/\.txt$/, '.docx'), bytes: await Packer.toBuffer(doc) };
}
