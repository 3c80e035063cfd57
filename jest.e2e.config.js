module.exports = {
  ...require('./jest.base.config'),
  displayName: 'e2e',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  testTimeout: 60000,
  maxWorkers: 2,
  // A worker keeps what each file loaded (~2,900 modules, apps and their caches): past this it is replaced after the file,
  // instead of growing until V8's heap limit kills it mid-suite (seen at 4 GB).
  workerIdleMemoryLimit: '1500MB',
  // Longest files first (recorded durations), so no long file starts last: test/support/sequencer.js.
  testSequencer: '<rootDir>/test/support/sequencer.js',
};
