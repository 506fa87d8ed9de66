import { useLocale } from '@marque/ui';

/** An instant as date and time in the market's locale, in UTC (the log's own time), inside <time>. */
export function InstantText({ at }: { at: string }) {
  const locale = useLocale();
  const text = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(at));
  return <time dateTime={at}>{text} UTC</time>;
}
