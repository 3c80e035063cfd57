import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, logger } from '@waardenet/core';
import { NotificationGate } from '../notification-gate';
import { composeDigest } from './mail-composer';
import { OutboxState } from './email-outbox.entity';

interface OutboxRow {
  id: string;
  recipient_id: string;
  to_address: string;
  subject: string;
  text: string;
  notification_id: string;
  digest_day: string | null;
  attempts: number;
}

const BATCH = 20;
const RETURNING = 'RETURNING id, recipient_id, to_address, subject, text, notification_id, digest_day::text AS digest_day, attempts';

/**
 * Sends the email outbox. Each instance polls; a row is claimed (PENDING → SENDING, in one short
 * statement with FOR UPDATE SKIP LOCKED) by exactly one instance, sent, then marked SENT. A failure goes
 * back to PENDING with an exponential backoff, and to FAILED after the last attempt. A row whose sending
 * was interrupted (the process died mid-send) stays SENDING: we prefer a lost mail to a doubled one.
 */
@Injectable()
export class EmailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private transport?: Transporter;
  private timer?: NodeJS.Timeout;
  private running: Promise<number> | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly gate: NotificationGate,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return !!this.config.email.smtpUrl;
  }

  onApplicationBootstrap(): void {
    if (!this.config.email.smtpUrl) {
      logger.info('email is off (SMTP_URL unset)');
      return;
    }
    this.transport = createTransport(this.config.email.smtpUrl);
    logger.info({ pollMs: this.config.email.pollMs }, 'email on: sending the outbox');
    // A tick while a run is still going is skipped, so runs never pile up behind a slow SMTP server.
    this.timer = setInterval(() => {
      if (!this.running) void this.runOnce().catch((err) => logger.error({ err }, 'email outbox run failed'));
    }, this.config.email.pollMs);
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
    this.transport?.close();
  }

  /** Sends everything due at `now` (tests pass a later time to reach a digest hour); returns the mails sent. */
  runOnce(now = new Date()): Promise<number> {
    if (!this.transport) return Promise.resolve(0);
    // One run at a time per instance: a call during a run starts after it.
    const run = (this.running ?? Promise.resolve(0)).catch(() => 0).then(() => this.drain(now));
    this.running = run;
    void run.catch(() => undefined).finally(() => {
      if (this.running === run) this.running = null;
    });
    return run;
  }

  private async drain(now: Date): Promise<number> {
    let sent = 0;
    for (let rows = await this.claimSingles(now); rows.length; rows = await this.claimSingles(now)) {
      for (const row of rows) sent += await this.send([row], now);
    }
    for (let rows = await this.claimDigest(now); rows.length; rows = await this.claimDigest(now)) sent += await this.send(rows, now);
    return sent;
  }

  private async claimSingles(now: Date): Promise<OutboxRow[]> {
    const [rows] = await this.db.query(
      `UPDATE email_outbox SET state = 'SENDING', attempts = attempts + 1
        WHERE id IN (SELECT id FROM email_outbox WHERE state = 'PENDING' AND digest_day IS NULL AND next_attempt_at <= $1
                      ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
        ${RETURNING}`,
      [now],
    );
    return rows;
  }

  /** All due digest rows of one user, claimed together under that user's settings row lock, so a digest is never split. */
  private claimDigest(now: Date): Promise<OutboxRow[]> {
    return this.db.transaction(async (em) => {
      const [owner]: { user_id: string }[] = await em.query(
        `SELECT user_id FROM notification_settings WHERE user_id IN (
           SELECT recipient_id FROM email_outbox WHERE state = 'PENDING' AND digest_day IS NOT NULL AND next_attempt_at <= $1)
         LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [now],
      );
      if (!owner) return [];
      const [rows] = await em.query(
        `UPDATE email_outbox SET state = 'SENDING', attempts = attempts + 1
          WHERE recipient_id = $1 AND state = 'PENDING' AND digest_day IS NOT NULL AND next_attempt_at <= $2 ${RETURNING}`,
        [owner.user_id, now],
      );
      return (rows as OutboxRow[]).sort((a, b) => a.digest_day!.localeCompare(b.digest_day!));
    });
  }

  /** Sends one mail (a single row, or a digest of several); returns 1 when a mail went out. */
  private async send(rows: OutboxRow[], now: Date): Promise<number> {
    const visible = await this.gate.stillVisible(rows.map((r) => r.notification_id));
    const keep = rows.filter((r) => visible.has(r.notification_id));
    const dropped = rows.filter((r) => !visible.has(r.notification_id));
    if (dropped.length) await this.mark(dropped, OutboxState.CANCELLED, now, 'no longer readable by the recipient');
    if (!keep.length) return 0;
    const digest = keep[0].digest_day !== null;
    const mail = digest ? composeDigest(keep.at(-1)!.digest_day!, keep, this.config.email.publicUrl) : keep[0];
    try {
      await this.transport!.sendMail({
        from: this.config.email.from,
        to: keep[0].to_address,
        subject: mail.subject,
        text: mail.text,
        // A stable id: should a mail ever go out twice, receiving servers can tell.
        messageId: `<${digest ? `digest-${keep[0].recipient_id}-${keep.at(-1)!.digest_day}` : keep[0].id}@waardenet>`,
      });
    } catch (err) {
      await this.failed(keep, now, (err as Error).message);
      return 0;
    }
    await this.mark(keep, OutboxState.SENT, now, null);
    return 1;
  }

  private async mark(rows: OutboxRow[], state: OutboxState, now: Date, error: string | null): Promise<void> {
    await this.db.query(`UPDATE email_outbox SET state = $2, sent_at = CASE WHEN $2 = 'SENT' THEN $3::timestamptz END, last_error = $4 WHERE id = ANY($1)`, [
      rows.map((r) => r.id), state, now, error,
    ]);
  }

  private async failed(rows: OutboxRow[], now: Date, error: string): Promise<void> {
    const attempts = Math.max(...rows.map((r) => r.attempts));
    const last = attempts >= this.config.email.maxAttempts;
    const retryAt = new Date(now.getTime() + this.config.email.retryMs * 2 ** (attempts - 1));
    logger.warn({ err: error, rows: rows.length, attempts, gaveUp: last }, 'email not sent');
    await this.db.query(`UPDATE email_outbox SET state = $2, next_attempt_at = $3, last_error = $4 WHERE id = ANY($1)`, [
      rows.map((r) => r.id), last ? OutboxState.FAILED : OutboxState.PENDING, retryAt, error.slice(0, 500),
    ]);
  }
}
