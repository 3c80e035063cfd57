// Jest loads global teardown outside its module mapper: resolve the @waardenet/* paths here first.
require('tsconfig-paths/register');
module.exports = require('./global-teardown.impl.ts').default;
