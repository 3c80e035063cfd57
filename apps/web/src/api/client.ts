import { currentAccessToken, peekAccessToken, refreshSession } from './session';
import { ApiError, postGraphql, type Document, type VariablesOf } from './transport';

/**
 * A query or mutation as the current user. When the server answers UNAUTHENTICATED to a token it
 * sent, the session is refreshed and the request is sent once more (anonymously if the session ended).
 */
export async function request<T, V>(document: Document<T, V>, ...[variables]: VariablesOf<V>): Promise<T> {
  const token = await currentAccessToken();
  try {
    return await postGraphql(document, variables, { token });
  } catch (e) {
    if (!(e instanceof ApiError) || e.code !== 'UNAUTHENTICATED' || !token) throw e;
    if (peekAccessToken() === token) await refreshSession();
    return postGraphql(document, variables, { token: peekAccessToken() });
  }
}
