import type { Protocol } from '@/lib/protocols';
import { SelectField, TextField, fieldId, type FieldErrors } from './Field';
import type { NewChallengeDraft } from './new-challenge-draft';

/** Darlington DSP 2024 and the LSCB policy: safeguarding comes first, whatever the disagreement. */
const SAFEGUARDING_FIRST =
  'At no time must professional disagreement detract from ensuring that a child or an adult at risk is safeguarded';

interface Props {
  form: string;
  protocol: Protocol;
  draft: NewChallengeDraft;
  errors: FieldErrors;
  set: <K extends keyof NewChallengeDraft>(key: K, value: NewChallengeDraft[K]) => void;
}

export function ImmediateRiskPanel({ form, protocol, draft, errors, set }: Props) {
  const rule = protocol.immediateRisk;
  return (
    <div class="panel panel--warning" role="note" aria-labelledby={`${form}-risk-heading`}>
      <h3 id={`${form}-risk-heading`}>Immediate risk</h3>
      <p>
        <strong>{SAFEGUARDING_FIRST}</strong>
      </p>
      {rule && (
        <>
          {!rule.message.startsWith(SAFEGUARDING_FIRST) && <p>{rule.message}</p>}
          <p>What to do now:</p>
          <ul>
            {rule.guidance.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {rule?.stagesMayBeSkipped ? (
        <>
          <SelectField
            id={fieldId(form, 'startingStage')}
            label="Start at stage"
            value={String(draft.startingStage)}
            options={protocol.stages.map((stage) => ({
              value: String(stage.number),
              label: `Stage ${stage.number}: ${stage.title}`,
            }))}
            onChange={(value) => set('startingStage', Number(value))}
            error={errors.startingStage}
          />
          {draft.startingStage > 1 && (
            <TextField
              multiline
              id={fieldId(form, 'skipReason')}
              label="Why start at a later stage"
              value={draft.skipReason}
              onInput={(value) => set('skipReason', value)}
              error={errors.skipReason}
            />
          )}
        </>
      ) : (
        <p class="hint">This protocol does not allow starting at a later stage.</p>
      )}
    </div>
  );
}
