import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { newChallengeEventSchema } from '@/lib/challenge';
import { useMessenger } from './messenger';
import { ErrorSummary, type FieldErrors } from './Field';

export interface AppendTarget {
  challengeId: string;
  /** The sequence number the view was derived at: a stale view gets a conflict, never a silent overwrite. */
  expectedSeq: number;
  onChanged: () => void;
}

interface Props {
  form: string;
  title: string;
  submitLabel: string;
  target: AppendTarget;
  /** The event draft to append, built from the form's fields. */
  build: () => unknown;
  labels: Record<string, string>;
  /** Checks across fields that the event schema leaves to the rules (a skip reason when stages are skipped). */
  validate?: () => FieldErrors;
  onSaved: () => void;
  /** `forget(prefix)` drops the errors under a path, e.g. when the list they point into changes. */
  children: (errors: FieldErrors, forget: (prefix: string) => void) => ComponentChildren;
}

/** One action on a challenge as a small form: validated here, appended through the background. */
export function ActionForm(props: Props) {
  const { form, title, submitLabel, target, build, labels, validate, onSaved, children } = props;
  const send = useMessenger();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function forget(prefix: string) {
    setErrors((current) => {
      const kept = Object.entries(current).filter(
        ([path]) => path !== prefix && !path.startsWith(`${prefix}.`),
      );
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
    });
  }

  async function submit(event: Event) {
    event.preventDefault();
    const parsed = newChallengeEventSchema.safeParse(build());
    const found: FieldErrors = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) found[issue.path.join('.') || 'form'] ??= issue.message;
    }
    for (const [path, message] of Object.entries(validate?.() ?? {})) found[path] ??= message;
    if (!parsed.success || Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    setBusy(true);
    const reply = await send('challenge/append', {
      challengeId: target.challengeId,
      expectedSeq: target.expectedSeq,
      event: parsed.data,
    });
    setBusy(false);
    if (reply.ok) {
      setErrors({});
      setConflict(null);
      onSaved();
      target.onChanged();
    } else if (reply.error.kind === 'conflict') {
      setErrors({});
      setConflict(reply.error.message);
    } else {
      setErrors({ form: reply.error.message });
    }
  }

  return (
    <details class="action">
      <summary>{title}</summary>
      <form class="stack" noValidate onSubmit={(event) => void submit(event)} aria-label={title}>
        <ErrorSummary form={form} errors={errors} labels={labels} />
        {conflict && (
          <div class="error-summary" role="alert">
            <p>{conflict}</p>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                setConflict(null);
                target.onChanged();
              }}
            >
              Reload
            </button>
          </div>
        )}
        {children(errors, forget)}
        <button type="submit" class="button" disabled={busy}>
          {submitLabel}
        </button>
      </form>
    </details>
  );
}
