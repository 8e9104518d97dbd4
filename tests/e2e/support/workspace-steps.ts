// Steps the workspace browser tests share: a document to annotate, waiting for the page to
// settle, and choosing an option of an Ant Design select.
import type { DocumentFull } from '../../../electron/contract/api.js';
import type { AppHandle } from './app-fixture.js';

/** A speech-like document with a speaker and a long paragraph containing two full sentences. */
export async function pickDocument(
  a: AppHandle,
): Promise<{ doc: DocumentFull; p: number; s1: [number, number]; s2: [number, number] }> {
  const list = await a.core.handlers.listDocuments({ sort: 'date-desc', offset: 0, limit: 500 });
  for (const summary of list.items.filter((d) => d.speakers.length > 0 && d.script === 'simplified')) {
    const doc = await a.core.handlers.getDocument({ id: summary.id });
    const p = doc.paragraphs.findIndex(
      (x) => x.kind === 'p' && x.text.split('。').filter((s) => s.length > 10).length >= 2,
    );
    if (p < 0) continue;
    const text = doc.paragraphs[p]!.text;
    const e1 = text.indexOf('。') + 1;
    const e2 = text.indexOf('。', e1) + 1;
    return { doc, p, s1: [0, e1], s2: [e1, e2] };
  }
  throw new Error('no suitable document in the bundle');
}

/** Waits until no list is loading and the font-size change has been applied. */
export async function settled(a: AppHandle): Promise<void> {
  await a.page.waitForFunction(() => document.querySelectorAll('.ant-spin-spinning, .ant-spin-blur').length === 0);
  await a.page.waitForTimeout(400);
}

export async function chooseOption(a: AppHandle, label: string, option: string): Promise<void> {
  await a.page.getByLabel(label).click();
  await a.page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}
