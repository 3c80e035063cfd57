import { randomInt } from 'node:crypto';

/** Without 0/O, 1/I/L: read off a sheet of paper without doubt. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const RECOVERY_CODE_COUNT = 10;

/** Ten characters (about 49 bits) shown as xxxxx-xxxxx. */
export function newRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`.toLowerCase();
}

/** The form that is hashed: case, spaces and dashes do not matter when it is typed back. */
export function normalizeRecoveryCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

/** Six digits (spaces allowed) is an authenticator code; anything else is tried as a recovery code. */
export function isAuthenticatorCode(raw: string): boolean {
  return /^\d{6}$/.test(raw.replace(/\s/g, ''));
}
