// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Layer rules (errors, so `npm test` fails when a layer reaches where it must not):
 * - only electron/shell imports 'electron';
 * - shared/ imports nothing of the others and no Node or DOM-only modules;
 * - renderer/ never imports electron/ or Node.
 */
const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'worker_threads', 'http', 'https', 'net', 'events', 'buffer', 'zlib', 'module', 'process'];
const nodeBuiltinPatterns = [{ group: ['node:*'], message: '此层不能使用 Node 模块。' }];
const nodeBuiltinPaths = NODE_BUILTINS.map((name) => ({ name, message: '此层不能使用 Node 模块。' }));
const electronPath = { name: 'electron', message: "只有 electron/shell 可以导入 'electron'。" };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'tmp/**', 'test-results/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [electronPath] }],
    },
  },
  {
    files: ['electron/shell/**/*.ts', 'tests/shell/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronPath, ...nodeBuiltinPaths],
          patterns: [
            ...nodeBuiltinPatterns,
            { group: ['**/electron/**', '**/renderer/**', '**/tests/**'], message: 'shared/ 不能导入其他层的代码。' },
            { group: ['react', 'react-dom', 'antd', 'ag-grid-*', 'better-sqlite3', 'kysely'], message: 'shared/ 只放与运行环境无关的代码。' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronPath, ...nodeBuiltinPaths],
          patterns: [...nodeBuiltinPatterns, { group: ['**/electron/**'], message: '界面只能通过桥接客户端访问台账服务。' }, { group: ['better-sqlite3', 'kysely'], message: '界面不能直接访问数据库。' }],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronPath], patterns: [{ group: ['**/electron/shell/**', '**/renderer/**'], message: '核心服务不能依赖界面或外壳。' }] },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
