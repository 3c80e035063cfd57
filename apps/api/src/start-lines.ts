import { AppConfig } from '@waardenet/core';
import { DEMO_PASSWORD } from './demo/demo-content';

/** What a person starting Waardenet wants to know, gathered by main.ts once it listens. */
export interface StartFacts {
  config: AppConfig;
  /** The embedded database's folder, or unset when DATABASE_URL points elsewhere. */
  embeddedDir?: string;
  migrationsApplied: number;
  demoSeeded: boolean;
  /** Whether GET /graphql in a browser shows GraphiQL (development, with the dev dependencies installed). */
  graphiql: boolean;
  logLevel: string;
}

/** A URL as it may be shown: without its password (the user name stays, it helps and is no secret). */
export function withoutPassword(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(not a valid URL)';
  }
}

/** The start lines in text (the console) as facts for JSON: one shape, two renderings. */
export function startSummary({ config, embeddedDir, migrationsApplied, demoSeeded, graphiql, logLevel }: StartFacts) {
  const address = `http://localhost:${config.port}`;
  const applied = migrationsApplied ? `, ${migrationsApplied} migration${migrationsApplied === 1 ? '' : 's'} applied` : '';
  const database = embeddedDir
    ? `embedded PostgreSQL at ${embeddedDir} (port ${config.embeddedPgPort}${applied})`
    : `${withoutPassword(config.databaseUrl ?? '')}${applied ? ` (${applied.slice(2)})` : ''}`;
  const demoOn = Boolean(embeddedDir && config.demo);
  const demo = demoOn
    ? `on${demoSeeded ? ', seeded now' : ''}: log in as lezer@waardenet.demo (and the others in the README), password ${DEMO_PASSWORD}`
    : `off${config.demo && !embeddedDir ? ' (never seeded into a DATABASE_URL)' : ''}`;
  const email = config.email.smtpUrl ? `on, through ${withoutPassword(config.email.smtpUrl)}` : 'off (SMTP_URL unset)';
  const verification = config.emailVerification
    ? 'on: new accounts confirm their address by mail before they join or write'
    : `off${config.email.smtpUrl ? ' (WAARDENET_EMAIL_VERIFICATION=off)' : ' (SMTP_URL unset)'}: new accounts count as verified`;
  const graphql = `${address}/graphql${graphiql ? ' (GraphiQL when opened in a browser)' : ''}`;
  return {
    facts: {
      address,
      graphql,
      database,
      demo: demoOn,
      email: Boolean(config.email.smtpUrl),
      emailVerification: config.emailVerification,
      redis: Boolean(config.redisUrl),
      nodeEnv: config.nodeEnv,
      node: process.version,
    },
    lines: [
      `Waardenet is running at ${address}`,
      `  GraphQL        ${graphql}`,
      `  database       ${database}`,
      `  demo accounts  ${demo}`,
      `  email          ${email}`,
      `  verify email   ${verification}`,
      `  redis          ${config.redisUrl ? withoutPassword(config.redisUrl) : 'off (one instance: live events and rate limits in memory)'}`,
      `  logs           readable text from level ${logLevel} on (LOG_LEVEL; LOG_FORMAT=json for JSON lines)`,
      `  node           ${process.version} (${process.execPath})`,
      `  stop with Ctrl+C`,
    ],
  };
}
