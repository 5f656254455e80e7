/**
 * A labelled box that is editable on screen and prints as plain text (the form's value, not a form
 * control): the print stylesheet hides the control and shows the `.print-value` twin.
 */
export function PrintableField(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  value: string;
  multiline: boolean;
  type?: 'text' | 'date';
  onInput: (value: string) => void;
}) {
  const { id, label, hint, value, multiline, onInput } = props;
  const rows = Math.min(14, Math.max(3, value.split('\n').length + 1));
  return (
    <div class="field printable-field">
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea
          id={id}
          rows={rows}
          value={value}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
      )}
      <div class="print-value" aria-hidden="true">
        {value === '' ? '\u00a0' : value}
      </div>
    </div>
  );
}
