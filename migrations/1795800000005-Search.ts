import { MigrationInterface, QueryRunner } from 'typeorm';

/** Full-text search over threads, posts, catalogue items and communities. */
export class Search1795800000005 implements MigrationInterface {
  name = 'Search1795800000005';

  public async up(_queryRunner: QueryRunner): Promise<void> {}

  public async down(_queryRunner: QueryRunner): Promise<void> {}
}
