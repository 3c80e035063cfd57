import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A control that loads on first use and shows nothing until then (no "loading" per post): the
 * authors' and moderators' tools under posts stay out of what every reader downloads first.
 */
function quietLazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  return function QuietLazy(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (Component) return;
      loading ??= load();
      loading.then(
        (c) => {
          loaded = c;
          setComponent(() => c);
        },
        () => {
          loading = null;
        },
      );
    }, []);
    return Component ? <Component {...props} /> : null;
  };
}

export const PostTools = quietLazy(() => import('./PostTools').then((m) => m.PostTools));
export const ThreadTools = quietLazy(() => import('./ThreadTools').then((m) => m.ThreadTools));
export const ItemLinkTools = quietLazy(() => import('./ItemLinkTools').then((m) => m.ItemLinkTools));
export const SyndicationPanel = quietLazy(() => import('./SyndicationPanel').then((m) => m.SyndicationPanel));
