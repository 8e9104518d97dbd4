// Lint: typescript-eslint's recommended rules plus the architecture's boundaries. Core, contract and
// shared code never import Electron (values), React or the renderer; the renderer imports only
// electron/shared and the contract's types; main and preload stay thin. Runs as part of `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'worker_threads', 'http', 'zlib'];

/** Which of our own folders each folder may import. */
const LAYERS = {
  contract: ['contract', 'shared'],
  shared: ['shared', 'contract'],
  core: ['core', 'contract', 'shared'],
  main: ['main', 'core', 'contract', 'shared'],
  preload: ['preload', 'shared'],
  web: ['web', 'core', 'contract', 'shared'],
  renderer: ['renderer', 'shared'],
  // Evaluation scripts read the labelled fixtures kept under tests/.
  scripts: ['scripts', 'core', 'contract', 'shared', 'web', 'main', 'preload', 'tests'],
  tests: ['tests', 'core', 'contract', 'shared', 'web', 'main', 'preload', 'scripts', 'renderer'],
};

/** Packages a folder may not import (as values). */
const FORBIDDEN_MODULES = [
  [
    ['core', 'contract', 'shared', 'web', 'scripts'],
    ['electron', 'react', 'react-dom', 'antd'],
  ],
  [
    ['contract', 'shared'],
    [...NODE_BUILTINS, 'better-sqlite3'],
  ],
  [['renderer'], [...NODE_BUILTINS, 'better-sqlite3', 'electron', 'zod']],
  [['preload'], [...NODE_BUILTINS, 'better-sqlite3', 'react']],
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'release/',
      'content/build/',
      'bench/tmp/',
      'test-results/',
      'tests/e2e/screenshots/',
      'tests/lint-fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Prettier wraps code at 120; this catches the comments and long lines it cannot wrap.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
      // Chinese text uses full-width spaces (U+3000) on purpose.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipTemplates: true, skipJSXText: true, skipRegExps: true, skipComments: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Plain JavaScript run by Node: build hooks (CommonJS) and the start script.
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': {
        typescript: {
          project: ['tsconfig.json', 'renderer/tsconfig.json', 'tests/e2e/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        },
      },
      'boundaries/include': ['electron/**', 'renderer/**', 'scripts/**', 'tests/**'],
      'boundaries/elements': [
        { type: 'contract', pattern: 'electron/contract' },
        { type: 'shared', pattern: 'electron/shared' },
        { type: 'core', pattern: 'electron/core' },
        { type: 'main', pattern: 'electron/main' },
        { type: 'preload', pattern: 'electron/preload' },
        { type: 'web', pattern: 'electron/web' },
        { type: 'renderer', pattern: 'renderer/src' },
        { type: 'scripts', pattern: 'scripts' },
        { type: 'tests', pattern: 'tests' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkAllOrigins: true,
          message: 'Architecture boundary: {{from.type}} may not import this (see eslint.config.js).',
          policies: [
            // Packages and Node built-ins are allowed unless a policy below forbids them.
            { allow: { to: { module: { origin: ['external', 'core'] } } } },
            ...Object.entries(LAYERS).map(([from, to]) => ({
              from: { element: { type: from } },
              allow: { to: { element: { types: { anyOf: to } } } },
            })),
            // The renderer sees the contract's types only (its validators stay on the Node side).
            {
              from: { element: { type: 'renderer' } },
              allow: { to: { element: { type: 'contract' } }, dependency: { kind: 'type' } },
            },
            ...FORBIDDEN_MODULES.map(([from, sources]) => ({
              from: { element: { types: { anyOf: from } } },
              disallow: { to: { module: { source: sources } } },
            })),
            // `import type` from electron is fine anywhere (the types ship in the npm package).
            { allow: { to: { module: { source: 'electron' } }, dependency: { kind: 'type' } } },
          ],
        },
      ],
    },
  },
);
