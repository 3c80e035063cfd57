/**
 * Waardenet runs on Node 22.13 or later on the 22 line, 24.11 or later on the 24 line (TypeORM 1's own
 * range; 24 is the one tested and shipped). `npm start` and `npm run start:prod` take Node 24 from
 * node_modules (the `node` package), whatever the machine has; this stops a direct
 * `node dist/apps/api/src/main.js` on an older Node with one line instead of a stack trace further on.
 * Imported first by main.ts.
 */
export const SUPPORTED_NODE = '^22.13.0 || >=24.11.0';

export function nodeTooOld(version: string = process.version): string | undefined {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  const ok = major > 24 || (major === 24 && minor >= 11) || major === 23 || (major === 22 && minor >= 13);
  if (ok) return undefined;
  return `Waardenet needs Node 22.13 or later (24.11 or later on 24), this is ${version} (${process.execPath}). Start it with \`npm start\` or \`npm run start:prod\`, which use the Node 24 in node_modules/.bin, or install Node 24.`;
}

const tooOld = nodeTooOld();
if (tooOld) {
  console.error(tooOld);
  process.exit(1);
}
