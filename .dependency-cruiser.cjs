/**
 * The order of libs/ (issue #14 ask 5), checked by `npm run deps:check` (part of `npm run check`, so of `npm test`):
 *
 *   core ← live/channels ← accounts ← libraries ← communities ← threads ← features
 *
 * A library imports only from its own layer or the layers before it. Features are every other library
 * (moderation, catalogue, experts, network, notifications, search, figures, live, sso, media, federation, and
 * any library added later); a feature may use another feature's public entry (its index) as long as no cycle
 * between libraries appears. libs/live/src/channels (@waardenet/live/channels: PubSub, the event log, the domain
 * event bus) sits right above core because every domain writes live events; the rest of libs/live (graphql-ws
 * server, hub, resolvers) reads threads and communities, so it is a feature.
 * `core` imports no other library, no app and no migration. No library imports an app, a test, a bench, a
 * script or a migration (apps/api/src/migrate.ts and the tests hand the migrations to the data source).
 */
const LAYERS = [
  ['core', '^libs/core/'],
  ['live-channels', '^libs/live/src/channels/'],
  ['accounts', '^libs/accounts/'],
  ['libraries', '^libs/libraries/'],
  ['communities', '^libs/communities/'],
  ['threads', '^libs/threads/'],
];
const LOWER = LAYERS.map(([, path]) => path);
/** Everything in libs/ that is none of the lower layers. */
const FEATURES = { path: '^libs/', pathNot: LOWER };

const layerRules = LAYERS.slice(0, -1).map(([name, path], i) => ({
  name: `layer-${name}`,
  comment: `${name} may import only ${
    LAYERS.slice(0, i)
      .map(([n]) => n)
      .join(', ') || 'no other library'
  } (order: ${LAYERS.map(([n]) => n).join(' ← ')} ← features)`,
  severity: 'error',
  from: { path },
  to: { path: '^libs/', pathNot: LOWER.slice(0, i + 1) },
}));
layerRules.push({
  name: 'layer-threads',
  comment: 'threads may import only core, live/channels, accounts, libraries and communities (features come after threads)',
  severity: 'error',
  from: { path: '^libs/threads/' },
  to: FEATURES,
});

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'core-imports-no-domain',
      comment: 'core holds only what every domain needs: it imports no library, app, test or migration',
      severity: 'error',
      from: { path: '^libs/core/' },
      to: { path: '^(libs/(?!core/)|apps/|migrations/|test/|bench/|scripts/)' },
    },
    {
      name: 'libs-import-no-app-test-or-migration',
      comment: 'libraries are used by the apps and the tests, never the other way round; migrations are handed over by whoever runs them',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^(apps/|migrations/|test/|bench/|scripts/)' },
    },
    {
      name: 'another-library-through-its-entry',
      comment:
        "another library is imported through its entry (@waardenet/<lib>, or a sub-entry's index.ts such as @waardenet/live/channels), not its files",
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: ['^libs/$1/', '/index\\.ts$'] },
    },
    {
      name: 'no-cycles-between-libraries',
      comment: 'two libraries (two features too) never depend on each other in a circle',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { circular: true, via: { pathNot: '^libs/$1/' } },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'an import that resolves to nothing is a typo or a missing dependency',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['main', 'types', 'typings'],
    },
    cache: false,
  },
};
