import { useId } from 'react';

interface LabelledSelectProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly T[];
  readonly optionLabel: (option: T) => string;
  readonly onChange: (value: T) => void;
  readonly className?: string;
}

/**
 * A `<label>` and its `<select>` over a closed list of options (rendered as siblings, so the
 * parent decides the layout). The value handed to `onChange` is always one of `options`.
 */
export function LabelledSelect<T extends string>({
  label,
  value,
  options,
  optionLabel,
  onChange,
  className,
}: LabelledSelectProps<T>) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className={className}
        value={value}
        onChange={(event) => {
          const next = options.find((option) => option === event.target.value);
          if (next !== undefined) onChange(next);
        }}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </>
  );
}
