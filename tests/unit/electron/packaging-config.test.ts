// electron-builder.yml is checked against electron-builder's own schema (no packaging run: that
// needs network), plus the settings this app depends on.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const ROOT = process.cwd();
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed YAML document, walked loosely
type Config = Record<string, any>;
const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Config;

describe('electron-builder.yml', () => {
  test('passes electron-builder schema validation', async () => {
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
  });

  test('the validator does refuse unknown keys (so the check above means something)', async () => {
    await expect(
      validateConfiguration({ ...structuredClone(config), notAnOption: 1 }, new DebugLogger(false)),
    ).rejects.toThrow();
  });

  test('identity and targets', () => {
    expect(config.productName).toBe('学习书架');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z-]+)+$/);
    expect(config.win.target).toEqual(['nsis', 'portable']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  test('native modules unpacked, no npm rebuild, content bundle shipped as a resource', () => {
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(false);
    expect(config.extraResources).toContainEqual({
      from: 'content/build/content.sqlite',
      to: 'content/content.sqlite',
    });
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'package.json']));
    // The CLI's code-cache bundle is built for Node's V8, not Electron's: it stays out of the package.
    expect(config.files).toContain('!dist/node/cli.cjs*');
  });

  test('Electron fuses close the Node back doors and pin the app to its checked app.asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  test('the fuse names are ones @electron/fuses knows (a typo would silently flip nothing)', () => {
    const { FuseV1Options } = require('@electron/fuses') as { FuseV1Options: Record<string, number | string> };
    const known = new Set(Object.keys(FuseV1Options).map((k) => k.toLowerCase()));
    for (const key of Object.keys(config.electronFuses)) expect(known.has(key.toLowerCase()), key).toBe(true);
  });

  test('hooks exist and export a default function', () => {
    for (const key of ['beforePack', 'afterPack']) {
      const hook = require(path.join(ROOT, config[key])) as { default: unknown };
      expect(typeof hook.default).toBe('function');
    }
  });

  test('package.json main points at the bundled main process', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });
});
