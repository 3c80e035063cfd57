import { NestFactory, Reflector } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { LiveServer } from '@waardenet/live';
import compression from 'compression';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { pinoHttp } from 'pino-http';
import { DataSource, Logger as SqlLogger } from 'typeorm';
import { AppConfig, PinoNestLogger, createValidationPipe, logger } from '@waardenet/core';
import { RATE_LIMIT_STORE, RateLimitGuard, RateLimitStore, requestBudget } from '@waardenet/core/rate-limit';
import { documentSizeLimit, liveValidationRules, securityHeaders } from '@waardenet/core/security';
import { AnonymousReadCache, readCacheMiddleware } from '@waardenet/core/read-cache';
import { FederationRuntime, federationMiddleware } from '@waardenet/federation';
import { AppModule } from './app.module';
import { graphiql, graphiqlAvailable } from './graphiql';
import { reachRouter } from './reach';

/** The built web client (`npm run build:web` writes dist/web): found from the compiled api and from TypeScript alike. */
export const WEB_DIR = existsSync(join(__dirname, '../../../web/index.html'))
  ? join(__dirname, '../../../web')
  : join(__dirname, '../../../dist/web');

/** The client routes with the History API: any other GET for a page answers its index.html. */
function spaFallback(index: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const page =
      (req.method === 'GET' || req.method === 'HEAD') &&
      !/^\/(graphql|api|auth|health|ready|media)(\/|$)/.test(req.path) &&
      !/\.\w+$/.test(req.path);
    if (!page || !req.accepts('html')) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  };
}

/**
 * Builds the Nest application (not yet listening): used by main.ts and by the tests alike. Only tests
 * and benches pass a `sqlLogger` (their query counter).
 */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: { sqlLogger?: SqlLogger } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl, options), {
    logger: new PinoNestLogger(),
    bodyParser: false,
  });
  app.disable('x-powered-by');
  // No ETag over every GraphQL answer (a SHA-1 of each response body, for POSTs that are never revalidated);
  // static files keep theirs (serve-static makes its own).
  app.set('etag', false);
  // Which proxies may tell us the client's address (X-Forwarded-For): per-IP limits count req.ip.
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders(WEB_DIR));
  // The client's scripts and a thread page's JSON shrink to a third: what a phone on a slow line waits for.
  const compress = compression({ threshold: 1024 });
  app.use((req: Request, res: Response, next: NextFunction) => (req.headers['accept-encoding'] ? compress(req, res, next) : next()));
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/health' },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  // GraphiQL for a browser's GET /graphql: development only (the CSP of its page is in core/security).
  if (config.nodeEnv === 'development' && graphiqlAvailable()) app.use('/graphql', graphiql());
  const rateLimits = app.get<RateLimitStore>(RATE_LIMIT_STORE);
  app.getHttpServer().once('close', () => void rateLimits.close());
  // Before the body is parsed: a client over its request budget costs next to nothing.
  app.use('/graphql', requestBudget(rateLimits, config.rateLimits.graphqlPerIp));
  // ActivityPub (WebFinger, NodeInfo, /ap/…): before the body parser, so HTTP signatures are checked on the bytes sent.
  app.use(federationMiddleware(app.get(FederationRuntime), rateLimits, config));
  app.useBodyParser('json', { limit: '1mb' });
  app.use('/graphql', documentSizeLimit());
  // Anonymous reads of public threads and communities, answered from the cache without running GraphQL (libs/core/src/read-cache).
  app.use('/graphql', readCacheMiddleware(app.get(AnonymousReadCache)));
  // After the AccessGuard (an APP_GUARD, registered first), so per-user limits know the viewer.
  app.useGlobalGuards(new RateLimitGuard(app.get(Reflector), rateLimits, config, app.get(DataSource)));
  app.useGlobalPipes(createValidationPipe());
  // Server-rendered public pages, feeds, sitemaps and oEmbed (apps/api/src/reach): before the SPA fallback.
  app.use(reachRouter(app, config, WEB_DIR));
  if (existsSync(join(WEB_DIR, 'index.html'))) {
    // Hashed asset names never change content: cache them for long; index.html always revalidates.
    app.useStaticAssets(join(WEB_DIR, 'assets'), { prefix: '/assets', immutable: true, maxAge: '365d' });
    app.useStaticAssets(WEB_DIR, { index: 'index.html', maxAge: 0 });
    app.use(spaFallback(join(WEB_DIR, 'index.html')));
  }
  await app.init();
  app
    .get(LiveServer)
    .attach(app.getHttpServer(), app.get(GraphQLSchemaHost).schema, liveValidationRules({ production: config.nodeEnv === 'production' }));
  return app;
}
