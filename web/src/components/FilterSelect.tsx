/**
 * One history filter: a labelled select whose first option means "any" (null), then one option per value.
 */
export function FilterSelect<T extends string>({
  label,
  anyLabel,
  testId,
  value,
  options,
  optionLabel,
  onChange,
}: {
  label: string;
  anyLabel: string;
  testId: string;
  value: T | null;
  options: readonly T[];
  optionLabel: (option: T) => string;
  onChange: (value: T | null) => void;
}) {
  return (
    <label className="field">
      {label}
      <select
        data-testid={testId}
        value={value ?? ''}
        onChange={(e) => onChange(options.find((o) => o === e.target.value) ?? null)}
      >
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </label>
  );
}
