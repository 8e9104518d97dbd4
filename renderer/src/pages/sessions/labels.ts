// Chinese labels for session types and agenda item kinds.
import type { SessionItemKind, SessionKind } from '../../../../electron/contract/api';

export const SESSION_KINDS: SessionKind[] = ['支部党员大会', '党小组会', '党课', '主题党日', '中心组学习', '自定义'];
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
