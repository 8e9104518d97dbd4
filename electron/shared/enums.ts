// The closed vocabularies of the product, one list per concept: the contract builds its zod enums
// from these, and the renderer shows them as options (pure: no imports).
export const DOC_TYPES = ['讲话', '会议报道', '文件', '文章', '金句集'] as const;
export const QUIZ_KINDS = ['填空', '单选', '多选', '判断'] as const;
/** 现行: current study material; 历史文献: a historical record, read but not studied unless opted in. */
export const DOC_STATUSES = ['现行', '历史文献'] as const;
export const SESSION_KINDS = ['支部党员大会', '党小组会', '党课', '主题党日', '中心组学习', '自定义'] as const;
/** Why a snapshot of the user database was taken (part of its file name). */
export const SNAPSHOT_REASONS = [
  'daily',
  'manual',
  'pre-migration',
  'pre-content-update',
  'pre-restore',
  'pre-import',
  'pre-fresh-start',
] as const;
