import { badInput } from '../errors/app-error';

/** A reason given as a plain argument (a moderator's, a deletion's, a syndication decision's): trimmed, 1 to 500 characters (else BAD_USER_INPUT). */
export function reasonArg(reason: string | null | undefined, required: boolean, field = 'reason'): string | null {
  const value = typeof reason === 'string' ? reason.trim() : '';
  if (!value && !required && (reason === null || reason === undefined)) return null;
  if (value.length < 1 || value.length > 500) {
    throw badInput(`${field}: must be between 1 and 500 characters long`, {
      fields: { [field]: ['must be between 1 and 500 characters long'] },
    });
  }
  return value;
}
