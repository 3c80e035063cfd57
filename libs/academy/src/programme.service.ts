import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ModAction, ModTarget, RequestContext, appendAudit, badInput, requireViewer } from '@waardenet/core';
import { ProgrammeTargets } from './academy.entities';
import { AcademyPolicy } from './academy.policy';
import { PhaseWeek, ProgrammeTargetsInput } from './dto/academy.types';
import { PHASE_HISTORY_SQL, TRAINED_SQL } from './programme.sql';

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

  async history(weeks: number): Promise<PhaseWeek[]> {
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS)
      throw badInput(`weeks must be between 1 and ${MAX_WEEKS}.`, { reason: 'WEEKS_OUT_OF_RANGE' });
    const rows: { weekStart: Date; trained: number; present: number; facilitating: number }[] = await this.db.query(PHASE_HISTORY_SQL, [
      weeks,
    ]);
    return rows.map((r) => ({ ...r, weekStart: new Date(r.weekStart) }));
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
