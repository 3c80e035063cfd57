import { LoggerService } from '@nestjs/common';
import pino from 'pino';
import { textLine } from './text-format';

export type LogFormat = 'text' | 'json';

/**
 * LOG_FORMAT: `json` is one JSON object a line with request ids (for a log collector; the default with
 * NODE_ENV=production); `text` (the default elsewhere) is for a person at a console: the start lines
 * (apps/api/src/start-lines.ts), then warnings and errors as readable lines. An unknown value is
 * refused by loadConfig; here it falls back to json, so nothing is ever lost.
 */
export function logFormatFrom(env: NodeJS.ProcessEnv): LogFormat {
  const raw = (env.LOG_FORMAT ?? '').trim().toLowerCase();
  if (raw === 'text') return 'text';
  if (raw === 'json' || raw !== '' || env.NODE_ENV === 'production') return 'json';
  return 'text';
}

export const logFormat: LogFormat = logFormatFrom(process.env);

/**
 * Quiet in tests unless LOG_LEVEL says otherwise. In text the default is `warn`: a request log line per
 * click helps nobody at a console (LOG_LEVEL=info shows them, readable); JSON keeps `info`.
 */
const level = process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' ? 'silent' : logFormat === 'text' ? 'warn' : 'info');

/** pino writes JSON; in text each line is rewritten on its way to stdout (sync, like pino's own stdout). */
const destination = logFormat === 'text' ? { write: (line: string) => void process.stdout.write(textLine(line)) } : undefined;

export const logger = pino(
  {
    level,
    base: { service: 'waardenet-api' },
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  },
  destination,
);

/** Routes Nest's own log lines into pino. */
export class PinoNestLogger implements LoggerService {
  log(message: unknown, context?: string) {
    logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    logger.trace({ context }, String(message));
  }
}
