import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';

interface Props {
  title: string;
  /** The confirming button's text ("Verwijderen"). */
  confirm: string;
  busy?: boolean;
  children?: ComponentChildren;
  /** Called with true when confirmed, false when cancelled (button, Escape). */
  close(confirmed: boolean): void;
}

/**
 * "Are you sure?" as a modal <dialog>: the browser keeps the focus inside and closes it on Escape.
 * The focus starts on "cancel", so Enter on a wrong key press does not confirm by accident.
 */
export function ConfirmDialog({ title, confirm, busy = false, children, close }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const titleId = useRef(`confirm-${Math.random().toString(36).slice(2)}`).current;
  useEffect(() => {
    const d = dialog.current;
    if (!d) return undefined;
    if (!d.open) d.showModal();
    cancelButton.current?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      close(false);
    };
    d.addEventListener('cancel', onCancel);
    return () => d.removeEventListener('cancel', onCancel);
  }, []);
  return (
    <dialog ref={dialog} class="dialog" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children}
      <p class="actions">
        <button ref={cancelButton} type="button" class="secondary" onClick={() => close(false)}>
          {t('mod.cancel')}
        </button>{' '}
        <button type="button" class="danger" disabled={busy} onClick={() => close(true)}>
          {confirm}
        </button>
      </p>
    </dialog>
  );
}
