import type { NextFunction, Request, Response } from 'express';
import { GRAPHQL_LIMITS } from './graphql-limits';

/**
 * Refuses a GraphQL document over GRAPHQL_LIMITS.maxCharacters before it is parsed: HTTP 400, code
 * BAD_REQUEST (the body itself is capped at 1 MB by the body parser, with 413).
 */
export function documentSizeLimit(maxCharacters: number = GRAPHQL_LIMITS.maxCharacters) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const body = req.body as { query?: unknown } | undefined;
    const query = typeof body?.query === 'string' ? body.query : typeof req.query?.query === 'string' ? req.query.query : undefined;
    if (query === undefined || query.length <= maxCharacters) return next();
    res.status(400).json({
      errors: [
        {
          message: `The GraphQL document has ${query.length} characters; at most ${maxCharacters} are accepted.`,
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  };
}
