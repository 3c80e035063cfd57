import type { Attempt, PermissionWorld } from './permission-cases';

/** How each network operation of docs/permissions.md is tried (see FOUNDATION_CASES). */
export const NETWORK_CASES: Record<string, (w: PermissionWorld) => Promise<Attempt>> = {};
