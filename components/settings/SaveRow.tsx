/**
 * What an action in a section came to: success in a polite status (always in the page, so screen readers
 * hear it change), a refusal in an alert (only when there is one).
 */
export function Outcome(props: { status: string; refusal?: string | null }) {
  return (
    <>
      <p role="status" aria-live="polite" class="save-row__status">
        {props.status}
      </p>
      {props.refusal && (
        <p role="alert" class="error">
          {props.refusal}
        </p>
      )}
    </>
  );
}

/** A section's Save button with its outcome: "Saved." (polite status) or the refusal (alert). */
export function SaveRow(props: { label?: string; status: string; refusal: string; disabled?: boolean }) {
  return (
    <div class="save-row">
      <button type="submit" class="button" disabled={props.disabled}>
        {props.label ?? 'Save'}
      </button>
      <Outcome status={props.status} refusal={props.refusal} />
    </div>
  );
}
