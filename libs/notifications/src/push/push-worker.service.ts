import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { generateRequestDetails } from 'web-push';
import { APP_CONFIG, AppConfig, BACKGROUND_SQL, logger, pushEndpointAllowed } from '@waardenet/core';
import { PUBSUB, PubSubEngine } from '@waardenet/live/channels';
import { NotificationKind } from '../notification-kind';
import { NotificationGate } from '../notification-gate';
import { pushPayload } from './push-payload';

/** Published after the commit of a transaction that queued pushes: every instance's worker then drains the outbox. */
export const PUSH_CHANNEL = 'push:outbox';

/** How long a claimed push may stay claimed before another worker takes it over (the instance died mid-send). */
export const PUSH_LEASE_MS = 2 * 60_000;

/** How long a push service keeps an undelivered push (seconds), and how long one request may take. */
const PUSH_TTL_SECONDS = 24 * 3600;
const REQUEST_TIMEOUT_MS = 15_000;
const BATCH = 20;

interface Claimed {
  id: string;
  notification_id: string;
  subscription_id: string;
  attempts: number;
  endpoint: string;
  p256dh: string;
  auth: string;
  kind: NotificationKind;
  thread_id: string | null;
  thread_title: string | null;
  post_seq: number | null;
  locale: string;
}

/**
 * Sends the push outbox (Web Push, RFC 8030 with VAPID, RFC 8292, and aes128gcm payload encryption, RFC
 * 8291, done by the `web-push` package). Woken after the commit of every transaction that queued a push
 * (PUSH_CHANNEL, so with Redis any instance may send it) and every WEB_PUSH_POLL_MS for retries. A push is
 * claimed by one worker (FOR UPDATE SKIP LOCKED and a lease), checked against what its recipient may read
 * now (dropped if they may no longer read the thread), sent, and deleted. The push service's 404 or 410
 * (the browser unsubscribed) deletes the subscription; other failures retry with exponential backoff up
 * to WEB_PUSH_MAX_ATTEMPTS.
 */
@Injectable()
export class PushWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private running: Promise<number> | null = null;
  private again = false;
  private stopListening?: () => Promise<void>;

  constructor(
    private readonly db: DataSource,
    private readonly gate: NotificationGate,
    @Inject(PUBSUB) private readonly pubsub: PubSubEngine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.webPush.enabled) {
      logger.info('browser notifications are off (no VAPID keys)');
      return;
    }
    this.stopListening = await this.pubsub.subscribe(PUSH_CHANNEL, () => this.wake());
    // Also every WEB_PUSH_POLL_MS: retries that came due, and pushes whose wake-up was lost (an instance that died after the commit).
    this.timer = setInterval(() => this.wake(), this.config.webPush.pollMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.stopListening?.();
    await this.running?.catch(() => undefined);
  }

  private wake(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    void this.runOnce().catch((err) => logger.error({ err }, 'push outbox run failed'));
  }

  /** Sends everything due at `now`; returns the pushes the push services accepted. One run at a time per instance. */
  runOnce(now = new Date()): Promise<number> {
    const run = (this.running ?? Promise.resolve(0)).catch(() => 0).then(() => this.drain(now));
    this.running = run;
    void run
      .catch(() => undefined)
      .finally(() => {
        if (this.running !== run) return;
        this.running = null;
        if (this.again && this.timer) {
          this.again = false;
          this.wake();
        }
      });
    return run;
  }

  private async drain(now: Date): Promise<number> {
    let sent = 0;
    for (let rows = await this.claim(now); rows.length; rows = await this.claim(now)) {
      const visible = await this.gate.stillVisible([...new Set(rows.map((r) => r.notification_id))]);
      const results = await Promise.all(rows.map((row) => this.sendOne(row, visible.has(row.notification_id), now)));
      sent += results.filter(Boolean).length;
    }
    return sent;
  }

  private async claim(now: Date): Promise<Claimed[]> {
    const [rows]: [{ id: string }[], number] = await this.db.query(
      `${BACKGROUND_SQL} UPDATE push_outbox SET claimed_at = $1, attempts = attempts + 1
        WHERE id IN (SELECT id FROM push_outbox WHERE next_attempt_at <= $1 AND (claimed_at IS NULL OR claimed_at < $2)
                      ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [now, new Date(now.getTime() - PUSH_LEASE_MS)],
    );
    if (!rows.length) return [];
    return this.db
      .query(
        `${BACKGROUND_SQL} SELECT o.id, o.notification_id, o.subscription_id, o.attempts, s.endpoint, s.p256dh, s.auth, n.kind, n.thread_id,
              t.title AS thread_title, p.seq AS post_seq, coalesce(ns.locale, 'nl') AS locale
         FROM push_outbox o JOIN push_subscriptions s ON s.id = o.subscription_id JOIN notifications n ON n.id = o.notification_id
         LEFT JOIN threads t ON t.id = n.thread_id LEFT JOIN posts p ON p.id = n.post_id
         LEFT JOIN notification_settings ns ON ns.user_id = n.recipient_id
        WHERE o.id = ANY($1) AND s.user_id = n.recipient_id`,
        [rows.map((r) => r.id)],
      )
      .then(async (found: Claimed[]) => {
        // A row whose subscription now belongs to someone else (the browser signed in as another account) is dropped.
        const lost = rows.filter((r) => !found.some((f) => f.id === r.id)).map((r) => r.id);
        if (lost.length) await this.db.query(`${BACKGROUND_SQL} DELETE FROM push_outbox WHERE id = ANY($1)`, [lost]);
        return found;
      });
  }

  /** Sends one push; true when the push service took it. */
  private async sendOne(row: Claimed, visible: boolean, now: Date): Promise<boolean> {
    const payload =
      visible && row.thread_id && row.thread_title !== null
        ? pushPayload(
            { id: row.notification_id, kind: row.kind, threadId: row.thread_id, threadTitle: row.thread_title, postSeq: row.post_seq },
            this.config.email.publicUrl,
            row.locale,
          )
        : null;
    const { publicKey, privateKey, subject } = this.config.webPush;
    if (!payload || !publicKey || !privateKey) return this.drop(row.id);
    if (!pushEndpointAllowed(this.config.webPush, row.endpoint)) {
      await this.db.query(`${BACKGROUND_SQL} DELETE FROM push_subscriptions WHERE id = $1`, [row.subscription_id]);
      return false;
    }
    let status: number;
    try {
      const request = generateRequestDetails(
        { endpoint: row.endpoint, keys: { p256dh: row.p256dh, auth: row.auth } },
        JSON.stringify(payload),
        {
          TTL: PUSH_TTL_SECONDS,
          contentEncoding: 'aes128gcm',
          urgency: row.kind === NotificationKind.MENTION ? 'high' : 'normal',
          vapidDetails: { subject, publicKey, privateKey },
        },
      );
      const response = await fetch(request.endpoint, {
        method: request.method,
        headers: request.headers as Record<string, string>,
        body: new Uint8Array(request.body),
        redirect: 'manual',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      status = response.status;
      await response.arrayBuffer().catch(() => undefined);
    } catch (err) {
      return this.failed(row, now, (err as Error).message);
    }
    if (status >= 200 && status < 300) {
      await this.drop(row.id);
      return true;
    }
    if (status === 404 || status === 410) {
      // The browser unsubscribed or the subscription expired: it never comes back.
      await this.db.query(`${BACKGROUND_SQL} DELETE FROM push_subscriptions WHERE id = $1`, [row.subscription_id]);
      return false;
    }
    // 400 and 413: this push will never be taken; anything else (429, 5xx, a redirect) may pass later.
    if (status === 400 || status === 413) return this.drop(row.id);
    return this.failed(row, now, `push service answered ${status}`);
  }

  private async drop(id: string): Promise<false> {
    await this.db.query(`${BACKGROUND_SQL} DELETE FROM push_outbox WHERE id = $1`, [id]);
    return false;
  }

  private async failed(row: Claimed, now: Date, error: string): Promise<false> {
    const last = row.attempts >= this.config.webPush.maxAttempts;
    logger.warn({ err: error, attempts: row.attempts, gaveUp: last }, 'push not sent');
    if (last) return this.drop(row.id);
    const retryAt = new Date(now.getTime() + this.config.webPush.retryMs * 2 ** (row.attempts - 1));
    await this.db.query(`${BACKGROUND_SQL} UPDATE push_outbox SET claimed_at = NULL, next_attempt_at = $2, last_error = $3 WHERE id = $1`, [
      row.id,
      retryAt,
      error.slice(0, 500),
    ]);
    return false;
  }
}
