import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ModAction, ModTarget, RequestContext, appendAudit, badInput, requireViewer } from '@waardenet/core';
import { ProgrammeTargets } from './academy.entities';
import { AcademyPolicy } from './academy.policy';
import { LibraryPhaseWeek, PhaseWeek, ProgrammeTargetsInput } from './dto/academy.types';
import { LIBRARY_PHASES_SQL, TRAINED_SQL } from './programme.sql';

export interface Trained {
  trainedAt: Date;
  staff: number;
}

const MAX_WEEKS = 52;

/** The national programme's phase 1 figure (trained), the three figures over time, and their targets. */
@Injectable()
export class ProgrammeService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: AcademyPolicy,
  ) {}

  /** Trained LOCAL libraries by id (read once per request; the dashboard asks per library). */
  trained(ctx: RequestContext): Promise<Map<string, Trained>> {
    return ctx.cached('academy.trained', async () => {
      const rows: { library_id: string; trained_at: Date; staff: number }[] = await this.db.query(TRAINED_SQL);
      return new Map(rows.map((r) => [r.library_id, { trainedAt: r.trained_at, staff: r.staff }]));
    });
  }

  /**
   * The three phases per library and week (LIBRARY_PHASES_SQL, from the maintained aggregates), oldest week first;
   * `libraryIds` null: every LOCAL library, read once per request and weeks (the dashboard asks per library).
   */
  phasesByLibrary(ctx: RequestContext, weeks: number, libraryIds: string[] | null = null): Promise<Map<string, LibraryPhaseWeek[]>> {
    checkWeeks(weeks);
    const read = async () => {
      const rows: { library_id: string; week_start: Date; trained: boolean; present: boolean; facilitating: boolean }[] =
        await this.db.query(LIBRARY_PHASES_SQL, [weeks, libraryIds]);
      const byLibrary = new Map<string, LibraryPhaseWeek[]>();
      for (const r of rows) {
        const list = byLibrary.get(r.library_id) ?? [];
        list.push({ weekStart: new Date(r.week_start), trained: r.trained, present: r.present, facilitating: r.facilitating });
        byLibrary.set(r.library_id, list);
      }
      return byLibrary;
    };
    return libraryIds ? read() : ctx.cached(`academy.phases.${weeks}`, read);
  }

  /** The national counts per week: the LOCAL libraries' phases of phasesByLibrary, added up. */
  async history(ctx: RequestContext, weeks: number): Promise<PhaseWeek[]> {
    const byLibrary = await this.phasesByLibrary(ctx, weeks);
    const totals: PhaseWeek[] = [];
    for (const list of byLibrary.values()) {
      list.forEach((w, i) => {
        const total = (totals[i] ??= { weekStart: w.weekStart, trained: 0, present: 0, facilitating: 0 });
        total.trained += Number(w.trained);
        total.present += Number(w.present);
        total.facilitating += Number(w.facilitating);
      });
    }
    if (!totals.length) return weekStarts(weeks).map((weekStart) => ({ weekStart, trained: 0, present: 0, facilitating: 0 }));
    return totals;
  }

  async targets(): Promise<ProgrammeTargets> {
    const [row] = await this.db.getRepository(ProgrammeTargets).find({ take: 1 });
    return row ?? this.db.getRepository(ProgrammeTargets).create({ trained: 167, present: 125, facilitating: 50, updatedAt: null });
  }

  /** National admins set the targets. Audited SET_PROGRAMME_TARGETS (before → after). */
  async setTargets(ctx: RequestContext, input: ProgrammeTargetsInput): Promise<ProgrammeTargets> {
    await this.policy.requireTargetEditor(ctx);
    const actorId = requireViewer(ctx).id;
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(ProgrammeTargets);
      const [before] = await repo.find({ take: 1, lock: { mode: 'pessimistic_write' } });
      const row = before ?? repo.create({});
      const was = before ? `${before.trained}/${before.present}/${before.facilitating}` : '167/125/50';
      Object.assign(row, { ...input, updatedAt: new Date(), updatedById: actorId });
      const saved = await repo.save(row);
      await appendAudit(em, {
        actorId,
        action: ModAction.SET_PROGRAMME_TARGETS,
        targetType: ModTarget.PROGRAMME,
        targetId: saved.id,
        communityId: null,
        details: `trained/present/facilitating ${was} → ${input.trained}/${input.present}/${input.facilitating}`,
      });
      return saved;
    });
  }
}

function checkWeeks(weeks: number): void {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS)
    throw badInput(`weeks must be between 1 and ${MAX_WEEKS}.`, { reason: 'WEEKS_OUT_OF_RANGE' });
}

/** The starts (Monday 00:00 UTC) of the last `weeks` calendar weeks, the current one last. */
function weekStarts(weeks: number): Date[] {
  const now = new Date();
  const monday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - ((now.getUTCDay() + 6) % 7));
  return Array.from({ length: weeks }, (_, i) => new Date(monday - (weeks - 1 - i) * 7 * 86_400_000));
}
