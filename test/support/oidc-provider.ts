import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A person at the test provider: their subject and the claims it gives about them. */
export interface ProviderAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who signs in at the next interaction (answered programmatically, no pages); `deny` refuses it (access_denied). */
  signInAs(account: ProviderAccount | 'deny'): void;
  /** Stops answering (the provider is "down") until `up()`. */
  down(): void;
  up(): void;
  close(): Promise<void>;
}

type ProviderLike = {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<{ uid: string; params: Record<string, unknown>; prompt: { name: string } }>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: Record<string, unknown>,
    options?: Record<string, unknown>,
  ): Promise<void>;
  Grant: new (init: { accountId: string; clientId: string }) => { addOIDCScope(scope: string): void; save(): Promise<string> };
};

/**
 * panva's oidc-provider (a certified OpenID provider) on a random loopback port, with one confidential client
 * whose redirect URI is the api's callback for `slug`. Interactions (login, consent) are answered in code:
 * the account set with signInAs logs in and consents to openid email profile.
 */
export async function startOidcProvider(redirectUris: string[]): Promise<TestOidcProvider> {
  // ESM-only: loaded through require(esm), as the api loads openid-client.
  const moduleName = 'oidc-provider'; // (no type declarations are published for it)
  const { Provider } = (await import(moduleName)) as { Provider: new (issuer: string, config: Record<string, unknown>) => ProviderLike };
  const accounts = new Map<string, ProviderAccount>();
  let next: ProviderAccount | 'deny' | null = null;
  let available = true;
  const clientId = 'waardenet-test';
  const clientSecret = 'test-client-secret-0123456789';
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      { client_id: clientId, client_secret: clientSecret, redirect_uris: redirectUris, token_endpoint_auth_method: 'client_secret_post' },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['test-cookie-key-0123456789'] },
    findAccount: (_ctx: unknown, sub: string) => {
      const account = accounts.get(sub);
      return account ? { accountId: sub, claims: () => ({ ...account }) } : undefined;
    },
  });
  const handle = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!available) {
      req.socket.destroy();
      return;
    }
    if (req.url?.startsWith('/interaction/')) {
      void (async () => {
        await provider.interactionDetails(req, res);
        const who = next;
        if (!who) throw new Error('the test provider was not told who signs in (signInAs)');
        if (who === 'deny') {
          await provider.interactionFinished(
            req,
            res,
            { error: 'access_denied', error_description: 'refused by the test' },
            { mergeWithLastSubmission: false },
          );
          return;
        }
        accounts.set(who.sub, who);
        const grant = new provider.Grant({ accountId: who.sub, clientId });
        grant.addOIDCScope('openid email profile');
        const grantId = await grant.save();
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: who.sub }, consent: { grantId } },
          { mergeWithLastSubmission: false },
        );
      })().catch((err: Error) => {
        res.statusCode = 500;
        res.end(err.message);
      });
      return;
    }
    handle(req, res);
  });
  return {
    issuer,
    clientId,
    clientSecret,
    signInAs: (account) => {
      next = account;
    },
    down: () => {
      available = false;
    },
    up: () => {
      available = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
