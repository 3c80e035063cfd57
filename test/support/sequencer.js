// Orders the e2e files longest first, so that with two workers no long file starts last and runs alone at the end.
// Jest's own sequencer does that only from its cache of this machine's last run (empty on a fresh CI machine) and
// otherwise by file size. Here a file's duration is, in order: jest's cache, test/support/e2e-durations.json
// (committed, refreshed from a whole run), or its size times the median duration per byte of the files timed.
//
// Refresh the record after a whole run:
//   npm run test:e2e -- --json --outputFile=/tmp/e2e.json && node test/support/sequencer.js /tmp/e2e.json
const { readFileSync, statSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const ROOT = join(__dirname, '../..');
const RECORD = join(__dirname, 'e2e-durations.json');

function recorded() {
  try {
    return JSON.parse(readFileSync(RECORD, 'utf8'));
  } catch {
    return {};
  }
}

class LongestFirst extends Sequencer {
  sort(tests) {
    const record = recorded();
    const size = (test) => {
      try {
        return statSync(test.path).size;
      } catch {
        return 0;
      }
    };
    const known = (test) => this.time(test) ?? record[relative(ROOT, test.path)];
    const perByte = tests
      .filter((t) => known(t) !== undefined && size(t) > 0)
      .map((t) => known(t) / size(t))
      .sort((a, b) => a - b);
    const median = perByte.length ? perByte[Math.floor(perByte.length / 2)] : 1;
    const expected = new Map(tests.map((t) => [t, known(t) ?? size(t) * median]));
    // A file that failed last time still goes first, as with jest's own sequencer.
    return [...tests].sort((a, b) => Number(this.hasFailed(b)) - Number(this.hasFailed(a)) || expected.get(b) - expected.get(a));
  }
}

module.exports = LongestFirst;

if (require.main === module) {
  const results = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  const record = recorded();
  for (const file of results.testResults) {
    // Named from test/ on, whichever checkout the run was in.
    const at = file.name.search(/\/test\/[^/]+(\/[^/]+)?\.e2e-spec\.ts$/);
    if (at >= 0) record[file.name.slice(at + 1)] = Math.round(file.endTime - file.startTime);
  }
  const sorted = Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(RECORD, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`${Object.keys(sorted).length} files in ${relative(process.cwd(), RECORD)}`);
}
