import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The README is the first thing a newcomer reads: its links must lead somewhere, its settings must be complete. */
const ROOT = resolve(__dirname, '../../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Folders of this repository whose files the README may name in `code` (not dist/, .data/ and the like, made at run time). */
const REPO_DIRS = ['.ci', 'apps', 'bench', 'docs', 'libs', 'migrations', 'schema', 'scripts', 'test'];

const inRepo = (path: string) => {
  const full = resolve(ROOT, path);
  return !relative(ROOT, full).startsWith('..') && existsSync(full);
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.ts$/.test(e.name) && !/\.spec\.ts$/.test(e.name) ? [path] : [];
  });
}

/** Every environment variable the api reads: `process.env.X` anywhere, and the names config.ts validates. */
function variablesRead(): Set<string> {
  const names = new Set<string>();
  const files = [...sourceFiles(join(ROOT, 'apps/api/src')), ...sourceFiles(join(ROOT, 'libs'))];
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/process\.env(?:\.|\[['"])([A-Z][A-Z0-9_]+)/g)) names.add(m[1]);
  }
  const config = readFileSync(join(ROOT, 'libs/core/src/config/config.ts'), 'utf8');
  for (const m of config.matchAll(/\benv(?:\.|\[['"])([A-Z][A-Z0-9_]+)/g)) names.add(m[1]);
  // int(env, 'PORT', …), url(env, …), RATE_LIMIT_VARIABLES' ['RATE_LIMIT_…', …], new ConfigError('…', …), NEW_USER_AGE_VARIABLE = '…'
  for (const m of config.matchAll(/(?:\(env, |\[|ConfigError\(|_VARIABLE = )'([A-Z][A-Z0-9_]+)'/g)) names.add(m[1]);
  return names;
}

/** The names in the first cell of each row of the README's configuration table. */
function configurationTable(): Set<string> {
  const section = README.slice(README.indexOf('## Configuration'), README.indexOf('### Behind a reverse proxy'));
  const names = new Set<string>();
  for (const row of section.split('\n').filter((l) => l.startsWith('| `'))) {
    for (const m of row.split('|')[1].matchAll(/`([A-Z][A-Z0-9_]+)`/g)) names.add(m[1]);
  }
  return names;
}

describe('README.md', () => {
  it('links only to files in this repository', () => {
    const links = [...README.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((l) => !/^(https?:|mailto:|#)/.test(l));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !inRepo(l.split('#')[0]))).toEqual([]);
  });

  it('names only files that are in this repository', () => {
    const named = [...README.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]);
    const outside = named.filter((p) => p.startsWith('../'));
    const paths = named.filter((p) => REPO_DIRS.some((d) => p.startsWith(`${d}/`)) && !/[*<>{}:]/.test(p));
    expect(outside).toEqual([]);
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.filter((p) => !inRepo(p))).toEqual([]);
  });

  it('lists every setting the api reads in its configuration table', () => {
    const read = variablesRead();
    // Read by the test and bench support (libs/core/src/database/database-server.ts), documented under "Tests and checks".
    read.delete('TEST_DATABASE_URL');
    expect(README).toContain('TEST_DATABASE_URL');
    expect(read.size).toBeGreaterThan(30);
    expect(read).toContain('WAARDENET_ACCESS_TOKEN_TTL');
    const table = configurationTable();
    expect([...read].filter((name) => !table.has(name)).sort()).toEqual([]);
  });
});
