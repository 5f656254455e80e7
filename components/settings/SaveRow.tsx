/** A section's Save button with its outcome: "Saved." (polite status) or the refusal (alert). */
export function SaveRow(props: { label?: string; status: string; refusal: string; disabled?: boolean }) {
  return (
    <div class="save-row">
      <button type="submit" class="button" disabled={props.disabled}>
        {props.label ?? 'Save'}
      </button>
      <p role="status" aria-live="polite" class="save-row__status">
        {props.status}
      </p>
      {props.refusal && (
        <p role="alert" class="error">
          {props.refusal}
        </p>
      )}
    </div>
  );
}
