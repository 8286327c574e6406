import type { PlayerField } from "./types";

type Values = Record<string, string | number | boolean>;

// Inside the device frame (components/use-cases/screens/device-frame.tsx): only the app's own look.
const FRAME: Record<string, string> = {
  ussd: "rounded-md bg-device-ussd/70 p-2 font-mono text-sm",
  sms: "space-y-2",
  app: "",
  list: "",
  dashboard: "",
  form: "",
  email: "",
};

const KIND_NAME: Record<string, string> = {
  ussd: "Phone menu",
  sms: "Text messages",
  app: "App",
  list: "Work list",
  dashboard: "Overview",
  form: "Form",
  email: "E-mail",
};

const input = "mt-1 block w-full rounded-sm border border-ink bg-white px-2 py-1";

/** The actor's screen for a step: a realistic simple widget per screen kind, with editable example values. */
export function Screen({
  kind,
  title,
  fields,
  values,
  onChange,
  errors,
}: {
  kind: string;
  title: string;
  fields: PlayerField[];
  values: Values;
  onChange: (name: string, v: string | boolean) => void;
  errors: Record<string, string>;
}) {
  return (
    <div className={FRAME[kind] ?? FRAME.form} data-screen-kind={kind}>
      <p className="text-xs uppercase tracking-wide text-muted">{KIND_NAME[kind] ?? kind}</p>
      <h3 className="mb-2 text-lg font-semibold">{title}</h3>
      <div className={kind === "dashboard" ? "grid gap-2 sm:grid-cols-2" : "space-y-2"}>
        {fields.map((f, i) => {
          const id = `field-${f.name}`;
          const err = errors[f.name];
          const describedBy = [f.hint && `${id}-hint`, err && `${id}-error`].filter(Boolean).join(" ") || undefined;
          const label = kind === "ussd" && f.type !== "readonly" ? `${i + 1}. ${f.label}` : f.label;
          if (f.type === "readonly") {
            return (
              <div
                key={f.name}
                className={
                  kind === "sms" ? "max-w-[85%] rounded-lg bg-brand-50 p-2" : kind === "dashboard" ? "rounded-sm bg-white p-2" : "border-b border-line py-1"
                }
              >
                <span className="block text-sm text-muted">{f.label}</span>
                <span className={kind === "dashboard" ? "text-2xl font-bold" : "font-semibold"}>{String(values[f.name])}</span>
              </div>
            );
          }
          if (f.type === "checkbox") {
            return (
              <div key={f.name}>
                <label className="flex items-start gap-2">
                  <input
                    id={id}
                    name={f.name}
                    type="checkbox"
                    className="mt-1 h-5 w-5"
                    checked={values[f.name] === true}
                    onChange={(e) => onChange(f.name, e.target.checked)}
                    aria-describedby={describedBy}
                  />
                  <span>{label}</span>
                </label>
                {err && (
                  <p id={`${id}-error`} className="font-semibold text-error">
                    {err}
                  </p>
                )}
              </div>
            );
          }
          return (
            <div key={f.name}>
              <label htmlFor={id} className="block text-sm font-semibold">
                {label}
              </label>
              {f.hint && (
                <p id={`${id}-hint`} className="text-sm text-muted">
                  {f.hint}
                </p>
              )}
              {err && (
                <p id={`${id}-error`} className="font-semibold text-error">
                  {err}
                </p>
              )}
              {f.type === "select" ? (
                <select
                  id={id}
                  name={f.name}
                  className={input}
                  value={String(values[f.name])}
                  onChange={(e) => onChange(f.name, e.target.value)}
                  aria-describedby={describedBy}
                  aria-invalid={!!err}
                >
                  {(f.options?.length ? f.options : [String(f.example)]).map((o) => (
                    <option key={o}>{o}</option>
                  ))}
                </select>
              ) : f.type === "textarea" ? (
                <textarea
                  id={id}
                  name={f.name}
                  rows={3}
                  className={input}
                  value={String(values[f.name])}
                  onChange={(e) => onChange(f.name, e.target.value)}
                  aria-describedby={describedBy}
                  aria-invalid={!!err}
                />
              ) : (
                <input
                  id={id}
                  name={f.name}
                  type={f.type === "number" ? "number" : f.type === "date" ? "date" : f.type === "tel" ? "tel" : f.type === "email" ? "email" : "text"}
                  className={input}
                  value={String(values[f.name])}
                  onChange={(e) => onChange(f.name, e.target.value)}
                  aria-describedby={describedBy}
                  aria-invalid={!!err}
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
