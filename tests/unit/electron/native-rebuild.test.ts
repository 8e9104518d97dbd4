// The packaging hooks swap better-sqlite3's binary to Electron's ABI and back, in a fake project
// folder with a stubbed @electron/rebuild (the real one needs network and Electron headers).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const require = createRequire(import.meta.url);
const hooks = require('../../../build/native-rebuild.cjs') as {
  binaryPath(dir: string): string;
  backupPath(dir: string): string;
  beforePack(ctx: unknown, rebuild?: (opts: Record<string, unknown>) => Promise<void>): Promise<void>;
  afterPack(ctx: unknown): Promise<void>;
};

let dir: string;
const ctx = (arch: number) => ({
  arch,
  electronPlatformName: 'linux',
  packager: { projectDir: dir, config: {}, info: { framework: { version: '39.1.0' } } },
});

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-pack-'));
  const mod = path.join(dir, 'node_modules', 'better-sqlite3');
  fs.mkdirSync(path.join(mod, 'build', 'Release'), { recursive: true });
  fs.writeFileSync(path.join(mod, 'package.json'), JSON.stringify({ version: '12.4.1' }));
  fs.writeFileSync(hooks.binaryPath(dir), 'node-abi-binary');
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('packaging hooks', () => {
  test('beforePack backs up the Node binary and rebuilds only better-sqlite3 for Electron', async () => {
    const rebuild = vi.fn(async () => fs.writeFileSync(hooks.binaryPath(dir), 'electron-abi-binary'));
    await hooks.beforePack(ctx(1), rebuild);
    expect(rebuild).toHaveBeenCalledWith(
      expect.objectContaining({
        buildPath: dir,
        electronVersion: '39.1.0',
        arch: 'x64',
        platform: 'linux',
        onlyModules: ['better-sqlite3'],
        force: true,
      }),
    );
    expect(fs.readFileSync(hooks.binaryPath(dir), 'utf8')).toBe('electron-abi-binary');
    expect(fs.readFileSync(hooks.backupPath(dir), 'utf8')).toBe('node-abi-binary');
    await hooks.afterPack(ctx(1));
    expect(fs.readFileSync(hooks.binaryPath(dir), 'utf8')).toBe('node-abi-binary');
  });

  test('a second arch does not overwrite the Node backup with an Electron binary', async () => {
    const rebuild = vi.fn(async () => fs.writeFileSync(hooks.binaryPath(dir), 'electron-abi-binary'));
    await hooks.beforePack(ctx(1), rebuild);
    // Simulate an interrupted run: no afterPack, the next beforePack starts from the Electron build.
    await hooks.beforePack(ctx(3), rebuild);
    expect(rebuild).toHaveBeenLastCalledWith(expect.objectContaining({ arch: 'arm64' }));
    await hooks.afterPack(ctx(3));
    expect(fs.readFileSync(hooks.binaryPath(dir), 'utf8')).toBe('node-abi-binary');
  });

  test('an unknown arch is refused before anything is touched', async () => {
    const rebuild = vi.fn(async () => {});
    await expect(hooks.beforePack(ctx(42), rebuild)).rejects.toThrow(/unknown arch/);
    expect(rebuild).not.toHaveBeenCalled();
    expect(fs.existsSync(hooks.backupPath(dir))).toBe(false);
  });
});
