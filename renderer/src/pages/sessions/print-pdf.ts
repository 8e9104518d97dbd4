// Printing the handout page. Web mode: the browser's print dialog (另存为 PDF). Desktop hook: if
// the preload exposes `window.studyShelfPrint.printToPDF()` (main: `ipcMain.handle(channel, (e) =>
// e.sender.printToPDF({ pageSize: 'A4', printBackground: true }))`, returned as base64), the
// handout is saved as a PDF file directly. Not wired in main yet; until then window.print() is used.
import { downloadFile } from './download';

declare global {
  interface Window {
    studyShelfPrint?: { printToPDF(): Promise<string> };
  }
}

export async function printHandout(title: string): Promise<void> {
  const bridge = window.studyShelfPrint;
  if (!bridge) {
    window.print();
    return;
  }
  const dataBase64 = await bridge.printToPDF();
  downloadFile({ name: `${title}-学习材料汇编.pdf`, mimeType: 'application/pdf', dataBase64 });
}
