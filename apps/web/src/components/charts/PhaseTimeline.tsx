/**
 * A library's three programme phases over time (issue #18 asks 5 and 8): for each phase a row of weeks, a filled
 * block where the library was in that phase at the end of the week, an outlined one where it was not. The rows are
 * labelled in text, so nothing is told by colour alone; the SVG says in words (its <desc>) when each phase began and
 * ended, and the same weeks are a table under "Toon als tabel". PhaseStrip is the same at the size of a table cell,
 * hidden from screen readers beside the words of phaseSummary.
 */
import '../../i18n/academy';
import { locale, t } from '../../i18n';

export interface PhaseWeek {
  weekStart: string;
  trained: boolean;
  present: boolean;
  facilitating: boolean;
}

export type Phase = 'trained' | 'present' | 'facilitating';
export const PHASES: Phase[] = ['trained', 'present', 'facilitating'];
const COLOURS: Record<Phase, string> = { trained: '#1f5f99', present: '#a14a00', facilitating: '#2e6b30' };
const EMPTY = '#767676';

export const phaseName = (phase: Phase) => t(`programme.${phase}`);

/** "16 nov." in the reader's language: weeks start on Monday 00:00 UTC. */
export const weekLabel = (iso: string) =>
  new Intl.DateTimeFormat(locale.get(), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(iso));

/** The runs of consecutive weeks in a phase, oldest first; `ongoing` when a run reaches the current (last) week. */
export function phaseSpans(history: PhaseWeek[], phase: Phase): { from: string; to: string; ongoing: boolean }[] {
  const spans: { from: string; to: string; ongoing: boolean }[] = [];
  history.forEach((w, i) => {
    if (!w[phase]) return;
    const last = spans[spans.length - 1];
    if (last && history[i - 1]?.[phase]) last.to = w.weekStart;
    else spans.push({ from: w.weekStart, to: w.weekStart, ongoing: false });
    if (i === history.length - 1) spans[spans.length - 1].ongoing = true;
  });
  return spans;
}

/** In words: "sinds 16 nov." while it lasts, "23 nov. – 14 dec." for a run that ended, or "niet in deze 8 weken". */
export function phaseWhen(history: PhaseWeek[], phase: Phase): string {
  const spans = phaseSpans(history, phase);
  if (!spans.length) return t('phases.never', { n: history.length });
  return spans
    .map((s) =>
      s.ongoing ? t('phases.since', { date: weekLabel(s.from) }) : t('phases.span', { from: weekLabel(s.from), to: weekLabel(s.to) }),
    )
    .join(', ');
}

/** One sentence per phase, for the SVG's description and beside the strip. */
export const phaseSummary = (history: PhaseWeek[]) =>
  PHASES.map((p) => t('phases.summary', { phase: phaseName(p), when: phaseWhen(history, p) }));

const W = 480;
const LABEL = 20;
const BAND = 22;
const GAP = 10;
const AXIS = 24;

export function PhaseTimeline({ id, title, history }: { id: string; title: string; history: PhaseWeek[] }) {
  const n = Math.max(1, history.length);
  const cell = W / n;
  const rowH = LABEL + BAND + GAP;
  const H = PHASES.length * rowH + AXIS;
  const every = Math.max(1, Math.ceil(n / 4));
  const yes = t('programme.yes');
  const no = t('programme.no');
  return (
    <figure class="chart phase-timeline" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="chart-title">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMidYMid meet">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{phaseSummary(history).join(' ')}</desc>
        {PHASES.map((phase, r) => {
          const top = r * rowH;
          return (
            <g key={phase}>
              <text x={0} y={top + 15} font-size="16" fill="#222">
                {phaseName(phase)}
              </text>
              {history.map((w, i) => (
                <rect
                  key={w.weekStart}
                  x={i * cell + 2}
                  y={top + LABEL + 2}
                  width={cell - 4}
                  height={BAND - 4}
                  rx={3}
                  fill={w[phase] ? COLOURS[phase] : '#fff'}
                  stroke={w[phase] ? COLOURS[phase] : EMPTY}
                  stroke-width={1.5}
                  stroke-dasharray={w[phase] ? undefined : '3 3'}
                />
              ))}
            </g>
          );
        })}
        {history.map((w, i) =>
          (n - 1 - i) % every === 0 ? (
            <text key={w.weekStart} x={i * cell + cell / 2} y={H - 6} text-anchor="middle" font-size="16" fill="#333">
              {weekLabel(w.weekStart)}
            </text>
          ) : null,
        )}
      </svg>
      <details class="chart-table">
        <summary>{t('chart.showTable')}</summary>
        <table class="data-table">
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chart.week')}</th>
              {PHASES.map((p) => (
                <th key={p} scope="col">
                  {phaseName(p)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {history.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">{weekLabel(w.weekStart)}</th>
                {PHASES.map((p) => (
                  <td key={p} data-label={phaseName(p)}>
                    {w[p] ? yes : no}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** The same at the size of a table cell, for the eye only: the words of phaseSummary stand beside it. */
export function PhaseStrip({ history }: { history: PhaseWeek[] }) {
  const c = 12;
  const h = 10;
  return (
    <svg
      class="phase-strip"
      width={history.length * c}
      height={PHASES.length * h}
      viewBox={`0 0 ${history.length * c} ${PHASES.length * h}`}
      aria-hidden="true"
      focusable="false"
    >
      {PHASES.map((phase, r) =>
        history.map((w, i) => (
          <rect
            key={`${phase}${w.weekStart}`}
            x={i * c + 1}
            y={r * h + 1}
            width={c - 2}
            height={h - 2}
            rx={1.5}
            fill={w[phase] ? COLOURS[phase] : '#fff'}
            stroke={w[phase] ? COLOURS[phase] : EMPTY}
            stroke-width={1}
          />
        )),
      )}
    </svg>
  );
}
