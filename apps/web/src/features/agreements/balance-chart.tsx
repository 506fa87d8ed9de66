import { startOfDayUtc, type Currency } from '@marque/domain';
import { useLocale } from '@marque/ui';
import { Area, CartesianGrid, ComposedChart, Line, XAxis, YAxis } from 'recharts';
import type { BalancePoint } from './balance-over-time.js';

export interface BalanceChartProps {
  points: readonly BalancePoint[];
  currency: Currency;
}

const CHART_STYLE = { width: '100%', height: 180 } as const;

/**
 * The progress chart: what is left to pay, as paid so far (filled) and as planned (dashed). Loaded on
 * its own (recharts is large) and hidden from screen readers, whose users get the caption's figures.
 */
export default function BalanceChart({ points, currency }: BalanceChartProps) {
  const locale = useLocale();
  const compact = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 0,
  });
  const monthYear = new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (
    <div className="balance-chart" aria-hidden="true">
      <ComposedChart
        responsive
        style={CHART_STYLE}
        data={[...points]}
        accessibilityLayer={false}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--mq-color-divider)" />
        <XAxis
          dataKey="date"
          tickFormatter={(date: string) => monthYear.format(startOfDayUtc(date))}
          minTickGap={24}
          tick={{ fill: 'var(--mq-color-muted)', fontSize: 12 }}
        />
        <YAxis
          width={56}
          tickFormatter={(minor: number) => compact.format(minor / 100)}
          tick={{ fill: 'var(--mq-color-muted)', fontSize: 12 }}
        />
        <Line
          type="stepAfter"
          dataKey="scheduled"
          stroke="var(--mq-color-accent)"
          strokeDasharray="6 4"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Area
          type="stepAfter"
          dataKey="actual"
          stroke="var(--mq-color-primary)"
          fill="var(--mq-color-primary)"
          fillOpacity={0.15}
          strokeWidth={2}
          connectNulls={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </div>
  );
}
