import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

interface ChunkInfo {
  fileName: string;
  isEntry: boolean;
  imports: string[];
}

/**
 * Prints the gzipped size of the JavaScript a first visit loads (every entry chunk and the chunks it
 * imports statically) and fails the build when it is over the budget. Lazy chunks are not counted.
 */
export function initialJsBudget(budgetBytes: number): Plugin {
  let outDir = '';
  const chunks = new Map<string, ChunkInfo>();
  return {
    name: 'waardenet:initial-js-budget',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type === 'chunk') chunks.set(item.fileName, { fileName: item.fileName, isEntry: item.isEntry, imports: item.imports });
      }
    },
    closeBundle() {
      const initial = new Set<string>();
      const visit = (fileName: string) => {
        if (initial.has(fileName)) return;
        initial.add(fileName);
        chunks.get(fileName)?.imports.forEach(visit);
      };
      [...chunks.values()].filter((c) => c.isEntry).forEach((c) => visit(c.fileName));
      let total = 0;
      const lines = [...initial].map((fileName) => {
        const code = readFileSync(join(outDir, fileName));
        const gzipped = gzipSync(code, { level: 9 }).length;
        total += gzipped;
        return `  ${fileName}  ${kb(code.length)} raw, ${kb(gzipped)} gzipped`;
      });
      const verdict = total <= budgetBytes ? 'within' : 'OVER';
      process.stdout.write(
        `\nInitial JavaScript: ${kb(total)} gzipped, ${verdict} the budget of ${kb(budgetBytes)}\n${lines.join('\n')}\n`,
      );
      if (total > budgetBytes) {
        throw new Error(
          `Initial JavaScript is ${kb(total)} gzipped, over the budget of ${kb(budgetBytes)}: make something lazy or smaller.`,
        );
      }
    },
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
