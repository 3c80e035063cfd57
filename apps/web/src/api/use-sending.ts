import { useState } from 'preact/hooks';
import { asApiError, type ApiError } from './transport';

/**
 * A form's sending: `send(work)` marks it busy while `work` runs and keeps the server's refusal as `failure`
 * (cleared at each try; `setFailure(null)` clears it when the form's own check stops a try). Resolves to whether
 * `work` went through.
 */
export function useSending() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const send = async (work: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
      return true;
    } catch (e) {
      setFailure(asApiError(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, setFailure, send };
}
