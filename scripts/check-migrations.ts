/**
 * Fails when the entities and the migrations disagree: applies every migration to a fresh database,
 * then asks TypeORM what it would still change. With --write NAME it writes those changes as a new migration.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createDatabase, dataSourceOptions, dropDatabase, startDatabaseServer } from '@waardenet/core';
import { ENTITIES } from '../apps/api/src/entities';
import { MIGRATIONS } from '../migrations';

async function main() {
  const writeIndex = process.argv.indexOf('--write');
  const name = writeIndex >= 0 ? process.argv[writeIndex + 1] : undefined;
  if (writeIndex >= 0 && !/^[A-Z][A-Za-z0-9]+$/.test(name ?? '')) throw new Error('usage: --write MigrationNameInPascalCase');
  const server = await startDatabaseServer('tooling-pg', 54331);
  const dbName = `wn_migcheck_${process.pid}`;
  const url = await createDatabase(server.adminUrl, dbName);
  const ds = new DataSource({ ...dataSourceOptions(url, ENTITIES, { migrations: MIGRATIONS }), logging: false });
  try {
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    const { upQueries, downQueries } = await ds.driver.createSchemaBuilder().log();
    if (name) {
      if (!upQueries.length) return console.warn('Entities and migrations agree: nothing to write.');
      const stamp = Date.now();
      const esc = (q: string) => q.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
      const file = join(__dirname, '../migrations', `${stamp}-${name}.ts`);
      writeFileSync(
        file,
        `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${stamp} implements MigrationInterface {\n` +
          `  name = '${name}${stamp}';\n\n  public async up(q: QueryRunner): Promise<void> {\n` +
          upQueries.map((u) => `    await q.query(\`${esc(u.query)}\`);\n`).join('') +
          `  }\n\n  public async down(q: QueryRunner): Promise<void> {\n` +
          downQueries
            .reverse()
            .map((d) => `    await q.query(\`${esc(d.query)}\`);\n`)
            .join('') +
          `  }\n}\n`,
      );
      console.warn(`Wrote ${file}; add it to migrations/index.ts.`);
    } else if (upQueries.length) {
      console.error('The entities and the migrations disagree. TypeORM would still run:');
      for (const q of upQueries) console.error(`  ${q.query}`);
      console.error('Generate a migration with: npm run migration:generate -- <Name>');
      process.exitCode = 1;
    } else {
      console.warn('migrations:check ok: the entities and the migrations agree.');
    }
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await dropDatabase(server.adminUrl, dbName);
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
