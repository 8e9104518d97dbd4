// The architecture's boundaries are enforced by ESLint (eslint.config.js): each case lints a small
// source text as if it lived in the named folder and expects the boundaries rule to object or not.
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('boundaries rule', () => {
  test.each([
    ['core imports the renderer', 'electron/core/x.ts', "import { api } from '../../renderer/src/api/transport';"],
    ['core imports electron as a value', 'electron/core/x.ts', "import { app } from 'electron';"],
    ['core imports React', 'electron/core/x.ts', "import { useState } from 'react';"],
    ['contract imports Node', 'electron/contract/x.ts', "import fs from 'node:fs';"],
    ['contract imports core', 'electron/contract/x.ts', "import { dispatch } from '../core/dispatch.js';"],
    ['shared imports better-sqlite3', 'electron/shared/x.ts', "import Database from 'better-sqlite3';"],
    ['renderer imports core', 'renderer/src/x.ts', "import { openUserDb } from '../../electron/core/db/open-user-db';"],
    [
      'renderer imports contract values',
      'renderer/src/x.ts',
      "import { apiSchemas } from '../../electron/contract/api';",
    ],
    ['renderer imports Node', 'renderer/src/x.ts', "import fs from 'node:fs';"],
    ['preload imports core', 'electron/preload/x.ts', "import { dispatch } from '../core/dispatch.js';"],
  ])('reports: %s', async (_name, file, code) => {
    expect(await boundaryErrors(file, `${code}\nexport const used = [];\n`)).not.toEqual([]);
  });

  test.each([
    ['core imports electron types', 'electron/core/x.ts', "import type { App } from 'electron';"],
    ['core imports the contract', 'electron/core/x.ts', "import { ApiError } from '../contract/api.js';"],
    [
      'renderer imports contract types',
      'renderer/src/x.ts',
      "import type { ApiMethod } from '../../electron/contract/api';",
    ],
    ['renderer imports shared', 'renderer/src/x.ts', "import { createApi } from '../../electron/shared/api-client';"],
    ['main imports core', 'electron/main/x.ts', "import { createCore } from '../core/app-core.js';"],
  ])('allows: %s', async (_name, file, code) => {
    expect(await boundaryErrors(file, `${code}\nexport const used = [];\n`)).toEqual([]);
  });
});
