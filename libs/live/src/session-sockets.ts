import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { WebSocket } from 'ws';
import { logger } from '@waardenet/core';
import { PUBSUB, PubSubEngine } from '@waardenet/live/channels';
import { SESSIONS_ENDED_CHANNEL, SessionsEnded } from '@waardenet/accounts';

/**
 * The open graphql-ws sockets of each session on this instance. When sessions end anywhere (a
 * logout, revokeSession, logoutEverywhere, a password reset or change: TokensService announces it on
 * SESSIONS_ENDED_CHANNEL, through Redis when there are several instances), their sockets here are
 * closed with 4403: the client tries to refresh, which fails, and it signs out.
 */
@Injectable()
export class SessionSockets implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly bySession = new Map<string, Set<WebSocket>>();
  private stop?: () => Promise<void>;

  constructor(@Inject(PUBSUB) private readonly pubsub: PubSubEngine) {}

  async onApplicationBootstrap(): Promise<void> {
    this.stop = await this.pubsub.subscribe(SESSIONS_ENDED_CHANNEL, (raw) => {
      try {
        this.closeSessions((JSON.parse(raw) as SessionsEnded).sessionIds);
      } catch (err) {
        logger.warn({ err }, 'live: unreadable sessions-ended message');
      }
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop?.();
  }

  /** Remembers an authenticated socket under its session until it closes. */
  track(sessionId: string, socket: WebSocket): void {
    let sockets = this.bySession.get(sessionId);
    if (!sockets) this.bySession.set(sessionId, (sockets = new Set()));
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      if (!sockets.size && this.bySession.get(sessionId) === sockets) this.bySession.delete(sessionId);
    });
  }

  closeSessions(sessionIds: string[]): void {
    for (const id of sessionIds) {
      for (const socket of this.bySession.get(id) ?? []) socket.close(4403, 'Session ended');
    }
  }
}
