import type { TestUser } from './factories';
import type { ActorName } from './permission-table';
import type { PermissionWorld } from './permission-cases';

/** What a "yes" cell answered, for its case's check. */
export interface Outcome {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data: Record<string, any>;
  viewer: TestUser | null;
  actor: ActorName;
}

export interface Attempt {
  query: string;
  variables: Record<string, unknown>;
  /**
   * Required: how a "yes" shows. A mutation reads back what it wrote (a row, a column), a query or field
   * checks it answered the real value; it throws (fails the cell) when the call succeeded without effect.
   */
  verify: (outcome: Outcome) => unknown;
  /** For rows with `null` or `empty` cells: the field's value in the answer (`empty`: [] or a connection without edges). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  value?: (data: Record<string, any>) => unknown;
  /**
   * Changes the actors for this cell alone (e.g. their address unconfirmed), just before the digest is
   * taken, and puts it back after the digest is compared. Separate from the case itself, which other tests
   * also run (all cases at once) only to read its query.
   */
  before?: () => Promise<unknown>;
  after?: () => Promise<unknown>;
}

/** How an operation of the table is tried: fresh targets for each cell (made by the world's own users), then the attempt. */
export type Case = (w: PermissionWorld) => Promise<Attempt>;

/** The first column of the first row the SQL selects (a count, a state), or undefined when none. */
export async function sqlValue(w: PermissionWorld, text: string, params: unknown[] = []): Promise<unknown> {
  const [row] = await w.t.sql(text, params);
  return row ? Object.values(row)[0] : undefined;
}
