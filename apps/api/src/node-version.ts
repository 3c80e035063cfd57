/**
 * Waardenet runs on Node 22 or later (24 is the one tested and shipped). `npm start` and `npm run start:prod`
 * take Node 24 from node_modules (the `node` package), whatever the machine has; this stops a direct
 * `node dist/apps/api/src/main.js` on an older Node with one line instead of a stack trace further on.
 * Imported first by main.ts.
 */
export const MIN_NODE_MAJOR = 22;

export function nodeTooOld(version: string = process.version): string | undefined {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1]);
  if (major >= MIN_NODE_MAJOR) return undefined;
  return `Waardenet needs Node ${MIN_NODE_MAJOR} or later, this is ${version} (${process.execPath}). Start it with \`npm start\` or \`npm run start:prod\`, which use the Node 24 in node_modules/.bin, or install Node 24.`;
}

const tooOld = nodeTooOld();
if (tooOld) {
  console.error(tooOld);
  process.exit(1);
}
