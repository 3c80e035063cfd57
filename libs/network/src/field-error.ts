import { badInput } from '@waardenet/core';

/** BAD_USER_INPUT about one field, shaped like the validation pipe's errors. */
export function fieldError(field: string, message: string) {
  return badInput(`${field}: ${message}`, { fields: { [field]: [message] } });
}

/** Whether a YYYY-MM-DD string names a real calendar day (the input pattern lets 2025-02-31 through). */
export function isRealDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** The constraint name of a unique violation, or null for any other error. */
export function uniqueViolation(error: unknown): string | null {
  const e = error as { code?: string; constraint?: string; driverError?: { constraint?: string } };
  return e?.code === '23505' ? (e.constraint ?? e.driverError?.constraint ?? '') : null;
}
