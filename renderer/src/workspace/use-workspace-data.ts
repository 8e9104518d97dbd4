// Shared workspace lookups: highlight colours (renamable) and all tags, reloadable after edits.
import type { HighlightColor, TagInfo } from '../../../electron/contract/api';
import { api } from '../api/transport';
import { useApi } from '../hooks/use-api';

// Stable empty lists: a fresh [] per render would re-trigger effects that depend on them.
const NO_COLORS: HighlightColor[] = [];
const NO_TAGS: TagInfo[] = [];

export function useHighlightColors() {
  const colors = useApi(() => api.listHighlightColors({}), []);
  const items: HighlightColor[] = colors.data?.items ?? NO_COLORS;
  return { items, byKey: new Map(items.map((c) => [c.key, c])), reload: colors.reload };
}

export function useTags() {
  const tags = useApi(() => api.listTags({}), []);
  const items: TagInfo[] = tags.data?.items ?? NO_TAGS;
  return { items, loading: tags.loading, reload: tags.reload };
}
