import { useEffect } from 'preact/hooks';

/** Once `ready`, brings the element named by the address's #fragment (a post a link pointed at) into view. */
export function useScrollToHash(ready: boolean): void {
  useEffect(() => {
    if (!ready || !location.hash) return;
    document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView({ block: 'start' });
  }, [ready]);
}
