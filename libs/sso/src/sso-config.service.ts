import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import {
  APP_CONFIG,
  AppConfig,
  ModAction,
  ModTarget,
  RequestContext,
  appendAudit,
  badInput,
  forbidden,
  pausedStaffRefusal,
  unauthenticated,
  requireViewer,
} from '@waardenet/core';
import { SECRET_LABELS, SecretBox } from '@waardenet/core/security';
import { LibrariesPolicy, LibrariesService, Library, StaffRole } from '@waardenet/libraries';
import { ConfigureLibrarySsoInput, LibrarySso, SsoLogin } from './dto/sso.types';

/** A library's stored settings, secret opened: for the login flow only, never for a resolver. */
export interface SsoSettings {
  libraryId: string;
  slug: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  label: string;
}

interface Row {
  library_id: string;
  issuer: string;
  client_id: string;
  client_secret_sealed: string;
  label: string;
  enabled: boolean;
  updated_at: Date;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https, or http for a provider on this machine (a test or a one-machine set-up); no credentials, query or fragment. */
export function acceptableIssuer(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

/** Per-library OpenID Connect settings (issue #15 ask 7): configured by the library's admins, audited, the secret sealed. */
@Injectable()
export class SsoConfigService {
  private readonly box: SecretBox;

  constructor(
    private readonly db: DataSource,
    private readonly libraries: LibrariesService,
    private readonly policy: LibrariesPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.box = new SecretBox(config.jwtSecret, SECRET_LABELS.ssoClientSecret);
  }

  redirectUri(slug: string): string {
    return `${this.config.email.publicUrl}/auth/sso/${encodeURIComponent(slug)}/callback`;
  }

  startUrl(slug: string): string {
    return `${this.config.email.publicUrl}/auth/sso/${encodeURIComponent(slug)}/start`;
  }

  /** The settings for the library's staff (any staff role) and platform admins; null when none were made. */
  async forStaff(ctx: RequestContext, slug: string): Promise<LibrarySso | null> {
    const library = await this.libraries.bySlug(slug);
    await this.requireRole(ctx, library, false);
    const [row]: Row[] = await this.db.query(`SELECT * FROM library_sso WHERE library_id = $1`, [library.id]);
    return row ? this.view(library, row) : null;
  }

  /** Creates or changes the settings: the library's admins and platform admins. One audit line, never the secret. */
  async configure(ctx: RequestContext, input: ConfigureLibrarySsoInput): Promise<LibrarySso> {
    const library = await this.libraries.bySlug(input.librarySlug);
    await this.requireRole(ctx, library, true);
    const issuer = input.issuer.replace(/\/+$/, '');
    if (!acceptableIssuer(issuer)) {
      const message = 'issuer: must be an https:// address (http:// only for localhost), without a query or fragment';
      throw badInput(message, { reason: 'SSO_ISSUER_INVALID', fields: { issuer: ['must be an https:// address'] } });
    }
    const row = await this.db.transaction(async (em) => {
      const [before]: Row[] = await em.query(`SELECT * FROM library_sso WHERE library_id = $1 FOR UPDATE`, [library.id]);
      if (!before && !input.clientSecret) {
        throw badInput('clientSecret: is required the first time single sign-on is set up', {
          reason: 'SSO_SECRET_REQUIRED',
          fields: { clientSecret: ['is required'] },
        });
      }
      const sealed = input.clientSecret ? this.box.seal(input.clientSecret) : before.client_secret_sealed;
      const [saved]: Row[] = await em.query(
        `INSERT INTO library_sso (library_id, issuer, client_id, client_secret_sealed, label, enabled, updated_at, updated_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, now(), $7)
         ON CONFLICT (library_id) DO UPDATE SET issuer = EXCLUDED.issuer, client_id = EXCLUDED.client_id, client_secret_sealed = EXCLUDED.client_secret_sealed,
           label = EXCLUDED.label, enabled = EXCLUDED.enabled, updated_at = now(), updated_by_id = EXCLUDED.updated_by_id
         RETURNING *`,
        [library.id, issuer, input.clientId, sealed, input.label, input.enabled, requireViewer(ctx).id],
      );
      const changed = [
        !before ? 'set up' : null,
        before && before.issuer !== issuer ? 'issuer' : null,
        before && before.client_id !== input.clientId ? 'client id' : null,
        before && input.clientSecret ? 'client secret' : null,
        before && before.label !== input.label ? 'label' : null,
        !before || before.enabled !== input.enabled ? (input.enabled ? 'on' : 'off') : null,
      ].filter(Boolean);
      await appendAudit(em, {
        actorId: requireViewer(ctx).id,
        action: ModAction.CONFIGURE_LIBRARY_SSO,
        targetType: ModTarget.LIBRARY,
        targetId: library.id,
        communityId: null,
        libraryId: library.id,
        details: `${changed.join(', ') || 'unchanged'} (issuer ${issuer})`,
      });
      return saved;
    });
    return this.view(library, row);
  }

  /** The public "Inloggen met …" entry of a library, batched per request; null when it has none switched on. */
  loginLoader(ctx: RequestContext): DataLoader<string, { label: string } | null> {
    return ctx.cached(
      'sso.login',
      () =>
        new DataLoader<string, { label: string } | null>(async (ids) => {
          const rows: { library_id: string; label: string }[] = await ctx
            .reader(this.db)
            .query(`SELECT library_id, label FROM library_sso WHERE library_id = ANY($1) AND enabled`, [[...ids]]);
          const byId = new Map(rows.map((r) => [r.library_id, { label: r.label }]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }

  /** Every library with single sign-on switched on, by name (a few hundred at most: one per library in the country). */
  async librariesWithLogin(ctx: RequestContext): Promise<Library[]> {
    const libraries = await ctx
      .reader(this.db)
      .getRepository(Library)
      .createQueryBuilder('l')
      .innerJoin('library_sso', 's', 's.library_id = l.id AND s.enabled')
      .orderBy('l.name', 'ASC')
      .addOrderBy('l.id', 'ASC')
      .limit(1000)
      .getMany();
    return libraries;
  }

  async loginFor(ctx: RequestContext, library: Library): Promise<SsoLogin | null> {
    const entry = await this.loginLoader(ctx).load(library.id);
    return entry ? { label: entry.label, url: this.startUrl(library.slug) } : null;
  }

  /** For the login flow: the switched-on settings of the library with this slug, secret opened; null otherwise. */
  async settings(slug: string): Promise<SsoSettings | null> {
    const [row]: (Row & { slug: string })[] = await this.db.query(
      `SELECT s.*, l.slug FROM library_sso s JOIN libraries l ON l.id = s.library_id WHERE l.slug = $1 AND s.enabled`,
      [slug],
    );
    if (!row) return null;
    const clientSecret = this.box.open(row.client_secret_sealed);
    if (clientSecret === null) return null;
    return { libraryId: row.library_id, slug: row.slug, issuer: row.issuer, clientId: row.client_id, clientSecret, label: row.label };
  }

  private view(library: Library, row: Row): LibrarySso {
    return {
      issuer: row.issuer,
      clientId: row.client_id,
      clientSecretSet: !!row.client_secret_sealed,
      label: row.label,
      enabled: row.enabled,
      redirectUri: this.redirectUri(library.slug),
      updatedAt: row.updated_at,
    };
  }

  private async requireRole(ctx: RequestContext, library: Library, admin: boolean): Promise<void> {
    if (!ctx.viewer) throw unauthenticated();
    const paused = pausedStaffRefusal(ctx.viewer);
    if (paused) throw paused;
    if (ctx.viewer.isPlatformAdmin) return;
    const role = (await this.policy.staffRoles(ctx)).get(library.id);
    if (role && (!admin || role === StaffRole.ADMIN)) return;
    throw forbidden(
      admin
        ? "Only this library's admins may configure its single sign-on."
        : "Only this library's staff may see its single sign-on settings.",
      { reason: 'STAFF_ONLY' },
    );
  }
}
