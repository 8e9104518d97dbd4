// Tag names: `/` separates levels (`乡村振兴/人才`). Pure helpers shared by services and tests.

/** Canonical form: trimmed segments, no empty levels, no spaces around `/`. */
export function normalizeTagName(name: string): string {
  return name
    .split('/')
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .join('/');
}

/** True when `name` is `root` itself or below it in the hierarchy. */
export function isInSubtree(name: string, root: string): boolean {
  return name === root || name.startsWith(root + '/');
}

/** The new name of `name` when subtree `from` is moved to `to`. */
export function movedName(name: string, from: string, to: string): string {
  return to + name.slice(from.length);
}

/** Every ancestor path of a tag, nearest last: `a/b/c` → [`a`, `a/b`]. */
export function ancestorsOf(name: string): string[] {
  const parts = name.split('/');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}
