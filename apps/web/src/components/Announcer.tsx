import { createStore, useStore } from '../store';

const message = createStore('');
let clearTimer: ReturnType<typeof setTimeout> | undefined;

/** Says `text` to screen-reader users without interrupting them (a polite live region). */
export function announce(text: string): void {
  // Empty first, so that the same words said twice are announced twice.
  message.set('');
  clearTimeout(clearTimer);
  setTimeout(() => message.set(text), 50);
  clearTimer = setTimeout(() => message.set(''), 10_000);
}

export function Announcer() {
  const text = useStore(message);
  return (
    <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {text}
    </div>
  );
}
