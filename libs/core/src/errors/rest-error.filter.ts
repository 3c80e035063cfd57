import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { logger } from '../logging/logger';
import { AppError, ErrorCode } from './app-error';
import { formatError } from './format-error';
import { languageOf } from './localize';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/** REST endpoints (imports, CSV downloads) answer errors as JSON `{code, message}` with the codes GraphQL uses; nothing internal leaks. */
@Catch()
export class RestErrorFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return;
    // The handler may have set another content type (a CSV download): an error is JSON all the same.
    const send = (status: number, body: Record<string, unknown>) => res.status(status).type('application/json').send(JSON.stringify(body));
    if (error instanceof AppError) {
      // The same mapper as GraphQL's: the reason and its message in the request's language.
      const lang = languageOf(host.switchToHttp().getRequest<Request>().headers['accept-language']);
      const { message, extensions } = formatError({ message: error.message }, error, (e) => logger.error({ err: e }, 'error reason'), lang);
      send(STATUS[error.code], { ...extensions, code: error.code, message });
    } else if (error instanceof HttpException && error.getStatus() < 500) {
      send(error.getStatus(), { code: error.getStatus() === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT', message: error.message });
    } else {
      logger.error({ err: error }, 'unexpected error in a REST request');
      send(500, { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side.' });
    }
  }
}
