/**
 * A labelled drop-down in a form: the label above, then the select. `emptyOption` adds a first
 * choice with no value (such as "Any status"); `wide` fills the column; `extraClass` is added to
 * the select's classes.
 */
export function SelectField({
  id,
  name,
  label,
  defaultValue,
  options,
  emptyOption,
  wide = false,
  extraClass,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  options: readonly { value: string; label: string }[];
  emptyOption?: string;
  wide?: boolean;
  extraClass?: string;
}) {
  const className = ["mt-1", wide && "w-full", "rounded-sm border-2 border-ink bg-white px-2 py-1.5", extraClass].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className={className}>
        {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
