/** Who is asking: resolved once per request from the access token. */
export interface Viewer {
  id: string;
  sessionId: string;
  isPlatformAdmin: boolean;
  /**
   * Suspended by a platform admin (and the suspension has not run out): may only read public content,
   * and every mutation but logging out is refused. A suspended platform admin is not an admin meanwhile.
   */
  suspended?: boolean;
}

export interface AccessTokenClaims {
  sub: string;
  sid: string;
}
