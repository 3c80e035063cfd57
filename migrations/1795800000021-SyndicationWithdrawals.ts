import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A chapter that stops being PUBLIC withdraws what it syndicated, for good: its PROPOSED and ACCEPTED
 * syndications become WITHDRAWN in the transaction that changes its visibility, so opening the chapter
 * again does not put its threads back in a national feed (the chapter proposes them again). The api has
 * no operation that changes a community's visibility (it happens in the database, by an operator), so the
 * database does it, whatever makes the change. Hidden, removed, deleted and moved threads are withdrawn
 * by the api (libs/network SyndicationWithdrawals, on the threads domain's events).
 */
export class SyndicationWithdrawals1795800000021 implements MigrationInterface {
  name = 'SyndicationWithdrawals1795800000021';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION syndications_withdraw_closed_chapter() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE syndications SET state = 'WITHDRAWN', decided_by_id = NULL, decided_at = now(),
               reason = 'The chapter is no longer public.'
         WHERE from_community_id = NEW.id AND state IN ('PROPOSED', 'ACCEPTED');
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER syndications_withdraw_on_closed_chapter AFTER UPDATE OF visibility ON "communities" FOR EACH ROW
      WHEN (OLD.visibility = 'PUBLIC' AND NEW.visibility <> 'PUBLIC')
      EXECUTE FUNCTION syndications_withdraw_closed_chapter()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER syndications_withdraw_on_closed_chapter ON "communities"`);
    await q.query(`DROP FUNCTION syndications_withdraw_closed_chapter()`);
  }
}
