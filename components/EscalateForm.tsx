import { useState } from 'preact/hooks';
import type { ChallengeState } from '@/lib/challenge';
import type { Protocol } from '@/lib/protocols';
import { ActionForm, type AppendTarget } from './ActionForm';
import { CheckboxField, SelectField, TextField, fieldId, type FieldErrors } from './Field';

const optional = (text: string) => (text.trim() === '' ? undefined : text);
const FORM = 'escalate';

interface Props {
  target: AppendTarget;
  state: ChallengeState;
  protocol: Protocol;
  /** The rung above the current stage: where an ordinary escalation goes. */
  next: Protocol['stages'][number];
}

/**
 * Escalation, one rung at a time — or, where the protocol allows it (Pan-Sussex 1: "if a child is thought to
 * be at risk of immediate harm, discretion should be used as to which stage … is initiated"), straight to a
 * later stage with the reason recorded. The risk may have been recorded at opening or be found now; either
 * way the choice of stage is offered only once it is indicated, and only by a protocol that says so
 * (`immediateRisk.stagesMayBeSkipped`), as the opening form does. lib/challenge/rules.ts judges it again.
 */
export function EscalateForm({ target, state, protocol, next }: Props) {
  const blank = { toStage: String(next.number), reason: '', skipReason: '', riskNow: false };
  const [f, setF] = useState(blank);
  const later = protocol.stages.filter((stage) => stage.number > state.currentStage);
  const mayChoose = protocol.immediateRisk?.stagesMayBeSkipped === true && later.length > 1;
  const riskIndicated = state.immediateRisk || f.riskNow;
  const toStage = mayChoose && riskIndicated ? Number(f.toStage) : next.number;
  const skipping = toStage > next.number;
  const chosen = later.find((stage) => stage.number === toStage) ?? next;
  const title = `Escalate to Stage ${chosen.number}: ${chosen.title}`;
  return (
    <ActionForm
      form={FORM}
      title={title}
      submitLabel="Escalate"
      target={target}
      labels={{
        reason: 'Why escalate',
        skipReason: 'Why skip the earlier stages',
        toStage: 'Escalate to stage',
      }}
      validate={(): FieldErrors =>
        skipping && !f.skipReason.trim()
          ? { skipReason: `must be given when skipping to Stage ${toStage}` }
          : {}
      }
      onSaved={() => setF(blank)}
      build={() => ({
        type: 'escalated',
        toStage,
        reason: f.reason,
        ...(skipping ? { skipReason: optional(f.skipReason) } : {}),
        // Recorded only when found now: the opening already holds a risk recorded then.
        ...(f.riskNow && !state.immediateRisk ? { immediateRisk: true } : {}),
      })}
    >
      {(errors) => (
        <>
          {mayChoose && !state.immediateRisk && (
            <CheckboxField
              id={fieldId(FORM, 'immediateRisk')}
              label="The child or adult is now at risk of immediate harm"
              hint={`${protocol.name} lets you escalate straight to a later stage when they are.`}
              checked={f.riskNow}
              onChange={(checked) =>
                setF((c) => ({ ...c, riskNow: checked, toStage: checked ? c.toStage : String(next.number) }))
              }
            />
          )}
          {mayChoose && riskIndicated && (
            <>
              {f.riskNow && protocol.immediateRisk && (
                <div class="panel panel--warning">
                  <p>
                    <strong>{protocol.immediateRisk.message}</strong>
                  </p>
                  <ul>
                    {protocol.immediateRisk.guidance.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </div>
              )}
              <SelectField
                id={fieldId(FORM, 'toStage')}
                label="Escalate to stage"
                value={String(toStage)}
                options={later.map((stage) => ({
                  value: String(stage.number),
                  label: `Stage ${stage.number}: ${stage.title}`,
                }))}
                onChange={(value) => setF((c) => ({ ...c, toStage: value }))}
                error={errors.toStage}
              />
            </>
          )}
          <TextField
            multiline
            id={fieldId(FORM, 'reason')}
            label="Why escalate"
            value={f.reason}
            onInput={(value) => setF((c) => ({ ...c, reason: value }))}
            error={errors.reason}
          />
          {skipping && (
            <TextField
              multiline
              id={fieldId(FORM, 'skipReason')}
              label="Why skip the earlier stages"
              hint="Say what puts the child or adult at immediate risk and why the earlier stages cannot wait."
              value={f.skipReason}
              onInput={(value) => setF((c) => ({ ...c, skipReason: value }))}
              error={errors.skipReason}
            />
          )}
        </>
      )}
    </ActionForm>
  );
}
