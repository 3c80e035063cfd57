/**
 * `npm start` builds only when the sources changed since the last build: a SHA-256 over the paths and
 * contents of everything the build reads (apps/, libs/, migrations/, package.json, package-lock.json,
 * the tsconfigs) is kept in dist/.build-stamp. Plain JavaScript so that it runs in ~0.1 s without
 * ts-node; a content hash rather than mtimes, because a git checkout or a copy changes every mtime.
 *
 *   node scripts/build-if-changed.js          build (npm run build) unless the stamp matches
 *   node scripts/build-if-changed.js --write  write the stamp for the sources as they are (end of `npm run build`)
 *   node scripts/build-if-changed.js --check  exit 0 when the stamp matches, 1 when a build is due
 */
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, readdirSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = join(__dirname, '..');
const STAMP = join(ROOT, 'dist', '.build-stamp');
const MAIN = join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js');
const WEB = join(ROOT, 'dist', 'web', 'index.html');
const DIRS = ['apps', 'libs', 'migrations'];
const FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
// Unit tests are not built; build outputs and dependencies are not sources.
const SKIP_DIR = new Set(['node_modules', 'dist', '.data']);
const SKIP_FILE = /\.spec\.ts$/;

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

/** The fingerprint of the build's inputs: a path added, removed, renamed or edited changes it. */
function sourceHash() {
  const files = DIRS.flatMap((d) => (existsSync(join(ROOT, d)) ? walk(join(ROOT, d), []) : []));
  files.push(...FILES.map((f) => join(ROOT, f)).filter((f) => existsSync(f)));
  files.sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** True when dist holds a complete build of exactly these sources. */
function upToDate(hash) {
  return existsSync(STAMP) && existsSync(MAIN) && existsSync(WEB) && readFileSync(STAMP, 'utf8').trim() === hash;
}

function main(argv) {
  const hash = sourceHash();
  if (argv.includes('--write')) {
    writeFileSync(STAMP, `${hash}\n`);
    return 0;
  }
  if (argv.includes('--check')) return upToDate(hash) ? 0 : 1;
  if (upToDate(hash)) return 0;
  process.stderr.write('Building Waardenet (the sources changed since the last build) …\n');
  const npm = process.env.npm_execpath;
  const build = npm
    ? spawnSync(process.execPath, [npm, 'run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' })
    : spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) return build.status ?? 1;
  // The sources as they were when this build began: an edit made while it ran makes the next start build again.
  writeFileSync(STAMP, `${hash}\n`);
  return 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));

module.exports = { sourceHash, upToDate };
