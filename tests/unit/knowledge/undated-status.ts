// The status and note an undated import gets from its words alone, and the notes' period words, for the history rounds'
// unit tests (h70 on).
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

export const status = (text: string) => statusOfImport(null, text).status;
export const note = (text: string) => statusOfImport(null, text).statusNote ?? '';
export const FOUNDING = /新中国成立初期/;
export const BUILDING = /全面建设社会主义时期/;
export const LEAP = /大跃进/;
export const CR = /文化大革命/;
export const NEUTRAL = /1978年12月以前|三中全会前/;
