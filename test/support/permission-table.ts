import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ACTOR_COLUMNS = ['visitor', 'user', 'member', 'author', 'moderator', 'staff', 'other staff', 'lib admin', 'admin', 'banned', 'suspended'] as const;
export type ActorName = (typeof ACTOR_COLUMNS)[number];

export interface PermissionRow {
  operation: string;
  cells: Partial<Record<ActorName, string>>;
}

/** Reads the operations table of docs/permissions.md: one row per operation, one cell per actor. */
export function readPermissionTable(file = join(__dirname, '../../docs/permissions.md')): PermissionRow[] {
  const text = readFileSync(file, 'utf8');
  const section = text.slice(text.indexOf('## Operations'));
  const lines = section.split('\n').filter((l) => l.startsWith('|'));
  const header = lines[0].split('|').slice(1, -1).map((c) => c.trim());
  if (header[0] !== 'operation' || ACTOR_COLUMNS.some((a, i) => header[i + 1] !== a)) {
    throw new Error(`docs/permissions.md: unexpected columns ${header.join(', ')}`);
  }
  return lines.slice(2).map((line) => {
    const [operation, ...cells] = line.split('|').slice(1, -1).map((c) => c.trim());
    const row: PermissionRow = { operation, cells: {} };
    ACTOR_COLUMNS.forEach((actor, i) => {
      if (cells[i] !== '—') row.cells[actor] = cells[i];
    });
    return row;
  });
}
