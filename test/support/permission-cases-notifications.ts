import type { Attempt, PermissionWorld } from './permission-cases';

/** How each notifications operation of docs/permissions.md is tried (see FOUNDATION_CASES). */
export const NOTIFICATIONS_CASES: Record<string, (w: PermissionWorld) => Promise<Attempt>> = {};
