import { isIsoDate, startOfDayUtc, type IsoDate } from '@marque/domain';
import { useLocale } from './locale-context.js';

export interface DateTextProps {
  /** A calendar date, 'YYYY-MM-DD'. */
  date: IsoDate;
  /** 'long' → 23 November 2026; 'short' → 23 Nov 2026. */
  format?: 'long' | 'short';
  className?: string;
}

const formats = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: 'numeric', month: 'short', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** Formats an ISO calendar date in the market's locale; read in UTC so no time zone shifts the day. */
export function formatDate(
  date: IsoDate,
  locale: string,
  format: 'long' | 'short' = 'long',
): string {
  return new Intl.DateTimeFormat(locale, { ...formats[format], timeZone: 'UTC' }).format(
    startOfDayUtc(date),
  );
}

/** A calendar date in the market's locale inside <time>, or the raw text if it is not a date. */
export function DateText({ date, format = 'long', className }: DateTextProps) {
  const locale = useLocale();
  if (!isIsoDate(date)) return <span className={className}>{date}</span>;
  return (
    <time dateTime={date} className={className}>
      {formatDate(date, locale, format)}
    </time>
  );
}
