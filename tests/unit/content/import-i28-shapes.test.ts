// Round i28 shapes (tests/fixtures/import/real/i28-*): a WeChat save whose only time is `var oriCreateTime`.
import { describe, expect, it } from 'vitest';
import { scriptTime } from '../../../electron/core/content/formats/html-script-vars.js';

describe('the time a WeChat save keeps in its scripts', () => {
  it('reads `var oriCreateTime` when no other time variable is there', () => {
    const html = `<em id="publish_time"></em><script nonce="1">var oriCreateTime = '1709683200';</script>`;
    expect(scriptTime(html)).toBe('1709683200');
  });
  it('prefers `var ct` to `oriCreateTime`', () => {
    const html = `<script>var oriCreateTime = '1709683200';\nvar ct = "1709769600";</script>`;
    expect(scriptTime(html)).toBe('1709769600');
  });
});
