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
  // One table per domain below "## Operations", each with the same header.
  for (const headerLine of lines.filter((l) => l.startsWith('| operation'))) {
    const header = headerLine.split('|').slice(1, -1).map((c) => c.trim());
    if (ACTOR_COLUMNS.some((a, i) => header[i + 1] !== a)) {
      throw new Error(`docs/permissions.md: unexpected columns ${header.join(', ')}`);
    }
  }
  const rows = lines.filter((l) => !l.startsWith('| operation') && !l.startsWith('| ---'));
  return rows.map((line) => {
    const [operation, ...cells] = line.split('|').slice(1, -1).map((c) => c.trim());
    const row: PermissionRow = { operation, cells: {} };
    ACTOR_COLUMNS.forEach((actor, i) => {
      if (cells[i] !== '—') row.cells[actor] = cells[i];
    });
    return row;
  });
}
