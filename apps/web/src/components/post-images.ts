import { currentAccessToken } from '../api/session';
import { t } from '../i18n';

/** The default rendition of an upload (`/media/<id>`), whatever size the srcset chose. */
const fullSize = (src: string) => /^(\/media\/[0-9a-f-]{36})/.exec(new URL(src, location.href).pathname)?.[1] ?? src;

let dialog: HTMLDialogElement | null = null;

/** One <dialog> for the whole page: the image at full size; Escape, the close button or a click closes it and focus goes back. */
function lightbox(src: string, alt: string): void {
  if (!dialog) {
    const made = document.createElement('dialog');
    made.className = 'lightbox';
    // A click on the backdrop (the dialog itself, outside the image and button) closes it.
    made.addEventListener('click', (e) => e.target === made && made.close());
    document.body.append(made);
    dialog = made;
  }
  const img = document.createElement('img');
  img.src = src;
  img.alt = alt;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'lightbox-close';
  close.textContent = t('image.close');
  close.addEventListener('click', () => dialog?.close());
  dialog.setAttribute('aria-label', alt || t('image.enlarged'));
  dialog.replaceChildren(close, img);
  dialog.showModal();
  close.focus();
}

/** Loads an upload the browser could not fetch alone (a private community's: it sends no token) with the access token; the blob: URL it shows, or null. */
export async function loadWithToken(img: HTMLImageElement, src: string): Promise<string | null> {
  const token = await currentAccessToken();
  if (!token) return null;
  const res = await fetch(src, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) return null;
  const url = URL.createObjectURL(await res.blob());
  img.removeAttribute('srcset');
  img.src = url;
  return url;
}

/**
 * Makes a post's images open larger: each becomes the content of a button (keyboard and screen readers reach it;
 * its name says what opening does). An image of a private community does not load as a plain <img> (the browser
 * sends no token): on its error it is fetched once with the access token and shown from a blob: URL.
 */
export function enhancePostImages(body: HTMLElement): void {
  for (const img of Array.from(body.querySelectorAll<HTMLImageElement>('img[src^="/media/"]'))) {
    if (img.parentElement?.classList.contains('image-open')) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'image-open';
    button.setAttribute('aria-label', t('image.open', { alt: img.alt }));
    img.replaceWith(button);
    button.append(img);
    let full = fullSize(img.src);
    button.addEventListener('click', () => lightbox(full, img.alt));
    const retry = () => {
      void loadWithToken(img, full).then((url) => {
        if (url) full = url;
      });
    };
    // It may have failed already, before this module loaded.
    if (img.complete && img.naturalWidth === 0 && img.src.startsWith(location.origin)) retry();
    else img.addEventListener('error', retry, { once: true });
  }
}
