/**
 * A small line chart of our own (issue #18 ask 8): an SVG with role="img", a <title> and a <desc> that say what it
 * shows in words, each series told apart by colour, dash and marker (not colour alone), the target as a labelled
 * dashed line, and the same numbers as a table under "Toon als tabel" (tables become lists on narrow screens).
 * The SVG scales to its container (viewBox, width 100%), so it never scrolls sideways at 360 px.
 */
import { locale, t } from '../../i18n';

export interface ChartSeries {
  name: string;
  values: (number | null)[];
  /** A horizontal target line for this series, labelled "<name>: target". */
  target?: number;
  /** How a value reads in the table and the description (default: the number). */
  format?: (value: number) => string;
}

/** Colour, dash and marker per series: told apart without colour too. */
const STYLES = [
  { color: '#1f5f99', dash: '', marker: 'circle' },
  { color: '#a14a00', dash: '6 4', marker: 'square' },
  { color: '#2e6b30', dash: '2 3', marker: 'triangle' },
  { color: '#6a3d9a', dash: '10 3 2 3', marker: 'diamond' },
] as const;

const W = 600;
const H = 240;
const PAD = { left: 48, right: 12, top: 22, bottom: 34 };

function niceMax(max: number): number {
  if (max <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
}

function Marker({ kind, x, y, color }: { kind: string; x: number; y: number; color: string }) {
  if (kind === 'square') return <rect x={x - 4} y={y - 4} width={8} height={8} fill={color} />;
  if (kind === 'triangle') return <path d={`M${x} ${y - 5}L${x + 5} ${y + 4}L${x - 5} ${y + 4}Z`} fill={color} />;
  if (kind === 'diamond') return <path d={`M${x} ${y - 5}L${x + 5} ${y}L${x} ${y + 5}L${x - 5} ${y}Z`} fill={color} />;
  return <circle cx={x} cy={y} r={4} fill={color} />;
}

export function LineChart({
  id,
  title,
  summary,
  labels,
  series,
  labelHeading,
}: {
  id: string;
  title: string;
  /** One or two sentences for screen readers: what the chart shows and the latest values. */
  summary: string;
  labels: string[];
  series: ChartSeries[];
  /** The heading of the table's first column (e.g. "Week"). */
  labelHeading: string;
}) {
  const all = series.flatMap((s) => [...s.values.filter((v): v is number => v !== null), ...(s.target !== undefined ? [s.target] : [])]);
  const max = niceMax(Math.max(0, ...all));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (labels.length > 1 ? (i * innerW) / (labels.length - 1) : innerW / 2);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  const ticks = [0, max / 2, max];
  const every = Math.max(1, Math.ceil(labels.length / 4));
  const number = (v: number) => new Intl.NumberFormat(locale.get(), { maximumFractionDigits: 1 }).format(v);
  const fmt = (s: ChartSeries, v: number | null) => (v === null ? '–' : s.format ? s.format(v) : number(v));
  return (
    <figure class="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="chart-title">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMidYMid meet">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#d0d0d0" stroke-width={1} />
            <text x={PAD.left - 6} y={y(v) + 4} text-anchor="end" font-size="16" fill="#333">
              {number(v)}
            </text>
          </g>
        ))}
        {labels.map((label, i) =>
          (labels.length - 1 - i) % every === 0 ? (
            <text
              key={label + i}
              x={x(i)}
              y={H - 10}
              text-anchor={i === 0 ? 'start' : i === labels.length - 1 ? 'end' : 'middle'}
              font-size="16"
              fill="#333"
            >
              {label}
            </text>
          ) : null,
        )}
        {series.map((s, si) => {
          const style = STYLES[si % STYLES.length];
          const points = s.values.map((v, i) => (v === null ? null : ([x(i), y(v)] as const)));
          // A gap where a week has no value: the line is broken there, not drawn to zero.
          const d = points.map((p, i) => (p ? `${i > 0 && points[i - 1] ? 'L' : 'M'}${p[0].toFixed(1)} ${p[1].toFixed(1)}` : '')).join('');
          return (
            <g key={s.name}>
              {s.target !== undefined ? (
                <>
                  <line
                    x1={PAD.left}
                    x2={W - PAD.right}
                    y1={y(s.target)}
                    y2={y(s.target)}
                    stroke={style.color}
                    stroke-width={1.5}
                    stroke-dasharray="3 5"
                  />
                  <text x={W - PAD.right} y={y(s.target) - 4} text-anchor="end" font-size="16" fill={style.color}>
                    {t('chart.target', { name: s.name, n: s.target })}
                  </text>
                </>
              ) : null}
              <path d={d} fill="none" stroke={style.color} stroke-width={2.5} stroke-dasharray={style.dash || undefined} />
              {points.map((p, i) => (p ? <Marker key={i} kind={style.marker} x={p[0]} y={p[1]} color={style.color} /> : null))}
            </g>
          );
        })}
      </svg>
      <ul class="chart-legend" aria-hidden="true">
        {series.map((s, si) => {
          const style = STYLES[si % STYLES.length];
          return (
            <li key={s.name}>
              <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
                <line x1="0" x2="28" y1="6" y2="6" stroke={style.color} stroke-width={2.5} stroke-dasharray={style.dash || undefined} />
                <Marker kind={style.marker} x={14} y={6} color={style.color} />
              </svg>{' '}
              {s.name}
            </li>
          );
        })}
      </ul>
      <details class="chart-table">
        <summary>{t('chart.showTable')}</summary>
        <table class="data-table">
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeading}</th>
              {series.map((s) => (
                <th key={s.name} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((label, i) => (
              <tr key={label + i}>
                <th scope="row">{label}</th>
                {series.map((s) => (
                  <td key={s.name} data-label={s.name}>
                    {fmt(s, s.values[i] ?? null)}
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
