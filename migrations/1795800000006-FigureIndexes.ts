import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The figures read who wrote what when, per thread and over the last weeks: covering indexes let them
 * do that with index-only scans instead of reading whole posts (bodies and rendered HTML). Declared on
 * the Post entity with synchronize: false (INCLUDE columns are beyond TypeORM's index model).
 */
export class FigureIndexes1795800000006 implements MigrationInterface {
  name = 'FigureIndexes1795800000006';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX posts_thread_facts_idx ON posts (thread_id, seq) INCLUDE (author_id, created_at, state, deleted_at)`);
    await q.query(`CREATE INDEX posts_recent_facts_idx ON posts (created_at) INCLUDE (thread_id, author_id, seq, state, deleted_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX posts_recent_facts_idx`);
    await q.query(`DROP INDEX posts_thread_facts_idx`);
  }
}
