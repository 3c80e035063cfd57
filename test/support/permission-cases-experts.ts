import type { Attempt, PermissionWorld } from './permission-cases';

/** How each experts operation of docs/permissions.md is tried (see FOUNDATION_CASES). */
export const EXPERTS_CASES: Record<string, (w: PermissionWorld) => Promise<Attempt>> = {};
