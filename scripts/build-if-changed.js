/**
 * `npm start` builds only what changed since the last build. Each part of the build has a fingerprint,
 * a SHA-256 over the paths and contents of everything it reads, kept in dist/.build-stamp:
 *   api  apps/api, libs, migrations, package.json, package-lock.json, tsconfigs  -> npm run build:api (tsc, tsc-alias)
 *   web  apps/web, schema, package.json, package-lock.json                          -> npm run build:web (vite)
 * Plain JavaScript, so it runs in well under a second without ts-node; content rather than mtimes,
 * because a git checkout or a copy changes every mtime.
 *
 *   node scripts/build-if-changed.js          build the parts whose sources changed (or whose output is missing)
 *   node scripts/build-if-changed.js --write  stamp every part as built from the sources as they are (end of `npm run build`)
 *   node scripts/build-if-changed.js --check  exit 0 when nothing needs building, 1 when something does
 */
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, readdirSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const { spawnSync } = require('node:child_process');

// WN_BUILD_ROOT: another tree to look at (the unit test's); the repository itself otherwise.
const ROOT = process.env.WN_BUILD_ROOT || join(__dirname, '..');
const STAMP = join(ROOT, 'dist', '.build-stamp');
const PACKAGE = ['package.json', 'package-lock.json'];

const PARTS = {
  api: {
    dirs: ['apps/api', 'libs', 'migrations'],
    files: [...PACKAGE, 'tsconfig.json', 'tsconfig.build.json'],
    output: 'dist/apps/api/src/main.js',
    script: 'build:api',
  },
  web: { dirs: ['apps/web', 'schema'], files: PACKAGE, output: 'dist/web/index.html', script: 'build:web' },
};

// Unit tests are not built; build outputs and dependencies are not sources.
const SKIP_DIR = new Set(['node_modules', 'dist', '.data']);
const SKIP_FILE = /\.spec\.tsx?$/;

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIR.has(entry.name)) walk(path, out);
    } else if (entry.isFile() && !SKIP_FILE.test(entry.name)) {
      out.push(path);
    }
  }
  return out;
}

/** The fingerprint of a part's inputs: a path added, removed, renamed or edited changes it. */
function sourceHash(part) {
  const files = part.dirs.flatMap((d) => (existsSync(join(ROOT, d)) ? walk(join(ROOT, d), []) : []));
  files.push(...part.files.map((f) => join(ROOT, f)).filter((f) => existsSync(f)));
  files.sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return {};
  }
}

const writeStamp = (stamp) => writeFileSync(STAMP, `${JSON.stringify(stamp)}\n`);

/** The parts whose output is missing or was built from other sources than these. */
function stale(hashes, stamp = readStamp()) {
  return Object.keys(PARTS).filter((name) => stamp[name] !== hashes[name] || !existsSync(join(ROOT, PARTS[name].output)));
}

function npmRun(script) {
  const npm = process.env.npm_execpath;
  const run = npm
    ? spawnSync(process.execPath, [npm, 'run', '-s', script], { cwd: ROOT, stdio: 'inherit' })
    : spawnSync('npm', ['run', '-s', script], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  return run.status ?? 1;
}

function main(argv) {
  const hashes = Object.fromEntries(Object.entries(PARTS).map(([name, part]) => [name, sourceHash(part)]));
  if (argv.includes('--write')) {
    writeStamp(hashes);
    return 0;
  }
  const due = stale(hashes);
  if (argv.includes('--check')) return due.length ? 1 : 0;
  for (const name of due) {
    process.stderr.write(`Building the ${name} (its sources changed since the last build) …\n`);
    const status = npmRun(PARTS[name].script);
    if (status !== 0) return status;
    // The sources as they were when this build began: an edit made while it ran makes the next start build again.
    writeStamp({ ...readStamp(), [name]: hashes[name] });
  }
  return 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));

module.exports = { PARTS, sourceHash, stale };
