import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { initialJsBudget } from './budget-plugin';
import { inlineGraphqlDocuments } from './graphql-documents-plugin';

/** Initial JavaScript a first visit may load, gzipped (issue 7). */
const BUDGET_BYTES = 60 * 1024;

const root = fileURLToPath(new URL('.', import.meta.url));

// The built client goes to dist/web at the repository root; the api serves it at /.
export default defineConfig({
  root,
  base: '/',
  publicDir: 'public',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: {
    // `npx vite apps/web` during development: the api on :3000 answers /graphql (HTTP and WebSocket).
    proxy: { '/graphql': { target: 'http://127.0.0.1:3000', ws: true } },
  },
  // Each graphql(`…`) call becomes its generated document's text (npm run codegen), so documents split with their screens.
  plugins: [inlineGraphqlDocuments(fileURLToPath(new URL('./src/api/generated/', import.meta.url))), initialJsBudget(BUDGET_BYTES)],
});
