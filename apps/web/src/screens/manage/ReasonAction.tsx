import { useState } from 'preact/hooks';

interface Props {
  /** The field's id. */
  id: string;
  label: string;
  button: string;
  /** The button's accessible name, when its text alone would not say whom it concerns. */
  buttonLabel?: string;
  maxLength?: number;
  busy: boolean;
  act(reason: string): void;
}

/** An action that takes a reason (reject, revoke, ban): the field, then its button, usable once a reason is given. */
export function ReasonAction({ id, label, button, buttonLabel, maxLength, busy, act }: Props) {
  const [reason, setReason] = useState('');
  return (
    <>
      <div class="field">
        <label for={id}>{label}</label>
        <input id={id} maxLength={maxLength} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      </div>
      <p class="actions">
        <button
          type="button"
          class="secondary"
          aria-label={buttonLabel}
          disabled={busy || !reason.trim()}
          onClick={() => act(reason.trim())}
        >
          {button}
        </button>
      </p>
    </>
  );
}
