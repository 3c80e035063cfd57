export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

import { IntrinsicException } from '@nestjs/common';

/**
 * A domain error: its message is written for people, its code goes to `extensions.code`.
 * An IntrinsicException, so Nest does not log an expected refusal as a server error.
 */
export class AppError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** The stable `extensions.reason` (reasons.ts); the formatter gives one per code to an error thrown without. */
  get reason(): string | undefined {
    return typeof this.extensions.reason === 'string' ? this.extensions.reason : undefined;
  }
}

export const badInput = (message: string, extensions?: Record<string, unknown>) => new AppError('BAD_USER_INPUT', message, extensions);
export const unauthenticated = (message = 'You need to log in to do this.', extensions?: Record<string, unknown>) =>
  new AppError('UNAUTHENTICATED', message, extensions);
export const forbidden = (message = 'You are not allowed to do this.', extensions?: Record<string, unknown>) =>
  new AppError('FORBIDDEN', message, extensions);
export const notFound = (what: string, extensions?: Record<string, unknown>) =>
  new AppError('NOT_FOUND', `${what} was not found.`, extensions);
export const conflict = (message: string, extensions?: Record<string, unknown>) => new AppError('CONFLICT', message, extensions);
