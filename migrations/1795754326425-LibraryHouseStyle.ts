import { MigrationInterface, QueryRunner } from 'typeorm';

export class LibraryHouseStyle1795754326425 implements MigrationInterface {
  name = 'LibraryHouseStyle1795754326425';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "libraries" ADD "logo_url" text`);
    await q.query(`ALTER TABLE "libraries" ADD "primary_color" text`);
    await q.query(`ALTER TABLE "libraries" ADD "welcome_text" text`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "libraries" DROP COLUMN "welcome_text"`);
    await q.query(`ALTER TABLE "libraries" DROP COLUMN "primary_color"`);
    await q.query(`ALTER TABLE "libraries" DROP COLUMN "logo_url"`);
  }
}
