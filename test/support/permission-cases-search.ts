import type { Attempt, PermissionWorld } from './permission-cases';

/** How each search operation of docs/permissions.md is tried (see FOUNDATION_CASES). */
export const SEARCH_CASES: Record<string, (w: PermissionWorld) => Promise<Attempt>> = {};
