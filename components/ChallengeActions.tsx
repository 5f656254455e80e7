import { useState } from 'preact/hooks';
import type { ChallengeState } from '@/lib/challenge';
import type { Protocol } from '@/lib/protocols';
import { ActionForm, type AppendTarget } from './ActionForm';
import { EscalateForm } from './EscalateForm';
import { LogContact } from './LogContact';
import { RecordMeeting } from './RecordMeeting';
import { SelectField, TextField, fieldId } from './Field';

const optional = (text: string) => (text.trim() === '' ? undefined : text);

/** The actions that take one text (a note, a withdrawal or reopening reason). */
function OneText(props: {
  target: AppendTarget;
  form: string;
  title: string;
  submitLabel: string;
  label: string;
  build: (text: string) => unknown;
  path: string;
}) {
  const [text, setText] = useState('');
  return (
    <ActionForm
      form={props.form}
      title={props.title}
      submitLabel={props.submitLabel}
      target={props.target}
      labels={{ [props.path]: props.label }}
      onSaved={() => setText('')}
      build={() => props.build(text)}
    >
      {(errors) => (
        <TextField
          multiline
          id={fieldId(props.form, props.path)}
          label={props.label}
          value={text}
          onInput={setText}
          error={errors[props.path]}
        />
      )}
    </ActionForm>
  );
}

function SetTimeframe({ target, stage }: { target: AppendTarget; stage: number }) {
  const [days, setDays] = useState('');
  const [note, setNote] = useState('');
  return (
    <ActionForm
      form="timeframe"
      title="Set the timeframe"
      submitLabel="Set timeframe"
      target={target}
      labels={{ workingDays: 'Working days' }}
      onSaved={() => setDays('')}
      build={() => ({ type: 'timeframe-set', stage, workingDays: Number(days), note: optional(note) })}
    >
      {(errors) => (
        <>
          <TextField
            type="number"
            id={fieldId('timeframe', 'workingDays')}
            label="Working days for this stage"
            value={days}
            onInput={setDays}
            error={errors.workingDays}
          />
          <TextField
            id={fieldId('timeframe', 'note')}
            label="Note (optional)"
            value={note}
            onInput={setNote}
            error={errors.note}
          />
        </>
      )}
    </ActionForm>
  );
}

function Resolve({ target, stage }: { target: AppendTarget; stage: number }) {
  const [outcome, setOutcome] = useState('');
  const [satisfied, setSatisfied] = useState('yes');
  return (
    <ActionForm
      form="resolve"
      title="Resolve"
      submitLabel="Record resolution"
      target={target}
      labels={{ outcome: 'Outcome' }}
      onSaved={() => setOutcome('')}
      build={() => ({ type: 'resolved', atStage: stage, outcome, professionalsSatisfied: satisfied })}
    >
      {(errors) => (
        <>
          <TextField
            multiline
            id={fieldId('resolve', 'outcome')}
            label="Outcome"
            value={outcome}
            onInput={setOutcome}
            error={errors.outcome}
          />
          <SelectField
            id={fieldId('resolve', 'professionalsSatisfied')}
            label="Are the professionals involved satisfied with the outcome?"
            value={satisfied}
            options={[
              { value: 'yes', label: 'Yes' },
              { value: 'partly', label: 'Partly' },
              { value: 'no', label: 'No' },
            ]}
            onChange={setSatisfied}
          />
        </>
      )}
    </ActionForm>
  );
}

export function ChallengeActions({
  state,
  protocol,
  target,
}: {
  state: ChallengeState;
  protocol: Protocol | undefined;
  target: AppendTarget;
}) {
  if (state.status !== 'open') {
    return (
      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">Actions</h2>
        <OneText
          target={target}
          form="reopen"
          submitLabel="Reopen challenge"
          title="Reopen"
          label="Why reopen this challenge"
          path="reason"
          build={(reason) => ({ type: 'reopened', reason })}
        />
        <OneText
          target={target}
          form="note"
          submitLabel="Save note"
          title="Add a note"
          label="Note"
          path="text"
          build={(text) => ({ type: 'note-added', text })}
        />
      </section>
    );
  }
  const next = protocol?.stages.find((stage) => stage.number === state.currentStage + 1);
  const kind = state.timeframe.kind;
  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions</h2>
      <LogContact target={target} />
      <OneText
        target={target}
        form="note"
        submitLabel="Save note"
        title="Add a note"
        label="Note"
        path="text"
        build={(text) => ({ type: 'note-added', text })}
      />
      {/* From Stage 3 the protocols bring in an interagency meeting (Darlington 3.3, LSCB 2019 step 3). */}
      {state.currentStage >= 3 && <RecordMeeting target={target} />}
      {(kind === 'set-by-escalator' || kind === 'as-soon-as-possible') && (
        <SetTimeframe target={target} stage={state.currentStage} />
      )}
      {protocol && next && <EscalateForm target={target} state={state} protocol={protocol} next={next} />}
      <Resolve target={target} stage={state.currentStage} />
      <OneText
        target={target}
        form="withdraw"
        submitLabel="Withdraw challenge"
        title="Withdraw"
        label="Why withdraw this challenge"
        path="reason"
        build={(reason) => ({ type: 'withdrawn', reason })}
      />
    </section>
  );
}
