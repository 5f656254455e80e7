import { useEffect, useRef, useState } from 'preact/hooks';
import { TextField, fieldId, type FieldErrors } from './Field';

/**
 * The agreed actions of a contact: what will be done, by whom, by when. Darlington Stage 1 asks the two
 * professionals to "agree a plan of action to be implemented" and to record "what was discussed, agreed";
 * Pan-Sussex Stage 2 asks for "a written record of the issue raised, the action taken and the outcome".
 * Each action is one group of three fields, added and removed with buttons (no drag, no hidden gestures).
 */

/** One row as typed; `key` keeps a row's fields attached to it when an earlier row is removed. */
export interface ActionRow {
  key: number;
  action: string;
  owner: string;
  dueBy: string;
}

/** Mirrors LIMITS.listItems in lib/challenge/event-fields.ts; the schema checks it again at submit. */
export const MAX_ACTION_ROWS = 50;

const optional = (text: string) => (text.trim() === '' ? undefined : text);

/** The rows as the event's `actions` list. A row left blank stays in, so the schema names it. */
export function actionsFromRows(rows: readonly ActionRow[]) {
  return rows.map((row) => ({ action: row.action, owner: optional(row.owner), dueBy: optional(row.dueBy) }));
}

/** Error-summary labels for each row's fields, by the path the schema reports ("actions.0.action"). */
export function actionRowLabels(rows: readonly ActionRow[]): Record<string, string> {
  const labels: Record<string, string> = { actions: 'Agreed actions' };
  rows.forEach((_, index) => {
    labels[`actions.${index}.action`] = `Action ${index + 1}: what will be done`;
    labels[`actions.${index}.owner`] = `Action ${index + 1}: who will do it`;
    labels[`actions.${index}.dueBy`] = `Action ${index + 1}: by when`;
  });
  return labels;
}

interface Props {
  form: string;
  rows: readonly ActionRow[];
  onChange: (rows: ActionRow[]) => void;
  errors: FieldErrors;
  /** Drops the errors under a path: after a removal they would name the wrong rows. */
  forgetErrors: (prefix: string) => void;
}

export function AgreedActionsFields({ form, rows, onChange, errors, forgetErrors }: Props) {
  const nextKey = useRef(rows.reduce((max, row) => Math.max(max, row.key + 1), 0));
  const addButton = useRef<HTMLButtonElement>(null);
  // Where focus goes once the list has re-rendered: a new row's first field, or a neighbour after a removal.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  useEffect(() => {
    if (focusTarget === null) return;
    const element = focusTarget === 'add' ? addButton.current : document.getElementById(focusTarget);
    element?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const update = (key: number, field: 'action' | 'owner' | 'dueBy') => (value: string) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, [field]: value } : row)));

  function add() {
    const key = nextKey.current;
    nextKey.current += 1;
    onChange([...rows, { key, action: '', owner: '', dueBy: '' }]);
    setFocusTarget(fieldId(form, `actions.${rows.length}.action`));
  }

  function remove(index: number) {
    const rest = rows.filter((_, i) => i !== index);
    onChange(rest);
    // Rows below move up a place, so errors kept by index would now point at the wrong action.
    forgetErrors('actions');
    // The row that moves into this place, else the one before, else the add button.
    const neighbour = Math.min(index, rest.length - 1);
    setFocusTarget(neighbour >= 0 ? fieldId(form, `actions.${neighbour}.action`) : 'add');
  }

  const hintId = `${fieldId(form, 'actions')}-hint`;
  return (
    <fieldset id={fieldId(form, 'actions')} aria-describedby={hintId} tabIndex={-1}>
      <legend>Agreed actions (optional)</legend>
      <p id={hintId} class="hint">
        Each action agreed: what will be done, who will do it and by when.
      </p>
      {errors.actions && (
        <p class="field__error">
          <span class="visually-hidden">Error: </span>
          {errors.actions}
        </p>
      )}
      {rows.map((row, index) => {
        const id = (field: string) => fieldId(form, `actions.${index}.${field}`);
        return (
          <fieldset key={row.key} class="action-row">
            <legend>Action {index + 1}</legend>
            <TextField
              multiline
              id={id('action')}
              label="What will be done"
              value={row.action}
              onInput={update(row.key, 'action')}
              error={errors[`actions.${index}.action`]}
            />
            <TextField
              id={id('owner')}
              label="Who will do it (optional)"
              value={row.owner}
              onInput={update(row.key, 'owner')}
              error={errors[`actions.${index}.owner`]}
            />
            <TextField
              type="date"
              id={id('dueBy')}
              label="By when (optional)"
              value={row.dueBy}
              onInput={update(row.key, 'dueBy')}
              error={errors[`actions.${index}.dueBy`]}
            />
            <button type="button" class="button button--secondary" onClick={() => remove(index)}>
              Remove action {index + 1}
            </button>
          </fieldset>
        );
      })}
      {rows.length < MAX_ACTION_ROWS ? (
        <button type="button" class="button button--secondary" ref={addButton} onClick={add}>
          {rows.length === 0 ? 'Add an agreed action' : 'Add another agreed action'}
        </button>
      ) : (
        <p class="hint">{MAX_ACTION_ROWS} actions is the most one contact can record.</p>
      )}
    </fieldset>
  );
}
