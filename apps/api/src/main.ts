import 'reflect-metadata';
import { join } from 'node:path';
import { ConfigError, EmbeddedDatabase, loadConfig, logger, startEmbeddedPostgres } from '@waardenet/core';
import { createApp } from './create-app';
import { demoAccountsIn, demoInProductionMessage } from './demo/demo-guard';
import { seedDemoIfEmpty } from './demo/seed-demo';
import { migrate } from './migrate';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(join(config.dataDir, 'pg'), config.embeddedPgPort);
    databaseUrl = embedded.url;
    logger.info({ dataDir: config.dataDir }, 'embedded PostgreSQL started');
  }
  if (config.nodeEnv === 'production') {
    const demo = await demoAccountsIn(databaseUrl);
    if (demo.length) {
      console.error(demoInProductionMessage(demo));
      await embedded?.stop();
      process.exit(1);
    }
  }
  const ran = await migrate(databaseUrl);
  if (ran.length) logger.info({ migrations: ran }, 'migrations applied');
  // Demo data is for a newcomer's own machine only: never on a database someone pointed us at, never
  // in production (config.demo is off there).
  if (embedded && config.demo && (await seedDemoIfEmpty(databaseUrl))) logger.info('demo data seeded (see README for the logins)');

  const app = await createApp(config, databaseUrl);
  await app.listen(config.port);
  logger.info(`Waardenet is running at http://localhost:${config.port} (GraphQL at /graphql)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((e) => {
  logger.error({ err: e }, 'Waardenet failed to start');
  console.error(`Waardenet failed to start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
