import { badInput } from '@waardenet/core';
import { BREACHED_PASSWORDS_TEXT } from './breached-passwords';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

let breached: Set<string> | undefined;

/** Whether a password is on the shipped list of common, leaked passwords (compared in lower case, as the list is). */
export function isBreachedPassword(password: string): boolean {
  breached ??= new Set(BREACHED_PASSWORDS_TEXT.split(/\s+/).filter(Boolean));
  return breached.has(password.toLowerCase());
}

/**
 * The rules for a new password, at register, reset and change: at least 10 characters (counted as
 * people see them), and not one of the common passwords attackers try first. Refused with
 * BAD_USER_INPUT, a stable reason and the field, as the validation pipe words its refusals.
 */
export function assertAcceptablePassword(password: string, field: string): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    const message = `must be at least ${PASSWORD_MIN_LENGTH} characters long`;
    throw badInput(`${field}: ${message}`, { reason: 'PASSWORD_TOO_SHORT', min: PASSWORD_MIN_LENGTH, fields: { [field]: [message] } });
  }
  if (length > PASSWORD_MAX_LENGTH) {
    const message = `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
    throw badInput(`${field}: ${message}`, { reason: 'PASSWORD_TOO_LONG', max: PASSWORD_MAX_LENGTH, fields: { [field]: [message] } });
  }
  if (isBreachedPassword(password)) {
    const message = 'is one of the most common passwords, which attackers try first; choose another';
    throw badInput(`${field}: ${message}`, { reason: 'PASSWORD_BREACHED', fields: { [field]: [message] } });
  }
}
