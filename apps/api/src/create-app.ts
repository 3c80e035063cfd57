import { NestFactory, Reflector } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { LiveServer } from '@waardenet/live';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pinoHttp } from 'pino-http';
import { DataSource } from 'typeorm';
import { AppConfig, PinoNestLogger, createValidationPipe, logger } from '@waardenet/core';
import { RateLimitGuard, createRateLimitStore, requestBudget } from '@waardenet/core/rate-limit';
import { documentSizeLimit, liveValidationRules, securityHeaders } from '@waardenet/core/security';
import { AppModule } from './app.module';

/** The web client's static files: built next to the api in dist/, or the sources when run from TypeScript. */
export const WEB_DIR = join(__dirname, '../../web/public');

/** Builds the Nest application (not yet listening): used by main.ts and by the tests alike. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    logger: new PinoNestLogger(),
    bodyParser: false,
  });
  app.disable('x-powered-by');
  // Which proxies may tell us the client's address (X-Forwarded-For): per-IP limits count req.ip.
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders(WEB_DIR));
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
  const rateLimits = await createRateLimitStore(config);
  app.getHttpServer().once('close', () => void rateLimits.close());
  // Before the body is parsed: a client over its request budget costs next to nothing.
  app.use('/graphql', requestBudget(rateLimits, config.rateLimits.graphqlPerIp));
  app.useBodyParser('json', { limit: '1mb' });
  app.use('/graphql', documentSizeLimit());
  // After the AccessGuard (an APP_GUARD, registered first), so per-user limits know the viewer.
  app.useGlobalGuards(new RateLimitGuard(app.get(Reflector), rateLimits, config, app.get(DataSource)));
  app.useGlobalPipes(createValidationPipe());
  if (existsSync(WEB_DIR)) app.useStaticAssets(WEB_DIR, { index: 'index.html', maxAge: config.nodeEnv === 'production' ? '1h' : 0 });
  await app.init();
  app.get(LiveServer).attach(app.getHttpServer(), app.get(GraphQLSchemaHost).schema, liveValidationRules({ production: config.nodeEnv === 'production' }));
  return app;
}
