// Display labels shared by the 对比阅读 and 提法 pages.
import type { LibraryPlace } from '../../../../electron/contract/api';

/** “2017年《…》” unless the title already names the year. */
export function docLabel(p: Pick<LibraryPlace, 'title' | 'year'>): string {
  return p.year && !p.title.includes(String(p.year)) ? `${p.year}年《${p.title}》` : `《${p.title}》`;
}
