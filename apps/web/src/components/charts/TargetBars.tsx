/**
 * Figures against their targets as bars (issue #18 ask 8): each row says it in words ("12 van 167, 7 %"), the bar
 * beside it is decoration for the eye (aria-hidden). The bars scale with the screen (no sideways scroll at 360 px).
 */
import { t } from '../../i18n';

export interface TargetRow {
  label: string;
  value: number;
  target: number;
}

const COLORS = ['#1f5f99', '#a14a00', '#2e6b30'];

export function TargetBars({ rows, labelledBy }: { rows: TargetRow[]; labelledBy: string }) {
  return (
    <ul class="target-bars" aria-labelledby={labelledBy}>
      {rows.map((r, i) => {
        const share = r.target > 0 ? Math.min(1, r.value / r.target) : 0;
        const percent = r.target > 0 ? Math.round((r.value / r.target) * 100) : 0;
        return (
          <li key={r.label}>
            <span class="target-bars-label">
              <strong>{r.label}</strong>: {t('chart.ofTarget', { value: r.value, target: r.target, percent })}
            </span>
            <svg viewBox="0 0 300 16" width="100%" height="16" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect x="0" y="2" width="300" height="12" fill="#e6e6e6" />
              <rect x="0" y="2" width={300 * share} height="12" fill={COLORS[i % COLORS.length]} />
              <line x1="299" x2="299" y1="0" y2="16" stroke="#333" stroke-width="2" />
            </svg>
          </li>
        );
      })}
    </ul>
  );
}
