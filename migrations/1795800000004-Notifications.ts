import { MigrationInterface, QueryRunner } from 'typeorm';

/** Follows, notifications (in-app, live, email outbox and its sender). */
export class Notifications1795800000004 implements MigrationInterface {
  name = 'Notifications1795800000004';

  public async up(_queryRunner: QueryRunner): Promise<void> {}

  public async down(_queryRunner: QueryRunner): Promise<void> {}
}
