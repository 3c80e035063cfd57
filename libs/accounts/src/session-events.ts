/**
 * Not logged: tells every api instance that sessions ended (logout, revokeSession, logoutEverywhere,
 * a password reset or change), so each closes those sessions' graphql-ws sockets (libs/live
 * SessionSockets). One channel for all: sessions end rarely, and every instance listens once.
 * Message: `{"sessionIds": [...]}`.
 */
export const SESSIONS_ENDED_CHANNEL = 'sessions:ended';

export interface SessionsEnded {
  sessionIds: string[];
}
