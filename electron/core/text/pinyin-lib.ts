// pinyin-pro, loaded on first use: it builds its dictionary when loaded (≈150 ms), which start-up
// should not pay (title sort keys and catalogue builds need it later, searches never).
import { createRequire } from 'node:module';
import type * as PinyinPro from 'pinyin-pro';

let lib: typeof PinyinPro | null = null;

export function pinyinLib(): typeof PinyinPro {
  return (lib ??= createRequire(import.meta.url)('pinyin-pro') as typeof PinyinPro);
}
