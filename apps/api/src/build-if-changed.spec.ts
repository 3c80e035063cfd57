import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** scripts/build-if-changed.js run against a small tree of its own, whose "builds" only leave a mark. */
const SCRIPT = join(__dirname, '../../../scripts/build-if-changed.js');

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'wn-build-'));
  const file = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const mark = (part: string, output: string) =>
    `node -e "const f=require('fs');f.mkdirSync('${dirname(output)}',{recursive:true});f.writeFileSync('${output}','');f.appendFileSync('built','${part}\\\\n')"`;
  file(
    'package.json',
    JSON.stringify({ scripts: { 'build:api': mark('api', 'dist/apps/api/src/main.js'), 'build:web': mark('web', 'dist/web/index.html') } }),
  );
  file('apps/api/src/main.ts', 'export {};\n');
  file('libs/core/src/index.ts', 'export const a = 1;\n');
  file('libs/core/src/index.spec.ts', 'test;\n');
  file('apps/web/src/app.tsx', 'export {};\n');
  return root;
}

function run(root: string, ...args: string[]) {
  const res = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: root, env: { ...process.env, WN_BUILD_ROOT: root }, encoding: 'utf8' });
  return { status: res.status, built: existsSync(join(root, 'built')) ? readFileSync(join(root, 'built'), 'utf8').trim().split('\n') : [] };
}

describe('npm start builds only what changed (scripts/build-if-changed.js)', () => {
  let root: string;
  beforeEach(() => {
    root = tree();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('builds both parts the first time, then nothing while the sources stay the same', () => {
    expect(run(root, '--check').status).toBe(1);
    expect(run(root)).toEqual({ status: 0, built: ['api', 'web'] });
    expect(run(root, '--check').status).toBe(0);
    expect(run(root)).toEqual({ status: 0, built: ['api', 'web'] });
  });

  it('rebuilds only the part whose sources changed, and not for a unit test', () => {
    run(root);
    appendFileSync(join(root, 'libs/core/src/index.spec.ts'), 'more;\n');
    expect(run(root).built).toEqual(['api', 'web']);
    appendFileSync(join(root, 'libs/core/src/index.ts'), 'export const b = 2;\n');
    expect(run(root).built).toEqual(['api', 'web', 'api']);
    writeFileSync(join(root, 'apps/web/src/new.tsx'), 'export {};\n');
    expect(run(root).built).toEqual(['api', 'web', 'api', 'web']);
  });

  it('rebuilds when the output is gone, and trusts a stamp that --write made', () => {
    run(root);
    rmSync(join(root, 'dist/web'), { recursive: true });
    expect(run(root).built).toEqual(['api', 'web', 'web']);
    appendFileSync(join(root, 'package.json'), '\n');
    expect(run(root, '--check').status).toBe(1);
    expect(run(root, '--write').status).toBe(0);
    expect(run(root, '--check').status).toBe(0);
  });
});
