// Web mode's upload limit, as the page checks it before sending: the same words as the server's
// refusal, and a file exactly at the limit still goes.
import { expect, test } from 'vitest';
import { UPLOAD_MAX_BYTES, uploadTooLarge } from '../../../electron/shared/api-limits.js';

test('a file over the limit is refused with the server’s message; one at the limit is not', () => {
  expect(uploadTooLarge(UPLOAD_MAX_BYTES)).toBeNull();
  expect(uploadTooLarge(UPLOAD_MAX_BYTES + 1)).toBe(
    '上传的文件超过 1024 MB 的上限，已拒绝。请拆分成较小的文件后再试。',
  );
  expect(uploadTooLarge(2048, 1024)).toContain('超过 1 KB 的上限');
});
