import { MigrationInterface, QueryRunner } from 'typeorm';

/** Expertise claims verified by libraries, and questions with accepted answers. */
export class Experts1795800000002 implements MigrationInterface {
  name = 'Experts1795800000002';

  public async up(_queryRunner: QueryRunner): Promise<void> {}

  public async down(_queryRunner: QueryRunner): Promise<void> {}
}
