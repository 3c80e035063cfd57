import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { LiveServer } from '@waardenet/live';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pinoHttp } from 'pino-http';
import { AppConfig, PinoNestLogger, createValidationPipe, logger } from '@waardenet/core';
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
  app.set('trust proxy', 'loopback');
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
  app.useBodyParser('json', { limit: '1mb' });
  app.useGlobalPipes(createValidationPipe());
  if (existsSync(WEB_DIR)) app.useStaticAssets(WEB_DIR, { index: 'index.html', maxAge: config.nodeEnv === 'production' ? '1h' : 0 });
  await app.init();
  app.get(LiveServer).attach(app.getHttpServer(), app.get(GraphQLSchemaHost).schema);
  return app;
}
