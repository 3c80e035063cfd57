import './node-version';
import 'reflect-metadata';
import { join } from 'node:path';
import { ConfigError, EmbeddedDatabase, loadConfig, logFormat, logger, startEmbeddedPostgres } from '@waardenet/core';
import { createApp } from './create-app';
import { graphiqlAvailable } from './graphiql';
import { demoAccountsIn, demoInProductionMessage } from './demo/demo-guard';
import { seedDemoIfEmpty } from './demo/seed-demo';
import { migrate } from './migrate';
import { startSummary } from './start-lines';

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
    logger.debug({ dataDir: config.dataDir }, 'embedded PostgreSQL started');
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
  if (ran.length) logger.debug({ migrations: ran }, 'migrations applied');
  // Demo data is for a newcomer's own machine only: never on a database someone pointed us at, never
  // in production (config.demo is off there).
  const demoSeeded = Boolean(embedded && config.demo && (await seedDemoIfEmpty(databaseUrl)));

  const app = await createApp(config, databaseUrl);
  await app.listen(config.port);
  const embeddedDir = embedded ? join(config.dataDir, 'pg') : undefined;
  const graphiql = config.nodeEnv === 'development' && graphiqlAvailable();
  const summary = startSummary({ config, embeddedDir, migrationsApplied: ran.length, demoSeeded, graphiql, logLevel: logger.level });
  // At a console: a few plain lines (no time, no level), shown at any level but silent. In JSON: one line with the same facts.
  if (logFormat === 'text') {
    if (logger.level !== 'silent') process.stdout.write(`${summary.lines.join('\n')}\n`);
  } else {
    logger.info({ ...summary.facts, migrations: ran }, summary.lines[0]);
  }
  if (config.nodeEnv === 'production' && !config.emailVerification) {
    logger.warn(
      'email verification is off (WAARDENET_EMAIL_VERIFICATION=off): new accounts count as verified, and whoever registers an address in WAARDENET_ADMIN_EMAILS first becomes a platform admin',
    );
  }

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
