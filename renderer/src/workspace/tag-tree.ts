// Builds the tag tree from `/`-separated names; parents that exist only as prefixes still appear.
import type { TagInfo } from '../../../electron/contract/api';

export interface TagNode {
  key: string;
  name: string;
  tag: TagInfo | null;
  /** Items tagged with this tag or any tag below it (links, not distinct items). */
  total: number;
  children: TagNode[];
}

export function buildTagTree(tags: TagInfo[]): TagNode[] {
  const nodes = new Map<string, TagNode>();
  const roots: TagNode[] = [];
  const node = (path: string): TagNode => {
    let n = nodes.get(path);
    if (n) return n;
    n = { key: path, name: path.split('/').at(-1)!, tag: null, total: 0, children: [] };
    nodes.set(path, n);
    const cut = path.lastIndexOf('/');
    if (cut < 0) roots.push(n);
    else node(path.slice(0, cut)).children.push(n);
    return n;
  };
  for (const t of tags) {
    node(t.name).tag = t;
    const own = t.counts.documents + t.counts.annotations + t.counts.quotes;
    const parts = t.name.split('/');
    for (let i = 1; i <= parts.length; i++) node(parts.slice(0, i).join('/')).total += own;
  }
  const sort = (list: TagNode[]) => {
    list.sort((a, b) => a.name.localeCompare(b.name, 'zh'));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}
