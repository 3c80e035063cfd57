import { ReceivedMail, TestSmtpServer } from './smtp-server';
import { TestApp } from './test-app';
import { waitFor } from './wait';

/**
 * Reads the real SMTP server's mails one address at a time: each call takes the next mail to `to` it has
 * not handed out before, so a test can wait for "the second mail to this address" without counting all mail.
 */
export function mailbox(smtp: TestSmtpServer) {
  const taken = new Set<ReceivedMail>();
  async function next(to: string, ms = 15_000): Promise<ReceivedMail> {
    const mail = await waitFor(() => smtp.received.find((m) => !taken.has(m) && m.to.includes(to)), {
      timeout: ms,
      what: `a mail to ${to}`,
      interval: 20,
    });
    taken.add(mail);
    return mail;
  }
  return {
    next,
    /** The token of the next mail to `to`, which must hold a `<PUBLIC_URL>/<path>?token=` link. */
    async token(to: string, path: 'verify-email' | 'confirm-email' | 'reset-password'): Promise<string> {
      const mail = await next(to);
      const token = new RegExp(`/${path}\\?token=([A-Za-z0-9_-]+)`).exec(mail.body)?.[1];
      if (!token) throw new Error(`the mail to ${to} ("${mail.subject}") holds no ${path} link:\n${mail.body}`);
      return token;
    },
    /** Mails to `to` not handed out yet (none expected: call after the outbox settled). */
    unread: (to: string) => smtp.received.filter((m) => !taken.has(m) && m.to.includes(to)),
  };
}

/** Waits until the email worker sent (or gave up on) every queued mail, so the mailbox holds all there is. */
export async function outboxSettled(t: TestApp, ms = 15_000): Promise<void> {
  await waitFor(
    async () =>
      (await t.sql<{ waiting: number }>(`SELECT count(*)::int AS waiting FROM email_outbox WHERE state IN ('PENDING', 'SENDING')`))[0]
        .waiting === 0,
    { timeout: ms, what: 'the outbox to send every mail', interval: 20 },
  );
}
