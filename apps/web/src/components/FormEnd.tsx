import type { ApiError } from '../api/transport';
import { FormFailure } from './Status';

/**
 * A form's end: its failure (FormFailure), the submit button (off while busy) and, when the form has one, the live
 * notice that says it went through (a role="status" paragraph that is always there, so screen readers hear it change).
 */
export function FormEnd({
  failure,
  busy,
  label,
  notice,
}: {
  failure: string | ApiError | null | undefined;
  busy: boolean;
  label: string;
  notice?: string | null;
}) {
  return (
    <>
      <FormFailure failure={failure} />
      <p class="actions">
        <button type="submit" disabled={busy}>
          {label}
        </button>
      </p>
      {notice === undefined ? null : (
        <p role="status" class="notice">
          {notice}
        </p>
      )}
    </>
  );
}
