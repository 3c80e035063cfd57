import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, logger, present } from '@waardenet/core';
import { Locale } from '../notification-kind';
import { NotificationGate } from '../notification-gate';
import { composeDigest } from './mail-composer';
import { OutboxState } from './email-outbox.entity';

interface OutboxRow {
  id: string;
  recipient_id: string;
  to_address: string;
  subject: string;
  text: string;
  /** Null for an account mail (a reset link): sent without a notification to check. */
  notification_id: string | null;
  digest_day: string | null;
  attempts: number;
}

const RETURNING = 'RETURNING id, recipient_id, to_address, subject, text, notification_id, digest_day::text AS digest_day, attempts';

/**
 * How long a claimed row may stay SENDING before the sweep counts its sending as interrupted (the
 * instance died mid-send) and hands it out again. Far longer than one send can take with the SMTP
 * timeouts below, so a live worker never loses a row it is still sending.
 */
export const SENDING_LEASE_MS = 10 * 60_000;

/**
 * Nodemailer waits up to 2 minutes to connect and 10 minutes on an idle socket by default; these keep
 * one mail's sending (a handful of SMTP commands) well inside SENDING_LEASE_MS. SMTP_URL may still set its own.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000, dnsTimeout: 30_000 };

/**
 * Sends the email outbox. Each instance polls; a row is claimed (PENDING → SENDING, in one short
 * statement with FOR UPDATE SKIP LOCKED, `claimed_at` set) by exactly one instance, sent, then marked
 * SENT. A failure goes back to PENDING with an exponential backoff, and to FAILED after the last attempt.
 *
 * A row whose sending was interrupted (the process died between claiming and marking) would stay SENDING
 * for ever. Each run first sweeps rows SENDING for longer than SENDING_LEASE_MS back to PENDING (FAILED
 * once they used their EMAIL_MAX_ATTEMPTS: the interrupted attempt counts, so a mail that kills the worker
 * every time stops). The trade-off: the sweep cannot know whether the SMTP server had already taken the
 * mail when the process died, so after a crash a mail may go out twice (at-least-once) rather than be lost
 * (at-most-once). We take that: a lost notification is invisible to everyone, a doubled one is a nuisance,
 * and it carries the same Message-ID both times, so receiving servers and clients can fold the two. To keep
 * doubles to real crashes, rows are claimed one mail at a time (no row waits SENDING behind others) and the
 * SMTP timeouts keep a live send far shorter than the lease.
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
    this.transport = createTransport({ ...SMTP_TIMEOUTS, url: this.config.email.smtpUrl });
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
    void run
      .catch(() => undefined)
      .finally(() => {
        if (this.running === run) this.running = null;
      });
    return run;
  }

  private async drain(now: Date): Promise<number> {
    await this.sweep(now);
    let sent = 0;
    for (let row = await this.claimSingle(now); row; row = await this.claimSingle(now)) sent += await this.send([row], now);
    for (let d = await this.claimDigest(now); d.rows.length; d = await this.claimDigest(now))
      sent += await this.send(d.rows, now, d.locale);
    return sent;
  }

  /** Puts rows whose sending was interrupted (SENDING past the lease) back to PENDING, or FAILED after the last attempt; see the class comment. */
  private async sweep(now: Date): Promise<void> {
    const [rows]: [{ state: OutboxState }[], number] = await this.db.query(
      `UPDATE email_outbox SET state = CASE WHEN attempts >= $3 THEN 'FAILED' ELSE 'PENDING' END, next_attempt_at = $1,
              last_error = 'interrupted while sending: no outcome within the lease'
        WHERE state = 'SENDING' AND claimed_at < $2 RETURNING state`,
      [now, new Date(now.getTime() - SENDING_LEASE_MS), this.config.email.maxAttempts],
    );
    if (rows.length) {
      logger.warn(
        { rows: rows.length, gaveUp: rows.filter((r) => r.state === OutboxState.FAILED).length },
        'email interrupted while sending: retried',
      );
    }
  }

  /** One due single mail, claimed by this instance alone; a claim of one, so no claimed row waits behind others. */
  private async claimSingle(now: Date): Promise<OutboxRow | undefined> {
    const [rows]: [OutboxRow[], number] = await this.db.query(
      `UPDATE email_outbox SET state = 'SENDING', attempts = attempts + 1, claimed_at = $1
        WHERE id IN (SELECT id FROM email_outbox WHERE state = 'PENDING' AND digest_day IS NULL AND next_attempt_at <= $1
                      ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        ${RETURNING}`,
      [now],
    );
    return rows[0];
  }

  /**
   * All due digest rows of one user, claimed together under that user's settings row lock, so a digest is
   * never split; with the language its heading is written in.
   */
  private claimDigest(now: Date): Promise<{ rows: OutboxRow[]; locale: Locale }> {
    return this.db.transaction(async (em) => {
      const [owner]: { user_id: string; locale: Locale }[] = await em.query(
        `SELECT user_id, locale FROM notification_settings WHERE user_id IN (
           SELECT recipient_id FROM email_outbox WHERE state = 'PENDING' AND digest_day IS NOT NULL AND next_attempt_at <= $1)
         LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [now],
      );
      if (!owner) return { rows: [], locale: Locale.NL };
      const [rows] = await em.query<[OutboxRow[], number]>(
        `UPDATE email_outbox SET state = 'SENDING', attempts = attempts + 1, claimed_at = $2
          WHERE recipient_id = $1 AND state = 'PENDING' AND digest_day IS NOT NULL AND next_attempt_at <= $2 ${RETURNING}`,
        [owner.user_id, now],
      );
      return { rows: rows.sort((a, b) => (a.digest_day ?? '').localeCompare(b.digest_day ?? '')), locale: owner.locale };
    });
  }

  /** Sends one mail (a single row, written when queued, or a digest of several, headed in `locale`); returns 1 when a mail went out. */
  private async send(rows: OutboxRow[], now: Date, locale = Locale.NL): Promise<number> {
    const about = rows.map((r) => r.notification_id).filter((id): id is string => id !== null);
    const visible = about.length ? await this.gate.stillVisible(about) : new Set<string>();
    const keep = rows.filter((r) => r.notification_id === null || visible.has(r.notification_id));
    const dropped = rows.filter((r) => r.notification_id !== null && !visible.has(r.notification_id));
    if (dropped.length) await this.mark(dropped, OutboxState.CANCELLED, now, 'no longer readable by the recipient');
    if (!keep.length) return 0;
    // A digest is headed by the day of its newest row.
    const digestDay = keep[0].digest_day === null ? null : (keep[keep.length - 1].digest_day ?? keep[0].digest_day);
    const mail = digestDay !== null ? composeDigest(digestDay, keep, this.config.email.publicUrl, locale) : keep[0];
    const transport = present(this.transport, 'the SMTP transport');
    try {
      await transport.sendMail({
        from: this.config.email.from,
        to: keep[0].to_address,
        subject: mail.subject,
        text: mail.text,
        // A stable id: should a mail ever go out twice (a crash mid-send, see the class comment), receiving servers can tell.
        messageId: `<${digestDay !== null ? `digest-${keep[0].recipient_id}-${digestDay}` : keep[0].id}@waardenet>`,
      });
    } catch (err) {
      await this.failed(keep, now, (err as Error).message);
      return 0;
    }
    await this.mark(keep, OutboxState.SENT, now, null);
    return 1;
  }

  private async mark(rows: OutboxRow[], state: OutboxState, now: Date, error: string | null): Promise<void> {
    // An account mail's link (token=...) is a secret worth an account: once the mail is out, the outbox keeps no copy of it.
    await this.db.query(
      `UPDATE email_outbox SET state = $2, sent_at = CASE WHEN $2 = 'SENT' THEN $3::timestamptz END, last_error = $4,
        text = CASE WHEN notification_id IS NULL AND $2 = 'SENT' THEN regexp_replace(text, 'token=[A-Za-z0-9_-]+', 'token=(sent)', 'g') ELSE text END
      WHERE id = ANY($1)`,
      [rows.map((r) => r.id), state, now, error],
    );
  }

  private async failed(rows: OutboxRow[], now: Date, error: string): Promise<void> {
    const attempts = Math.max(...rows.map((r) => r.attempts));
    const last = attempts >= this.config.email.maxAttempts;
    const retryAt = new Date(now.getTime() + this.config.email.retryMs * 2 ** (attempts - 1));
    logger.warn({ err: error, rows: rows.length, attempts, gaveUp: last }, 'email not sent');
    await this.db.query(`UPDATE email_outbox SET state = $2, next_attempt_at = $3, last_error = $4 WHERE id = ANY($1)`, [
      rows.map((r) => r.id),
      last ? OutboxState.FAILED : OutboxState.PENDING,
      retryAt,
      error.slice(0, 500),
    ]);
  }
}
