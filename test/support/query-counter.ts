import { Logger as TypeOrmLogger } from 'typeorm';
import { BACKGROUND_SQL } from '@waardenet/core';

/**
 * Counts the SQL statements the app sends, so tests can hold N+1 queries to a bound. Test and bench
 * only: createTestApp (and bench:read) hand it to createApp as the SQL logger; the production app has none.
 */
export class QueryCounter implements TypeOrmLogger {
  count = 0;
  readonly statements: string[] = [];

  logQuery(query: string): void {
    if (/^(START TRANSACTION|COMMIT|ROLLBACK|BEGIN)/i.test(query) || query.startsWith(BACKGROUND_SQL)) return;
    this.count += 1;
    if (this.statements.length < 500) this.statements.push(query);
  }
  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** The one counter of this process: every test app of a test file logs into it. */
export const queryCounter = new QueryCounter();
