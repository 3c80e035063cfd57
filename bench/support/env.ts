/**
 * Imported first by the bench, before anything that reads the environment at load time (the pino
 * logger reads LOG_LEVEL when it is created). Production-like by default; every value can be
 * overridden from the shell, e.g. `LOG_LEVEL=info npm run bench:read` to include request logging.
 */
process.env.NODE_ENV ??= 'production';
// Per-request access logs at 'info' would print one JSON line per request to this terminal.
process.env.LOG_LEVEL ??= 'warn';

export {};
