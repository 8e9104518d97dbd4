// Chinese labels for session types and agenda item kinds.
import type { SessionItemKind } from '../../../../electron/contract/api';

export { SESSION_KINDS } from '../../../../electron/shared/enums';
export const ITEM_KIND_LABEL: Record<SessionItemKind, string> = {
  document: '文献',
  excerpt: '摘录',
  quote: '金句',
  question: '研讨题',
  quiz: '测验',
  note: '备注',
};
export const ITEM_KIND_COLOR: Record<SessionItemKind, string> = {
  document: 'blue',
  excerpt: 'cyan',
  quote: 'red',
  question: 'orange',
  quiz: 'purple',
  note: 'default',
};
