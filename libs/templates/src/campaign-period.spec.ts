import { TemplateKind } from './community-template.entity';
import { isRunning, todayInAmsterdam } from './templates.service';

describe('a campaign’s period', () => {
  const campaign = { kind: TemplateKind.CAMPAIGN, startsOn: '2026-11-01', endsOn: '2026-11-30' };

  it('runs from its first to its last day, both included', () => {
    expect(isRunning(campaign, '2026-10-31')).toBe(false);
    expect(isRunning(campaign, '2026-11-01')).toBe(true);
    expect(isRunning(campaign, '2026-11-30')).toBe(true);
    expect(isRunning(campaign, '2026-12-01')).toBe(false);
  });

  it('a template always runs', () => {
    expect(isRunning({ kind: TemplateKind.TEMPLATE, startsOn: null, endsOn: null }, '1999-01-01')).toBe(true);
  });

  it('counts days in the Netherlands: 23:30 UTC on 30 November is already 1 December there', () => {
    expect(todayInAmsterdam(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
    expect(todayInAmsterdam(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(todayInAmsterdam(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
