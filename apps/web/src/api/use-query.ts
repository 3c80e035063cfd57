import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '../store';
import { request } from './client';
import { session } from './session';
import { asApiError, type ApiError, type Document, type VariablesOf } from './transport';

export interface QueryState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
  /** Changes the data in place (after a mutation or a live event). */
  update: (change: (data: T) => T) => void;
}

interface Load {
  key: string;
  /** Who it runs as: a user id, 'anon', or null while the session is still being restored. */
  viewer: string | null;
  generation: number;
}

/**
 * Runs `load` when the component mounts, when `key` changes, and when the user logs in or out (what
 * a viewer may see differs). It starts at once, even while the session is being restored: requests
 * wait for the restore themselves, so the page's data does not queue behind it. While it reloads for
 * another viewer, the old data stays on screen.
 */
export function useLoader<T>(key: string, load: () => Promise<T>): QueryState<T> {
  const state = useStore(session);
  const viewer = state.status === 'signedIn' ? state.user.id : state.status === 'anonymous' ? 'anon' : null;
  const [result, setResult] = useState<{ load: Load | null; data: T | null; error: ApiError | null }>({
    load: null,
    data: null,
    error: null,
  });
  const [generation, setGeneration] = useState(0);
  const current = useRef<Load | null>(null);

  useEffect(() => {
    const running = current.current;
    // Started while the session was being restored: it ran as whoever that turned out to be.
    if (running && running.key === key && running.generation === generation && (running.viewer === viewer || running.viewer === null)) {
      running.viewer = viewer;
      return;
    }
    const mine: Load = { key, viewer, generation };
    current.current = mine;
    load().then(
      (data) => current.current === mine && setResult({ load: mine, data, error: null }),
      (e: unknown) => current.current === mine && setResult({ load: mine, data: null, error: asApiError(e) }),
    );
  }, [key, viewer, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const update = useCallback((change: (data: T) => T) => {
    setResult((r) => (r.data && r.load?.key === current.current?.key ? { ...r, data: change(r.data) } : r));
  }, []);
  const fresh = result.load !== null && result.load === current.current;
  const sameThing = result.load?.key === key;
  return { data: sameThing ? result.data : null, error: fresh ? result.error : null, loading: !fresh, reload, update };
}

/** Runs a generated query document (see useLoader); the answer's type comes from the document. */
export function useQuery<T, V>(document: Document<T, V>, ...args: VariablesOf<V>): QueryState<T> {
  return useLoader(`${document.toString()}|${JSON.stringify(args[0] ?? {})}`, () => request(document, ...args));
}
