import type { ComponentChildren } from 'preact';

interface Common {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  maxLength?: number;
  hint?: string;
  error?: string | null;
}

interface Props extends Common {
  /** date and datetime-local: the browser's picker, the value as YYYY-MM-DD or YYYY-MM-DDTHH:mm. */
  type?: 'text' | 'email' | 'password' | 'date' | 'datetime-local';
  /** The earliest value a date field offers. */
  min?: string;
  autoComplete?: string;
}

/** The ids of a field's hint and error, for its aria-describedby (undefined when it has neither). */
const describedBy = (id: string, hint?: string, error?: string | null) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** Label, hint, the control, and the error under it: what every field here looks like. */
function Frame({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  children: ComponentChildren;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A labelled input whose hint and error are tied to it (aria-describedby), marked invalid when in error: the one field
 * for text, e-mail addresses, passwords, dates and date-times (event times, ban and suspension end dates, validity).
 */
export function TextField({ id, label, value, onInput, type = 'text', min, maxLength, autoComplete, hint, error }: Props) {
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={id}
        // A union of input types is more than Preact's per-type attribute sets accept in one element (tsc needs the
        // assertion; the lint rule misreads the union's contextual type as accepting it).
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
        type={type as 'text'}
        value={value}
        min={min}
        maxLength={maxLength}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </Frame>
  );
}

/** TextField's counterpart for longer text (a description, a first post, a welcome text): a textarea of `rows` lines. */
export function TextAreaField({ id, label, value, onInput, rows, maxLength, hint, error }: Common & { rows?: number }) {
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        rows={rows}
        value={value}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </Frame>
  );
}
