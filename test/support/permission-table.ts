import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ACTOR_COLUMNS = [
  'visitor',
  'user',
  'member',
  'author',
  'moderator',
  'staff',
  'other staff',
  'lib admin',
  'admin',
  'banned',
  'suspended',
] as const;
export type ActorName = (typeof ACTOR_COLUMNS)[number];

/**
 * A cell of the table (the grammar is at the top of docs/permissions.md): `yes`, `null`, `empty`,
 * `true`/`false` (a Boolean field's answer), or the error code (`extensions.code`, upper case) the
 * operation or field fails with.
 */
export type Cell = 'yes' | 'null' | 'empty' | 'true' | 'false' | Uppercase<string>;
const CELL = /^(yes|null|empty|true|false|[A-Z][A-Z_]*[A-Z])$/;

export interface PermissionRow {
  /** An operation (a mutation or query tried one way), or a field as `Type.field`. */
  operation: string;
  cells: Partial<Record<ActorName, Cell>>;
}

export const isErrorCell = (cell: Cell): boolean => !['yes', 'null', 'empty', 'true', 'false'].includes(cell);

/** Reads the operations table of docs/permissions.md: one row per operation, one cell per actor. */
export function readPermissionTable(file = join(__dirname, '../../docs/permissions.md')): PermissionRow[] {
  const text = readFileSync(file, 'utf8');
  // "## Operations" and its domain subsections (###), up to the next top-level section.
  const start = text.indexOf('\n## Operations');
  const end = text.indexOf('\n## ', start + 1);
  const section = text.slice(start, end < 0 ? undefined : end);
  const lines = section.split('\n').filter((l) => l.startsWith('|'));
  // One table per domain below "## Operations", each with the same header.
  for (const headerLine of lines.filter((l) => l.startsWith('| operation'))) {
    const header = headerLine
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (header.length !== ACTOR_COLUMNS.length + 1 || ACTOR_COLUMNS.some((a, i) => header[i + 1] !== a)) {
      throw new Error(`docs/permissions.md: unexpected columns ${header.join(', ')}`);
    }
  }
  const rows = lines.filter((l) => !l.startsWith('| operation') && !l.startsWith('| ---'));
  return rows.map((line) => {
    const [operation, ...cells] = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.length !== ACTOR_COLUMNS.length)
      throw new Error(`docs/permissions.md: ${operation} has ${cells.length} cells, not ${ACTOR_COLUMNS.length}`);
    const row: PermissionRow = { operation, cells: {} };
    ACTOR_COLUMNS.forEach((actor, i) => {
      if (cells[i] === '—') return;
      if (!CELL.test(cells[i]))
        throw new Error(
          `docs/permissions.md: ${operation}, ${actor}: "${cells[i]}" is not yes, null, empty, true, false, an error code or —`,
        );
      row.cells[actor] = cells[i] as Cell;
    });
    return row;
  });
}
