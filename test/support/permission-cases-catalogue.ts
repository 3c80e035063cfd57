import type { Attempt, PermissionWorld } from './permission-cases';

/** How each catalogue operation of docs/permissions.md is tried (see FOUNDATION_CASES). */
export const CATALOGUE_CASES: Record<string, (w: PermissionWorld) => Promise<Attempt>> = {};
