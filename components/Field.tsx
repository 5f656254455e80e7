import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * The one field kit of every page (sidebar, options, reports): each control has a label tied to it
 * (`htmlFor`), its hint, managed note and error named by aria-describedby, and aria-invalid while in error.
 */

/** Error messages keyed by field path ("decisionMaker.agency"), shown beside the field and in the summary. */
export type FieldErrors = Record<string, string>;

export function fieldId(form: string, path: string): string {
  return `${form}-${path.replace(/\./g, '-')}`;
}

/** Shown beside a value IT pushes through managed browser policy: the practitioner cannot change it. */
export const MANAGED_NOTE = 'Set by your organisation';

/** The ids a control is described by: its hint, the managed note and its error, in reading order. */
function describedBy(id: string, parts: { hint?: boolean; error?: boolean; managed?: boolean }) {
  const ids = [
    parts.hint ? `${id}-hint` : '',
    parts.managed ? `${id}-managed` : '',
    parts.error ? `${id}-error` : '',
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** What every field has: a label, and optionally a hint, an error, and IT's lock on its value. */
interface FieldBase {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** IT sets this value through managed policy: the control is disabled and says so. */
  managed?: boolean;
}

/** Label, hint, "set by your organisation" and the error, in that order above the control. */
/** The hint and the "set by your organisation" note under a label; their ids are what describedBy names. */
function FieldNotes({ id, hint, managed }: { id: string; hint?: ComponentChildren; managed?: boolean }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {managed && (
        <p id={`${id}-managed`} class="managed-note">
          {MANAGED_NOTE}
        </p>
      )}
    </>
  );
}

function FieldFrame({
  id,
  label,
  hint,
  error,
  managed,
  children,
}: FieldBase & { children: ComponentChildren }) {
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <FieldNotes id={id} hint={hint} managed={managed} />
      {error && (
        <p id={`${id}-error`} class="field__error">
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

interface TextFieldProps extends FieldBase {
  value: string;
  onInput: (value: string) => void;
  multiline?: boolean;
  type?: 'text' | 'email' | 'time' | 'number' | 'date';
  required?: boolean;
  inputMode?: 'numeric';
  autoComplete?: string;
  class?: string;
}

/** A labelled input (or a three-row textarea) whose hint and error are announced through aria-describedby. */
export function TextField(props: TextFieldProps) {
  const { id, value, onInput, hint, error, managed = false, multiline, type = 'text', required } = props;
  const shared = {
    id,
    value,
    class: props.class,
    required: required ?? false,
    disabled: managed,
    inputMode: props.inputMode,
    autoComplete: props.autoComplete,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(id, { hint: !!hint, error: !!error, managed }),
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <FieldFrame {...props} managed={managed}>
      {multiline ? (
        <textarea rows={3} {...shared} />
      ) : (
        // Preact types each input type apart; the attributes used here are valid for all five.
        <input type={type as 'text'} {...shared} />
      )}
    </FieldFrame>
  );
}

interface SelectFieldProps extends FieldBase {
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  /** A first, empty option ("Choose…"), for a choice that has no default. */
  placeholder?: string;
}

export function SelectField(props: SelectFieldProps) {
  const { id, value, options, onChange, hint, error, managed = false, placeholder } = props;
  return (
    <FieldFrame {...props} managed={managed}>
      <select
        id={id}
        value={value}
        disabled={managed}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, { hint: !!hint, error: !!error, managed })}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

interface CheckboxFieldProps extends Omit<FieldBase, 'error'> {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** The box first, then its label with the hint and managed note under it. */
export function CheckboxField({ id, label, checked, onChange, hint, managed = false }: CheckboxFieldProps) {
  return (
    <div class="field field--checkbox">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        disabled={managed}
        aria-describedby={describedBy(id, { hint: !!hint, managed })}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        <FieldNotes id={id} hint={hint} managed={managed} />
      </div>
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
