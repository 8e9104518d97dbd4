// Only plain http(s) links may reach the system browser; hostile inputs are dropped.
import { describe, expect, test, vi } from 'vitest';
import { openExternalSafely, safeExternalUrl } from '../../../electron/main/external-links.js';

describe('safeExternalUrl', () => {
  test.each([
    ['https://www.gov.cn/xinwen/', 'https://www.gov.cn/xinwen/'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://Example.COM/a?b=1#c', 'https://example.com/a?b=1#c'],
  ])('accepts %s', (input, expected) => {
    expect(safeExternalUrl(input)).toBe(expected);
  });

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'file:///etc/passwd',
    'file://C:/Windows/System32/calc.exe',
    '\\\\host\\share\\evil.exe',
    '//host/share',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ms-msdt:/id PCWDiagnostic',
    'smb://host/share',
    'ftp://example.com/file',
    'app://study-shelf/index.html',
    'http:\\\\evil.example\\x',
    'https://user:pass@example.com/',
    'https://example.com/\u0000',
    'https://',
    '',
    'x'.repeat(3000),
    'https://example.com/' + 'a'.repeat(3000),
  ])('rejects %j', (input) => {
    expect(safeExternalUrl(input)).toBeNull();
  });

  test.each([[null], [undefined], [42], [{ href: 'https://example.com' }]])('rejects non-string %j', (input) => {
    expect(safeExternalUrl(input)).toBeNull();
  });
});

describe('openExternalSafely', () => {
  test('opens the normalised URL for http(s) and nothing otherwise', () => {
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    expect(openExternalSafely(shell, 'https://example.com')).toBe(true);
    expect(openExternalSafely(shell, 'file:///etc/passwd')).toBe(false);
    expect(shell.openExternal.mock.calls).toEqual([['https://example.com/']]);
  });
});
