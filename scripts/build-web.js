// Copies the web client's static files next to the built api (dist/apps/web/public).
const { cpSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

const from = join(__dirname, '../apps/web/public');
const to = join(__dirname, '../dist/apps/web/public');
mkdirSync(to, { recursive: true });
cpSync(from, to, { recursive: true });
