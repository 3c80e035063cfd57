/**
 * Imported before ./env by the benches that measure the api as the README's production set-up runs it
 * (Dockerfile, docker-compose.yml): NODE_ENV=production and no LOG_LEVEL, so the logger's default,
 * `info`, with one access-log line per request on stdout. Either can still be set from the shell.
 */
process.env.NODE_ENV ??= 'production';
process.env.LOG_LEVEL ??= 'info';

export {};
