import { Logger as TypeOrmLogger } from 'typeorm';

/** Marks a statement of a background job (pollers), which the counter leaves out: it belongs to no request. */
export const BACKGROUND_SQL = '/* background */';

/** Counts the SQL statements the app sends, so tests can hold N+1 queries to a bound. */
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
