// Jest loads global setup outside its module mapper: resolve the @waardenet/* paths here first.
require('tsconfig-paths/register');
module.exports = require('./global-setup.impl.ts').default;
