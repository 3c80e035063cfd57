import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue #18 ask 5, the Academy: courses, modules, check questions, attempts, passes, completions; the programme's targets (one row). */
export class Academy1795900000450 implements MigrationInterface {
  name = 'Academy1795900000450';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "academy_courses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "summary" text NOT NULL DEFAULT '', "basic" boolean NOT NULL DEFAULT false, "published_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_edf8a5b656202c5e8cf24ba23e2" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "academy_courses_basic_key" ON "academy_courses"  ("basic") WHERE basic`);
    await q.query(
      `CREATE TABLE "academy_modules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "image_url" text, "image_alt" text, CONSTRAINT "PK_8ec08f442448e2c7a1ea56bac73" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "academy_modules_course_idx" ON "academy_modules"  ("course_id", "position") `);
    await q.query(
      `CREATE TABLE "academy_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_id" uuid NOT NULL, "position" integer NOT NULL, "prompt" text NOT NULL, "options" text array NOT NULL, "correct_option" integer NOT NULL, CONSTRAINT "PK_432acea399a929f312e6613d973" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "academy_questions_module_idx" ON "academy_questions"  ("module_id", "position") `);
    await q.query(
      `CREATE TABLE "academy_attempts" ("id" BIGSERIAL NOT NULL, "user_id" uuid NOT NULL, "module_id" uuid NOT NULL, "correct" integer NOT NULL, "total" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6e96e30b4c67844c8eba9c5a42d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "academy_attempts_user_idx" ON "academy_attempts"  ("user_id", "module_id") `);
    await q.query(
      `CREATE TABLE "academy_module_passes" ("user_id" uuid NOT NULL, "module_id" uuid NOT NULL, "passed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dd244a388a62e82d44d3d205ed0" PRIMARY KEY ("user_id", "module_id"))`,
    );
    await q.query(
      `CREATE TABLE "academy_completions" ("course_id" uuid NOT NULL, "user_id" uuid NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a847999fea62cda66a48845fec9" PRIMARY KEY ("course_id", "user_id"))`,
    );
    await q.query(`CREATE INDEX "academy_completions_user_idx" ON "academy_completions"  ("user_id") `);
    await q.query(
      `CREATE TABLE "programme_targets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "trained" integer NOT NULL DEFAULT '167', "present" integer NOT NULL DEFAULT '125', "facilitating" integer NOT NULL DEFAULT '50', "updated_at" TIMESTAMP WITH TIME ZONE, "updated_by_id" uuid, CONSTRAINT "PK_365b27304d3b9b17dbb88937215" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `ALTER TABLE "academy_courses" ADD CONSTRAINT "FK_69e93d72e4c3893523a1b108542" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "academy_modules" ADD CONSTRAINT "FK_1ce1a57c48ac506e9755ed4e68b" FOREIGN KEY ("course_id") REFERENCES "academy_courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "academy_questions" ADD CONSTRAINT "FK_adb370955a5e75fc8f88e5ab44c" FOREIGN KEY ("module_id") REFERENCES "academy_modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "academy_attempts" ADD CONSTRAINT "FK_572ab140fbc5b3d3f6803f854af" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "academy_attempts" ADD CONSTRAINT "FK_1d7a9ce779298bf33a4c588660c" FOREIGN KEY ("module_id") REFERENCES "academy_modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "academy_module_passes" ADD CONSTRAINT "FK_04d0ab1814d67218fb0ffd8a8d0" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "academy_module_passes" ADD CONSTRAINT "FK_dd3ff48037cc6dfc215d25a8b22" FOREIGN KEY ("module_id") REFERENCES "academy_modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "academy_completions" ADD CONSTRAINT "FK_9f0a4d7de7bd151d0a21fd24ebc" FOREIGN KEY ("course_id") REFERENCES "academy_courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "academy_completions" ADD CONSTRAINT "FK_f4acf8a396f76eff49e9c2cfe9f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "programme_targets" ADD CONSTRAINT "FK_352ad03be7990f46ae263af8349" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(`INSERT INTO "programme_targets" ("trained", "present", "facilitating") VALUES (167, 125, 50)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "programme_targets" DROP CONSTRAINT "FK_352ad03be7990f46ae263af8349"`);
    await q.query(`ALTER TABLE "academy_completions" DROP CONSTRAINT "FK_f4acf8a396f76eff49e9c2cfe9f"`);
    await q.query(`ALTER TABLE "academy_completions" DROP CONSTRAINT "FK_9f0a4d7de7bd151d0a21fd24ebc"`);
    await q.query(`ALTER TABLE "academy_module_passes" DROP CONSTRAINT "FK_dd3ff48037cc6dfc215d25a8b22"`);
    await q.query(`ALTER TABLE "academy_module_passes" DROP CONSTRAINT "FK_04d0ab1814d67218fb0ffd8a8d0"`);
    await q.query(`ALTER TABLE "academy_attempts" DROP CONSTRAINT "FK_1d7a9ce779298bf33a4c588660c"`);
    await q.query(`ALTER TABLE "academy_attempts" DROP CONSTRAINT "FK_572ab140fbc5b3d3f6803f854af"`);
    await q.query(`ALTER TABLE "academy_questions" DROP CONSTRAINT "FK_adb370955a5e75fc8f88e5ab44c"`);
    await q.query(`ALTER TABLE "academy_modules" DROP CONSTRAINT "FK_1ce1a57c48ac506e9755ed4e68b"`);
    await q.query(`ALTER TABLE "academy_courses" DROP CONSTRAINT "FK_69e93d72e4c3893523a1b108542"`);
    await q.query(`DROP TABLE "programme_targets"`);
    await q.query(`DROP INDEX "public"."academy_completions_user_idx"`);
    await q.query(`DROP TABLE "academy_completions"`);
    await q.query(`DROP TABLE "academy_module_passes"`);
    await q.query(`DROP INDEX "public"."academy_attempts_user_idx"`);
    await q.query(`DROP TABLE "academy_attempts"`);
    await q.query(`DROP INDEX "public"."academy_questions_module_idx"`);
    await q.query(`DROP TABLE "academy_questions"`);
    await q.query(`DROP INDEX "public"."academy_modules_course_idx"`);
    await q.query(`DROP TABLE "academy_modules"`);
    await q.query(`DROP INDEX "public"."academy_courses_basic_key"`);
    await q.query(`DROP TABLE "academy_courses"`);
  }
}
