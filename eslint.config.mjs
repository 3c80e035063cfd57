import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'apps/web/dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // The web client runs in the browser (apps/web/vite.config.ts and budget-plugin.ts run in node at build time).
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', navigator: 'readonly', location: 'readonly', history: 'readonly',
        localStorage: 'readonly', fetch: 'readonly', WebSocket: 'readonly', URL: 'readonly', URLSearchParams: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', console: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['apps/web/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { document: 'readonly', window: 'readonly', fetch: 'readonly', navigator: 'readonly', localStorage: 'readonly', WebSocket: 'readonly' } },
  },
  {
    files: ['scripts/**/*.js', 'test/**/*.js', '*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests wait on a condition (waitFor in test/support/wait.ts, the one place that may pause), never on the
    // clock; test/no-fixed-sleeps.e2e-spec.ts checks the same without ESLint.
    files: ['test/**/*.ts'],
    ignores: ['test/support/wait.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='sleep']", message: 'No fixed sleeps in tests: wait for a condition (waitFor in test/support/wait.ts).' },
        { selector: "CallExpression[callee.name='setTimeout']", message: 'No fixed waits in tests: wait for a condition (waitFor in test/support/wait.ts).' },
        { selector: "CallExpression[callee.property.name='waitForTimeout']", message: 'No fixed waits in browser tests: wait for what the page shows.' },
      ],
    },
  },
);
