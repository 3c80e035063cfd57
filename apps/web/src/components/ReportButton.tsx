import { useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import { lazyScreen } from '../lazy';

// The form loads on first use: most readers never report anything.
const ReportDialog = lazyScreen(() => import('./ReportDialog').then((m) => m.ReportDialog));

/** "Report" under someone else's post: opens a small dialog for the reason; afterwards says it was reported. */
export function ReportButton({ postId, authorName }: { postId: string; authorName: string }) {
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const done = useRef<HTMLSpanElement>(null);

  const close = (reported: boolean) => {
    setOpen(false);
    if (reported) {
      setSent(true);
      // The button is gone: the focus goes to what took its place.
      setTimeout(() => done.current?.focus(), 0);
    } else {
      setTimeout(() => trigger.current?.focus(), 0);
    }
  };

  if (sent) {
    return (
      <p class="report">
        <span ref={done} tabIndex={-1} class="muted">
          {t('post.reported')}
        </span>
      </p>
    );
  }
  return (
    <div class="report">
      <button
        ref={trigger}
        type="button"
        class="link-button"
        aria-haspopup="dialog"
        aria-label={t('post.reportLabel', { name: authorName })}
        onClick={() => setOpen(true)}
      >
        {t('post.report')}
      </button>
      {open ? <ReportDialog postId={postId} authorName={authorName} close={close} /> : null}
    </div>
  );
}
