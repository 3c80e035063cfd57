import { DEFAULT_LANGUAGE, Language, languageOf } from './localize';

/** The language each error of a request is to be told in, set as Apollo reports the errors and read as it formats them. */
const languages = new WeakMap<object, Language>();

/** The language formatError should use for `error` (Dutch for an error Apollo met before the request was read). */
export function languageOfError(error: unknown): Language {
  return (typeof error === 'object' && error && languages.get(error)) || DEFAULT_LANGUAGE;
}

interface ErrorsContext {
  request: { http?: { headers: { get(name: string): string | null | undefined } } };
  errors?: readonly unknown[];
}

/**
 * An Apollo Server plugin: Apollo's formatError is given the error but not the request, so each
 * error is marked with its request's Accept-Language (didEncounterErrors runs just before the
 * errors are formatted, with the same error objects).
 */
export function errorLanguagePlugin() {
  const mark = (rc: ErrorsContext, errors: readonly unknown[] | undefined) => {
    const lang = languageOf(rc.request.http?.headers.get('accept-language'));
    for (const e of errors ?? []) if (typeof e === 'object' && e) languages.set(e, lang);
  };
  return {
    requestDidStart: async () => ({
      didEncounterErrors: async (rc: ErrorsContext) => mark(rc, rc.errors),
      didEncounterSubsequentErrors: async (rc: ErrorsContext, errors: readonly unknown[]) => mark(rc, errors),
    }),
  };
}
