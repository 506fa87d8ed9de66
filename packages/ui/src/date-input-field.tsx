import type { Ref } from 'react';
import { useLocale } from './locale-context.js';
import { Field } from './field.js';

type Part = 'day' | 'month' | 'year';

export interface DateInputFieldProps {
  /** The question, e.g. 'Date of birth'; it names the group. */
  legend: string;
  hint?: string;
  error?: string | undefined;
  /** The first input's id (day in the UK, month in the US), so that links can focus it; the others add -month, -day, -year. */
  id: string;
  /**
   * The date as typed, 'year-month-day' without padding ('1985-3-7'), so that a half-typed date
   * survives; isoDateOfParts turns it into 'YYYY-MM-DD' for checking.
   */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** Takes the first input, so that a form can move focus to this field. */
  inputRef?: Ref<HTMLInputElement>;
  /** 'bday' for a date of birth, so that browsers can fill it in. */
  autoComplete?: 'bday';
}

/** 'year-month-day' as typed → 'YYYY-MM-DD' with zero padding (still to be checked with isIsoDate). */
export function isoDateOfParts(value: string): string {
  const [year = '', month = '', day = ''] = value.split('-');
  if (year === '' || month === '' || day === '') return '';
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

const WIDTH: Record<Part, string> = {
  day: 'mq-input--2',
  month: 'mq-input--2',
  year: 'mq-input--4',
};
const MAX_DIGITS: Record<Part, number> = { day: 2, month: 2, year: 4 };
const LABEL: Record<Part, string> = { day: 'Day', month: 'Month', year: 'Year' };

/**
 * A date as three numeric boxes (the GOV.UK date input pattern, which works with every screen
 * reader and keyboard, unlike <input type="date">), in the market's order: day first in the UK,
 * month first in the US.
 */
export function DateInputField({
  legend,
  hint,
  error,
  id,
  value,
  onChange,
  onBlur,
  inputRef,
  autoComplete,
}: DateInputFieldProps) {
  const locale = useLocale();
  const [year = '', month = '', day = ''] = value.split('-');
  const parts = { year, month, day };
  const order: Part[] = locale === 'en-US' ? ['month', 'day', 'year'] : ['day', 'month', 'year'];

  const change = (part: Part, text: string) => {
    const next = { ...parts, [part]: text.replace(/\D/g, '').slice(0, MAX_DIGITS[part]) };
    onChange(`${next.year}-${next.month}-${next.day}`);
  };

  return (
    <Field as="fieldset" label={legend} hint={hint} error={error} id={id}>
      {(control) => (
        <div className="mq-date-input">
          {order.map((part, index) => {
            const inputId = index === 0 ? id : `${id}-${part}`;
            return (
              <div className="mq-date-input__item" key={part}>
                <label className="mq-date-input__label" htmlFor={inputId}>
                  {LABEL[part]}
                </label>
                <input
                  id={inputId}
                  ref={index === 0 ? inputRef : undefined}
                  className={`mq-input ${WIDTH[part]}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete={autoComplete === undefined ? 'off' : `${autoComplete}-${part}`}
                  aria-invalid={control['aria-invalid']}
                  value={parts[part]}
                  onChange={(event) => {
                    change(part, event.target.value);
                  }}
                  onBlur={onBlur}
                />
              </div>
            );
          })}
        </div>
      )}
    </Field>
  );
}
