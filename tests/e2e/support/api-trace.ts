// What the page asked the server, for the report of a failed test: calls that returned an error,
// calls still waiting for an answer, and the messages on screen. Rare CI failures ("the 已删除
// message never appeared") cannot be rerun, so the report has to say where the step stopped.
import type { Page } from 'playwright-core';

export interface ApiTrace {
  /** Lines describing the state of the page and its calls, for the test's failure output. */
  report(): Promise<string[]>;
}

export function traceApi(page: Page): ApiTrace {
  const errors: string[] = [];
  const pending = new Map<object, string>();
  const started = Date.now();
  const at = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const method = (url: string) => url.replace(/^.*\/(api\/|upload)/, '$1');
  page.on('request', (r) => {
    if (/\/(api\/|upload)/.test(r.url())) pending.set(r, `${method(r.url())} (sent at ${at()})`);
  });
  page.on('requestfailed', (r) => {
    if (pending.delete(r)) errors.push(`${at()} ${method(r.url())}: ${r.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', async (res) => {
    const r = res.request();
    if (!pending.delete(r)) return;
    type Envelope = { ok?: boolean; error?: { code: string; message: string } };
    const body = (await res.json().catch(() => null)) as Envelope | null;
    if (body?.ok === false) errors.push(`${at()} ${method(r.url())}: ${body.error?.code} ${body.error?.message}`);
  });
  return {
    async report() {
      const toasts = await page
        .locator('.ant-message-notice')
        .allTextContents()
        .catch(() => []);
      return [
        `page: ${page.url().replace(/token=[^&#]*/, 'token=…')} at ${at()}`,
        `messages on screen: ${toasts.join(' | ') || '(none)'}`,
        `calls that failed: ${errors.join('; ') || '(none)'}`,
        `calls without an answer: ${[...pending.values()].join('; ') || '(none)'}`,
      ];
    },
  };
}
