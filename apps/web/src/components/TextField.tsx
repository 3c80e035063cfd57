interface Props {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  hint?: string;
  error?: string | null;
}

/** A labelled input whose hint and error are tied to it (aria-describedby), marked invalid when in error. */
export function TextField({ id, label, value, onInput, type = 'text', autoComplete, hint, error }: Props) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={id}
        // A union of input types is more than Preact's per-type attribute sets accept in one element (tsc needs the
        // assertion; the lint rule misreads the union's contextual type as accepting it).
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
        type={type as 'text'}
        value={value}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
