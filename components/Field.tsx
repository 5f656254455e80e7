import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** Error messages keyed by field path ("decisionMaker.agency"), shown beside the field and in the summary. */
export type FieldErrors = Record<string, string>;

export function fieldId(form: string, path: string): string {
  return `${form}-${path.replace(/\./g, '-')}`;
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  multiline?: boolean;
  type?: 'text' | 'number' | 'date';
  required?: boolean;
}

/** A labelled input whose error sits beside it and is announced through aria-describedby. */
export function TextField(props: TextFieldProps) {
  const { id, label, value, onInput, error, hint, multiline, type = 'text', required } = props;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const shared = {
    id,
    value,
    required: required ?? false,
    ...(error ? { 'aria-invalid': 'true' as const } : {}),
    ...(described ? { 'aria-describedby': described } : {}),
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field__error">
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {multiline ? (
        <textarea rows={3} {...shared} />
      ) : type === 'number' ? (
        <input type="number" {...shared} />
      ) : type === 'date' ? (
        <input type="date" {...shared} />
      ) : (
        <input type="text" {...shared} />
      )}
    </div>
  );
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: string | undefined;
  placeholder?: string;
}

export function SelectField({ id, label, value, options, onChange, error, placeholder }: SelectFieldProps) {
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={id}>{label}</label>
      {error && (
        <p id={`${id}-error`} class="field__error">
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <select
        id={id}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField(props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div class="field field--checkbox">
      <input
        type="checkbox"
        id={props.id}
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for={props.id}>{props.label}</label>
    </div>
  );
}

/** Lists every error with a link to its field; role=alert so it is announced when it appears. */
export function ErrorSummary(props: { form: string; errors: FieldErrors; labels?: Record<string, string> }) {
  const { form, errors, labels = {} } = props;
  const entries = Object.entries(errors);
  const box = useRef<HTMLDivElement>(null);
  // Move focus to the summary so keyboard and screen-reader users start from the list of problems.
  useEffect(() => {
    if (entries.length > 0) box.current?.focus();
  }, [errors]); // eslint-disable-line react-hooks/exhaustive-deps
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={box}>
      <h3>There is a problem</h3>
      <ul>
        {entries.map(([path, message]) => (
          <li key={path}>
            {path === 'form' ? (
              message
            ) : (
              <a href={`#${fieldId(form, path)}`}>{`${labels[path] ?? path}: ${message}`}</a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Panel({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <div class="panel">
      <h3>{title}</h3>
      {children}
    </div>
  );
}
