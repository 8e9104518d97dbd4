// One escape for text put inside a RegExp (a unit, a term, a clause), so that no caller keeps its own copy.
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
