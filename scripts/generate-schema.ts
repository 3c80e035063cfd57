/**
 * Writes schema/schema.graphql from the resolvers, the way the running api builds it.
 * With --check it only compares, and fails when the committed file is out of date.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@waardenet/core';
import { printSchema } from 'graphql';
import { Test } from '@nestjs/testing';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AppModule } from '../apps/api/src/app.module';

const FILE = join(__dirname, '../schema/schema.graphql');

async function main() {
  const config = loadConfig({ ...process.env, JWT_SECRET: 'schema-generation-needs-no-real-secret-here' });
  // The database connection is never opened: retryAttempts 0 and manual init keep this offline.
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config, 'postgres://schema@127.0.0.1:1/none', { connect: false })],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  const sdl = `# Generated from the code by \`npm run schema:generate\`. Do not edit.\n\n${printSchema(app.get(GraphQLSchemaHost).schema)}\n`;
  await app.close();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(FILE, 'utf8');
    if (committed !== sdl) {
      console.error('schema/schema.graphql is out of date with the code. Run: npm run schema:generate, then commit it.');
      process.exit(1);
    }
    console.warn('schema:check ok: schema/schema.graphql matches the code.');
  } else {
    writeFileSync(FILE, sdl);
    console.warn(`wrote ${FILE}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
