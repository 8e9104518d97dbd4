// Window size/position memory: validated on read, clamped to the displays present now.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  DEFAULT_STATE,
  STATE_FILE,
  clampToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
} from '../../../electron/main/window-state.js';

const FULL_HD = { x: 0, y: 0, width: 1920, height: 1040 };
const RIGHT = { x: 1920, y: 0, width: 1280, height: 1000 };

describe('parseWindowState', () => {
  test('accepts a well-formed state', () => {
    expect(parseWindowState({ x: 5, y: 6, width: 1000, height: 700, maximized: true })).toEqual({
      x: 5,
      y: 6,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });
  test.each([
    [null],
    ['{}'],
    [{ width: 'big', height: 700 }],
    [{ width: 1e9, height: 700 }],
    [{ width: 1000.5, height: 700 }],
    [{ width: -1, height: 700 }],
    [{ width: Number.NaN, height: 700 }],
  ])('rejects %j', (raw) => {
    expect(parseWindowState(raw)).toBeNull();
  });
  test('strips unknown keys', () => {
    expect(parseWindowState({ x: 1, y: 1, width: 1000, height: 700, extra: 'x' })).toEqual({
      x: 1,
      y: 1,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });
  test('drops a lone coordinate', () => {
    expect(parseWindowState({ x: 5, width: 1000, height: 700 })).toEqual({
      width: 1000,
      height: 700,
      maximized: false,
    });
  });
});

describe('clampToDisplays', () => {
  test('keeps a state that fits', () => {
    const s = { x: 100, y: 50, width: 1200, height: 800, maximized: false };
    expect(clampToDisplays(s, [FULL_HD])).toEqual(s);
  });
  test('shrinks a window larger than every display', () => {
    expect(clampToDisplays({ x: 0, y: 0, width: 5000, height: 4000, maximized: false }, [FULL_HD])).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
      maximized: false,
    });
  });
  test('drops the position when its display was unplugged', () => {
    const s = clampToDisplays({ x: 2200, y: 100, width: 1000, height: 700, maximized: false }, [FULL_HD]);
    expect(s).toEqual({ width: 1000, height: 700, maximized: false });
  });
  test('keeps a window on a second display and pulls a hanging-off edge back in', () => {
    expect(
      clampToDisplays({ x: 2200, y: 100, width: 1000, height: 700, maximized: false }, [FULL_HD, RIGHT]),
    ).toMatchObject({ x: 2200, y: 100 });
    expect(clampToDisplays({ x: 1700, y: 300, width: 1000, height: 900, maximized: false }, [FULL_HD])).toEqual({
      x: 920,
      y: 140,
      width: 1000,
      height: 900,
      maximized: false,
    });
  });
  test('a title bar above the screen is not reachable', () => {
    expect(
      clampToDisplays({ x: 100, y: -500, width: 1000, height: 700, maximized: false }, [FULL_HD]),
    ).not.toHaveProperty('x');
  });
  test('no displays gives defaults', () => {
    expect(clampToDisplays({ x: 1, y: 1, width: 900, height: 600, maximized: true }, [])).toEqual(DEFAULT_STATE);
  });
});

describe('load/save', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-win-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('round-trips through the JSON file', () => {
    saveWindowState(dir, { x: 10, y: 20, width: 1000, height: 700, maximized: false });
    expect(loadWindowState(dir, [FULL_HD])).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
  });
  test('a missing or corrupt file gives defaults', () => {
    expect(loadWindowState(dir, [FULL_HD])).toEqual(DEFAULT_STATE);
    fs.writeFileSync(path.join(dir, STATE_FILE), '{not json');
    expect(loadWindowState(dir, [FULL_HD])).toEqual(DEFAULT_STATE);
    fs.writeFileSync(path.join(dir, STATE_FILE), JSON.stringify({ width: 'huge' }));
    expect(loadWindowState(dir, [FULL_HD])).toEqual(DEFAULT_STATE);
  });
});
