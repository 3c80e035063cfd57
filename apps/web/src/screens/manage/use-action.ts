import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import { asApiError, type ApiError, type Document } from '../../api/transport';
import { announce } from '../../components/Announcer';
import { createStore } from '../../store';

/** Counts up after every moderation task done here: the manage tabs' counts are read again. */
export const workDone = createStore(0);

/** `request` with the variables as one argument, whatever the document's variables are. */
const postAs = <T, V>(mutation: Document<T, V>, variables: V) => (request as (d: Document<T, V>, v: V) => Promise<T>)(mutation, variables);

/** Runs one mutation at a time for a list of moderation tasks: which one is busy, the last error, then `done`. */
export function useAction() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async <T, V>(key: string, mutation: Document<T, V>, variables: V, notice: string, done: () => void): Promise<boolean> => {
    setBusy(key);
    setError(null);
    try {
      await postAs(mutation, variables);
      announce(notice);
      done();
      workDone.set(workDone.get() + 1);
      return true;
    } catch (e) {
      setError(asApiError(e));
      return false;
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, run };
}
