// Printing the handout page. Web mode: the browser's print dialog (另存为 PDF). Desktop: the preload's
// `window.studyShelfPrint.printToPDF()` (Electron's webContents.printToPDF, A4, as base64) and the
// handout is saved as a PDF file directly.
import { downloadFile } from '../../download';

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
