/** Who is asking: resolved once per request from the access token. */
export interface Viewer {
  id: string;
  sessionId: string;
  isPlatformAdmin: boolean;
}

export interface AccessTokenClaims {
  sub: string;
  sid: string;
}
