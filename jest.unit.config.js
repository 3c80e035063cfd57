module.exports = {
  ...require('./jest.base.config'),
  displayName: 'unit',
  roots: ['<rootDir>/libs', '<rootDir>/apps'],
  testMatch: ['**/*.spec.ts'],
};
