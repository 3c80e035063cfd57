import { MigrationInterface, QueryRunner } from 'typeorm';

/** Catalogue records, holdings, import (MARCXML/CSV) and thread–item links. */
export class Catalogue1795800000001 implements MigrationInterface {
  name = 'Catalogue1795800000001';

  public async up(_queryRunner: QueryRunner): Promise<void> {}

  public async down(_queryRunner: QueryRunner): Promise<void> {}
}
