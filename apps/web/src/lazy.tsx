import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Loading } from './components/Status';
import { t } from './i18n';

/**
 * A screen whose code loads on first use, so a first visit does not pay for screens most visitors
 * never open (the initial-JS budget). A failed load (offline, a new deploy) offers a reload.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyScreen(props: P) {
    const [Screen, setScreen] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Screen) return;
      load().then(
        (component) => {
          loaded = component;
          setScreen(() => component);
        },
        () => setFailed(true),
      );
    }, []);
    if (Screen) return <Screen {...props} />;
    if (failed) {
      return (
        <p class="error" role="alert">
          {t('errors.network')}{' '}
          <button type="button" class="link-button" onClick={() => location.reload()}>
            {t('common.reload')}
          </button>
        </p>
      );
    }
    return <Loading />;
  };
}
