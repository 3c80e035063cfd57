import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestContext, badInput, conflict } from '@waardenet/core';
import { LibrariesPolicy, LibrariesService } from '@waardenet/libraries';
import { LibraryOnboarding } from './library-onboarding.entity';
import { OnboardingStepKey, OnboardingView } from './onboarding.types';

/** Steps whose fact is an invitation by email (no row until it is accepted): staff may mark them done. */
const MARKABLE = new Set<OnboardingStepKey>([OnboardingStepKey.STAFF, OnboardingStepKey.EXPERT]);
export const STEP_ORDER = [
  OnboardingStepKey.PROFILE,
  OnboardingStepKey.STAFF,
  OnboardingStepKey.COMMUNITY,
  OnboardingStepKey.CATALOGUE,
  OnboardingStepKey.EXPERT,
];

interface FactsRow {
  profile: boolean;
  staff: boolean;
  community: boolean;
  catalogue: boolean;
  expert: boolean;
}

/**
 * A new library's checklist ("live in one afternoon"). Each step is read from the facts: house style set,
 * a second staff member or a staff invitation by email, a community, catalogue holdings, an expert (a claim at the library or an EXPERT
 * member). Staff may mark the two invitation steps done when they invited by email. The checklist stays on
 * the library's staff home until every step is done and staff confirmed it (completeOnboarding).
 */
@Injectable()
export class OnboardingService {
  constructor(
    private readonly db: DataSource,
    private readonly libraries: LibrariesService,
    private readonly libraryPolicy: LibrariesPolicy,
  ) {}

  async view(ctx: RequestContext, libraryId: string): Promise<OnboardingView> {
    const library = await this.libraries.byId(ctx, libraryId);
    await this.libraryPolicy.requireStaff(ctx, library.id, 'see its onboarding checklist');
    return this.read(library.id);
  }

  private async read(libraryId: string): Promise<OnboardingView> {
    const [facts] = await this.db.query<FactsRow[]>(
      `SELECT (l.primary_color IS NOT NULL OR l.logo_url IS NOT NULL OR l.welcome_text IS NOT NULL) AS profile,
              ((SELECT count(*) FROM library_staff s WHERE s.library_id = l.id) > 1
                OR EXISTS (SELECT 1 FROM email_invitations i WHERE i.library_id = l.id)) AS staff,
              EXISTS (SELECT 1 FROM communities c WHERE c.library_id = l.id) AS community,
              EXISTS (SELECT 1 FROM holdings h WHERE h.library_id = l.id) AS catalogue,
              (EXISTS (SELECT 1 FROM expertise e WHERE e.library_id = l.id)
                OR EXISTS (SELECT 1 FROM memberships m JOIN communities c ON c.id = m.community_id
                            WHERE c.library_id = l.id AND m.role = 'EXPERT')) AS expert
         FROM libraries l WHERE l.id = $1`,
      [libraryId],
    );
    const kept = await this.db.getRepository(LibraryOnboarding).findOneBy({ libraryId });
    const marked = new Set(kept?.markedSteps ?? []);
    const byKey: Record<OnboardingStepKey, keyof FactsRow> = {
      PROFILE: 'profile',
      STAFF: 'staff',
      COMMUNITY: 'community',
      CATALOGUE: 'catalogue',
      EXPERT: 'expert',
    };
    const steps = STEP_ORDER.map((key) => ({ key, done: facts[byKey[key]] || marked.has(key), marked: marked.has(key) }));
    return {
      libraryId,
      steps,
      allDone: steps.every((s) => s.done),
      completedAt: kept?.completedAt ?? null,
    };
  }

  async mark(ctx: RequestContext, libraryId: string, step: OnboardingStepKey): Promise<OnboardingView> {
    const library = await this.libraries.byId(ctx, libraryId);
    await this.libraryPolicy.requireStaff(ctx, library.id, 'change its onboarding checklist');
    if (!MARKABLE.has(step))
      throw badInput(`The step ${step} is done when it shows: it cannot be marked done by hand.`, { reason: 'ONBOARDING_STEP_FROM_FACTS' });
    await this.db.query(
      `INSERT INTO library_onboarding (library_id, marked_steps) VALUES ($1, ARRAY[$2]::text[])
       ON CONFLICT (library_id) DO UPDATE SET marked_steps = (
         SELECT array_agg(DISTINCT s) FROM unnest(library_onboarding.marked_steps || ARRAY[$2]::text[]) s), updated_at = now()`,
      [library.id, step],
    );
    return this.read(library.id);
  }

  async complete(ctx: RequestContext, libraryId: string): Promise<OnboardingView> {
    const library = await this.libraries.byId(ctx, libraryId);
    await this.libraryPolicy.requireStaff(ctx, library.id, 'complete its onboarding checklist');
    const now = await this.read(library.id);
    if (now.completedAt) return now;
    if (!now.allDone) {
      const open = now.steps.filter((s) => !s.done).map((s) => s.key);
      throw conflict(`Not every step is done yet: ${open.join(', ')}.`, { reason: 'ONBOARDING_INCOMPLETE', steps: open });
    }
    await this.db.query(
      `INSERT INTO library_onboarding (library_id, completed_at) VALUES ($1, now())
       ON CONFLICT (library_id) DO UPDATE SET completed_at = COALESCE(library_onboarding.completed_at, now()), updated_at = now()`,
      [library.id],
    );
    return this.read(library.id);
  }
}
