import type { ComponentChildren } from 'preact';

/** Shown beside a value IT pushes through managed browser policy: the practitioner cannot change it. */
export const MANAGED_NOTE = 'Set by your organisation';

/** Whether IT manages this field, named either whole ("practitioner") or by path ("practitioner.email"). */
export function isManaged(managed: readonly string[], path: string): boolean {
  const top = path.split('.')[0] ?? path;
  return managed.includes(path) || managed.includes(top);
}

function describedBy(id: string, parts: { hint?: boolean; error?: boolean; managed?: boolean }) {
  const ids = [
    parts.hint ? `${id}-hint` : '',
    parts.managed ? `${id}-managed` : '',
    parts.error ? `${id}-error` : '',
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  managed?: boolean;
  children: ComponentChildren;
}

/** Label, hint, "set by your organisation" and the error, in that order above the control. */
function FieldFrame({ id, label, hint, error, managed, children }: FieldFrameProps) {
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
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

interface InputFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  managed?: boolean;
  type?: 'text' | 'email' | 'time' | 'number';
  inputMode?: 'numeric';
  autoComplete?: string;
  class?: string;
}

export function InputField(props: InputFieldProps) {
  const { id, value, onInput, hint, error, managed = false, type = 'text' } = props;
  return (
    <FieldFrame {...props} managed={managed}>
      <input
        id={id}
        // Preact types each input type apart; the attributes used here are valid for all four.
        type={type as 'text'}
        value={value}
        class={props.class}
        disabled={managed}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, { hint: !!hint, error: !!error, managed })}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </FieldFrame>
  );
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  managed?: boolean;
}

export function SelectField(props: SelectFieldProps) {
  const { id, value, options, onChange, hint, error, managed = false } = props;
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
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string | undefined;
  managed?: boolean;
}

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
      </div>
    </div>
  );
}

/** The lines of a refusal ("The file was not imported:\nstages.0: …") as a heading and a list. */
export function ProblemList({ message }: { message: string }) {
  const [first = '', ...rest] = message.split('\n').filter((line) => line.trim() !== '');
  return (
    <div class="error-summary" role="alert">
      <p class="error">{first}</p>
      {rest.length > 0 && (
        <ul>
          {rest.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
