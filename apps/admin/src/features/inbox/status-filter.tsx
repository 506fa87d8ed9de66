import { Field } from '@marque/ui';
import './inbox.css';

export interface StatusFilterProps<T extends string> {
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** Which statuses the list shows. */
export function StatusFilter<T extends string>({ value, options, onChange }: StatusFilterProps<T>) {
  return (
    <div className="status-filter">
      <Field label="Show">
        {(control) => (
          <select
            className="mq-select mq-select--compact"
            {...control}
            value={value}
            onChange={(event) => {
              const chosen = options.find((option) => option.value === event.target.value);
              if (chosen !== undefined) onChange(chosen.value);
            }}
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
