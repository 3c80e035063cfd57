import { MigrationInterface, QueryRunner } from 'typeorm';

/** National theme communities, local chapters, syndication and the content database. */
export class Network1795800000003 implements MigrationInterface {
  name = 'Network1795800000003';

  public async up(_queryRunner: QueryRunner): Promise<void> {}

  public async down(_queryRunner: QueryRunner): Promise<void> {}
}
