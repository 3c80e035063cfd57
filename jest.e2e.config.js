module.exports = {
  ...require('./jest.base.config'),
  displayName: 'e2e',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  testTimeout: 60000,
  maxWorkers: 2,
  // Longest files first (recorded durations), so no long file starts last: test/support/sequencer.js.
  testSequencer: '<rootDir>/test/support/sequencer.js',
};
