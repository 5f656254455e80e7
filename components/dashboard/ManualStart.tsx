import { useState } from 'preact/hooks';
import type { SelectionCapture } from '@/lib/messaging/page-schemas';
import { ErrorSummary, TextField, fieldId, type FieldErrors } from '../Field';

const FORM = 'manual';
const LABELS = {
  caseReference: 'Case reference',
  quote: 'Decision challenged',
  system: 'Where the decision is recorded',
};
const LIMIT = { caseReference: 64, quote: 5000, system: 100 };

/**
 * First step of a challenge started by hand, for systems the extension cannot read (EMIS Web, SystmOne,
 * Mosaic over remote desktop): the practitioner types or pastes what a case page would have given.
 * The result has the shape of a capture, so the same new-challenge form takes it from there.
 */
export function ManualStart({ onContinue }: { onContinue: (capture: SelectionCapture) => void }) {
  const [values, setValues] = useState({ caseReference: '', quote: '', system: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (key: keyof typeof values, value: string) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors(({ [key]: _cleared, ...rest }) => rest);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const found: FieldErrors = {};
    for (const key of ['caseReference', 'quote'] as const)
      if (!values[key].trim()) found[key] = 'must be given';
    for (const key of Object.keys(LIMIT) as (keyof typeof LIMIT)[])
      if (values[key].length > LIMIT[key]) found[key] = `must be at most ${LIMIT[key]} characters`;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const system = values.system.trim() || 'Entered by hand';
    onContinue({
      // No page: the form then records no address for the decision, only the system's name as its title.
      url: '',
      pageTitle: system,
      detectedCase: { system, caseReference: values.caseReference.trim() },
      anchor: { quote: values.quote.trim(), prefix: '', suffix: '' },
    });
  };

  return (
    <form class="stack card" noValidate onSubmit={submit} aria-labelledby="manual-heading">
      <h2 id="manual-heading">Start a challenge by hand</h2>
      <p class="hint">
        For systems Challenge Companion cannot read, such as EMIS Web or SystmOne. Everything else works the
        same as a challenge started from a case page.
      </p>
      <ErrorSummary form={FORM} errors={errors} labels={LABELS} />
      <TextField
        id={fieldId(FORM, 'caseReference')}
        label={LABELS.caseReference}
        value={values.caseReference}
        onInput={(v) => set('caseReference', v)}
        error={errors.caseReference}
      />
      <TextField
        multiline
        id={fieldId(FORM, 'quote')}
        label={LABELS.quote}
        hint="Type or paste the decision, action or inaction you disagree with, as recorded."
        value={values.quote}
        onInput={(v) => set('quote', v)}
        error={errors.quote}
      />
      <TextField
        id={fieldId(FORM, 'system')}
        label={`${LABELS.system} (optional)`}
        hint="For example EMIS Web, SystmOne or Mosaic."
        value={values.system}
        onInput={(v) => set('system', v)}
        error={errors.system}
      />
      <button type="submit" class="button">
        Continue
      </button>
    </form>
  );
}
