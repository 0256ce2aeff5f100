// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const forbiddenInEngine = {
  paths: [
    { name: 'vscode', message: 'The engine is editor-agnostic: hosts adapt its findings.' },
    { name: 'fs', message: 'The engine never touches the file system: hosts bring the text.' },
    { name: 'path', message: 'The engine works on `/` paths as strings.' },
  ],
  patterns: [
    { group: ['node:*'], message: 'The engine is pure: no Node built-ins.' },
    {
      group: ['vscode-languageserver*', 'vscode-languageclient*', 'vscode-jsonrpc*'],
      message: 'The engine returns plain findings, never LSP types.',
    },
    { group: ['**/lsp/**', '**/cli/**'], message: 'The engine does not depend on its hosts.' },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'bench/corpus/**', '.tools/**', 'test-results/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    files: ['server/src/engine/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', forbiddenInEngine] },
  },
  {
    // A source file that outgrows this has taken on a second job: split it by job (docs/architecture.md).
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
  {
    // The client talks to the server through protocol.ts alone; it may also bundle the pure engine
    // (templates, types: no Node, no LSP), never the server's hosts (lsp/, node/, cli/, web/).
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)server/src/(?!protocol\\.js$|engine/)',
              message: 'The client imports only server/src/protocol.ts (and the pure engine) from the server.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        performance: 'readonly',
      },
    },
  },
);
