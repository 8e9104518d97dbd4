// Remembers the main window's size and position in a small JSON file in userData. Whatever is
// read back is validated and clamped to the displays present now (a monitor may have been removed).
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_STATE: WindowState = { width: 1280, height: 820, maximized: false };
export const MIN_SIZE = { width: 800, height: 560 };
export const STATE_FILE = 'window-state.json';

const coord = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(100).max(100_000);
const schema = z.object({
  x: coord.optional(),
  y: coord.optional(),
  width: size,
  height: size,
  maximized: z.boolean().default(false),
});

export function parseWindowState(raw: unknown): WindowState | null {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return null;
  const { x, y, width, height, maximized } = parsed.data;
  // A position only makes sense as a pair.
  return x !== undefined && y !== undefined ? { x, y, width, height, maximized } : { width, height, maximized };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Fits a saved state onto the current displays' work areas: size shrunk to fit, position kept
 * only if the title bar area is reachable on some display, otherwise dropped (centred by Electron). */
export function clampToDisplays(state: WindowState, workAreas: Rect[]): WindowState {
  if (workAreas.length === 0) return { ...DEFAULT_STATE };
  const maxW = Math.max(...workAreas.map((a) => a.width));
  const maxH = Math.max(...workAreas.map((a) => a.height));
  const width = Math.max(Math.min(state.width, maxW), Math.min(MIN_SIZE.width, maxW));
  const height = Math.max(Math.min(state.height, maxH), Math.min(MIN_SIZE.height, maxH));
  const out: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return out;
  // The top strip (title bar) must overlap a display enough to grab it.
  const titleBar: Rect = { x: state.x, y: state.y, width, height: 40 };
  const host = workAreas.find((a) => overlap(titleBar, a) >= Math.min(100, width) * 20);
  if (!host) return out;
  out.x = Math.min(Math.max(state.x, host.x), Math.max(host.x, host.x + host.width - width));
  out.y = Math.min(Math.max(state.y, host.y), Math.max(host.y, host.y + host.height - height));
  return out;
}

export function loadWindowState(dir: string, workAreas: Rect[]): WindowState {
  let raw: unknown = null;
  try {
    raw = JSON.parse(fs.readFileSync(path.join(dir, STATE_FILE), 'utf8'));
  } catch {
    // Missing or corrupt file: start with defaults.
  }
  return clampToDisplays(parseWindowState(raw) ?? DEFAULT_STATE, workAreas);
}

export function saveWindowState(dir: string, state: WindowState): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, STATE_FILE);
    fs.writeFileSync(file + '.tmp', JSON.stringify(state));
    fs.renameSync(file + '.tmp', file);
  } catch (err) {
    console.error('[study-shelf] could not save window state:', err);
  }
}
