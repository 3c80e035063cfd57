import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import { asApiError, type ApiError } from '../../api/transport';
import { announce } from '../../components/Announcer';

/** Runs one mutation at a time for a list of moderation tasks: which one is busy, the last error, then `done`. */
export function useAction() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (key: string, mutation: string, variables: Record<string, unknown>, notice: string, done: () => void): Promise<boolean> => {
    setBusy(key);
    setError(null);
    try {
      await request(mutation, variables);
      announce(notice);
      done();
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
