import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encrypts a secret at rest (AES-256-GCM) with a key derived from JWT_SECRET and a label of its own, so a
 * copy of the database alone (a backup, a dump) does not hold it. The label keeps keys apart per use
 * ('totp-secret-v1', 'sso-client-secret-v1'); stored secrets depend on it, so a label never changes.
 * Rotating JWT_SECRET makes stored secrets unreadable: `open` then answers null.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(jwtSecret: string, label: string) {
    this.key = Buffer.from(hkdfSync('sha256', jwtSecret, 'waardenet', label, 32));
  }

  seal(secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
  }

  /** null when it cannot be opened (another key, or changed). */
  open(sealed: string): string | null {
    try {
      const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}

/** The labels in use; each names the key of one kind of stored secret. */
export const SECRET_LABELS = { totp: 'totp-secret-v1', ssoClientSecret: 'sso-client-secret-v1' } as const;
