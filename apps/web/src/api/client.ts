import { currentAccessToken, peekAccessToken, refreshSession } from './session';
import { ApiError, postGraphql } from './transport';

/**
 * A query or mutation as the current user. When the server answers UNAUTHENTICATED to a token it
 * sent, the session is refreshed and the request is sent once more (anonymously if the session ended).
 */
export async function request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const token = await currentAccessToken();
  try {
    return await postGraphql<T>(query, variables, { token });
  } catch (e) {
    if (!(e instanceof ApiError) || e.code !== 'UNAUTHENTICATED' || !token) throw e;
    if (peekAccessToken() === token) await refreshSession();
    return postGraphql<T>(query, variables, { token: peekAccessToken() });
  }
}
