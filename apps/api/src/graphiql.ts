import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { GRAPHIQL_CSP } from '@waardenet/core/security';

/**
 * GraphiQL for development: GET /graphql from a browser answers an IDE page, whose scripts and styles
 * come from the `graphiql` 3 and `react` 18 packages (their UMD builds, dev dependencies) under
 * /graphql/ide/, so it works offline (Apollo's Sandbox loads from a CDN). Never in production: the
 * caller mounts it only when NODE_ENV=development, and without the dev dependencies it is simply absent.
 */
const ASSETS: Record<string, [pkg: string, file: string, type: string]> = {
  'react.js': ['react', 'umd/react.production.min.js', 'text/javascript'],
  'react-dom.js': ['react-dom', 'umd/react-dom.production.min.js', 'text/javascript'],
  'graphiql.js': ['graphiql', 'graphiql.min.js', 'text/javascript'],
  'graphiql.css': ['graphiql', 'graphiql.min.css', 'text/css'],
};

/** The example the README gives, so a newcomer has something to run. */
const FIRST_QUERY = `# Sign in with the mutation below (demo password: waardenet-demo), then put
#   { "Authorization": "Bearer <accessToken>" }
# in the Headers tab.
#
# mutation {
#   login(input: { email: "lezer@waardenet.demo", password: "waardenet-demo" }) { accessToken }
# }

{
  libraries { edges { node { slug name kind } } }
}
`;

/** Ours, served as a file: the page's CSP allows no inline script. */
const START = `'use strict';
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: '/graphql' }),
    defaultQuery: ${JSON.stringify(FIRST_QUERY)},
  }),
);
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Waardenet GraphQL (GraphiQL)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/graphql/ide/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/graphql/ide/react.js"></script>
<script src="/graphql/ide/react-dom.js"></script>
<script src="/graphql/ide/graphiql.js"></script>
<script src="/graphql/ide/start.js"></script>
</body>
</html>
`;

function packageFile(pkg: string, file: string): string | undefined {
  try {
    const path = join(dirname(require.resolve(`${pkg}/package.json`)), file);
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** True when the packages GraphiQL needs are installed (they are dev dependencies). */
export function graphiqlAvailable(): boolean {
  return Object.values(ASSETS).every(([pkg, file]) => packageFile(pkg, file) !== undefined);
}

/** Mounted at /graphql: the page for a browser's GET, its assets under /ide/; everything else passes on. */
export function graphiql() {
  // An asset whose package is not installed is left out (answered 404 by whatever comes next).
  const files = Object.fromEntries(
    Object.entries(ASSETS).flatMap(([name, [pkg, file, type]]) => {
      const path = packageFile(pkg, file);
      return path ? [[name, { path, type }] as const] : [];
    }),
  );
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path === '/' && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html') {
      res.setHeader('content-security-policy', GRAPHIQL_CSP);
      res.setHeader('cache-control', 'no-cache');
      res.type('html').send(PAGE);
      return;
    }
    const asset = /^\/ide\/([\w.-]+)$/.exec(req.path)?.[1];
    if (asset === 'start.js') {
      res.type('text/javascript').send(START);
      return;
    }
    if (asset && files[asset]) {
      res.sendFile(files[asset].path, { headers: { 'content-type': `${files[asset].type}; charset=utf-8` }, maxAge: '1h' });
      return;
    }
    next();
  };
}
