import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // apps/web/src/api/generated: written by GraphQL Code Generator (npm run codegen), checked by codegen:check instead.
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'apps/web/dist/**', 'coverage/**', 'apps/web/src/api/generated/**'] },
  js.configs.recommended,
  // Type-aware (issue #14 ask 5): every TypeScript file is linted with the types of the tsconfig.json nearest to it
  // (the root one for apps/api, libs, test, scripts and bench; apps/web/tsconfig.json for the web client).
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A floating promise is an unhandled rejection waiting to happen; `void p` says "on purpose".
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Where a value may be missing, a guard says what happens then (requireViewer(ctx), not ctx.viewer!).
      '@typescript-eslint/no-non-null-assertion': 'error',
      // Off: dropping `async` from a function without `await` turns its rejections into synchronous throws
      // (and Nest's lifecycle hooks and interface methods are async by contract); it finds no bug.
      '@typescript-eslint/require-await': 'off',
    },
  },
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
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        location: 'readonly',
        history: 'readonly',
        localStorage: 'readonly',
        fetch: 'readonly',
        WebSocket: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        console: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'error',
      // Components take their callbacks from plain props objects (`changed(): void` in a Props interface), which
      // never rely on `this`: the rule only sees method syntax there.
      '@typescript-eslint/unbound-method': 'off',
      // An async event handler (onClick={save}) is what Preact expects to be given: it ignores the promise, and the
      // handlers catch their own errors (they show them). Promises everywhere else stay checked.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['apps/web/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: {
        document: 'readonly',
        window: 'readonly',
        fetch: 'readonly',
        navigator: 'readonly',
        localStorage: 'readonly',
        WebSocket: 'readonly',
      },
    },
  },
  {
    // Tests and benchmarks read GraphQL and HTTP answers (supertest bodies, graphql-ws frames, JSON) typed `any`
    // until the typed documents of codegen reach them, and a `!` there is an assertion: a test that meets null
    // fails at once, which is what a test should do. Promises stay checked: an un-awaited one makes a test flaky.
    files: ['test/**/*.ts', 'bench/**/*.ts', '**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Plain JavaScript, and the web client's build files (apps/web/tsconfig.node.json, which no file's nearest
    // tsconfig.json names): linted without types.
    files: [
      '**/*.{js,mjs,cjs}',
      'apps/web/vite.config.ts',
      'apps/web/budget-plugin.ts',
      'apps/web/graphql-documents-plugin.ts',
      'codegen.ts',
    ],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/**/*.js', 'test/**/*.js', '*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' },
    },
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
        {
          selector: "CallExpression[callee.name='sleep']",
          message: 'No fixed sleeps in tests: wait for a condition (waitFor in test/support/wait.ts).',
        },
        {
          selector: "CallExpression[callee.name='setTimeout']",
          message: 'No fixed waits in tests: wait for a condition (waitFor in test/support/wait.ts).',
        },
        {
          selector: "CallExpression[callee.property.name='waitForTimeout']",
          message: 'No fixed waits in browser tests: wait for what the page shows.',
        },
      ],
    },
  },
);
