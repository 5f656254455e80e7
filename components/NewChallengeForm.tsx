import { useEffect, useRef, useState } from 'preact/hooks';
import type { Protocol } from '@/lib/protocols';
import type { SelectionCapture } from '@/lib/messaging/page-schemas';
import type { Settings } from '@/lib/settings/settings-schema';
import { useNewChallengeDrafts } from './browser-services';
import { useMessenger } from './messenger';
import { CheckboxField, ErrorSummary, SelectField, TextField, fieldId, type FieldErrors } from './Field';
import { ImmediateRiskPanel } from './ImmediateRiskPanel';
import { buildOpened, initialDraft, type NewChallengeDraft } from './new-challenge-draft';

/** The validator brings zod: fetched on first submit, or earlier when the sidebar is idle. */
const loadValidator = () => import('./validate-opened');

const FORM = 'nc';
const LABELS: Record<string, string> = {
  caseReference: 'Case reference',
  protocolId: 'Protocol',
  areaOfDisagreement: 'Area of disagreement',
  'decision.quote': 'Decision challenged',
  'decisionMaker.name': 'Decision-maker’s name',
  'decisionMaker.role': 'Decision-maker’s role',
  'decisionMaker.agency': 'Decision-maker’s agency',
  'practitioner.name': 'Your name',
  'practitioner.role': 'Your role',
  'practitioner.agency': 'Your agency',
  reason: 'Reason for disagreement',
  outcomeSought: 'Outcome sought',
  startingStage: 'Starting stage',
  skipReason: 'Reason for starting at a later stage',
};

const ERROR_PATH: Partial<Record<keyof NewChallengeDraft, string>> = {
  decisionMakerName: 'decisionMaker.name',
  decisionMakerRole: 'decisionMaker.role',
  decisionMakerAgency: 'decisionMaker.agency',
  practitionerName: 'practitioner.name',
  practitionerRole: 'practitioner.role',
  practitionerAgency: 'practitioner.agency',
};

interface Props {
  capture: SelectionCapture | null;
  detected: SelectionCapture['detectedCase'];
  settings: Settings;
  protocols: Protocol[];
  onOpened: (challengeId: string) => void;
}

export function NewChallengeForm({ capture, detected, settings, protocols, onOpened }: Props) {
  const send = useMessenger();
  const drafts = useNewChallengeDrafts();
  const draftCase = detected?.caseReference ?? 'no-case';
  const [draft, setDraft] = useState<NewChallengeDraft>(() => initialDraft(capture, detected, settings));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const restored = useRef(false);
  const askPractitioner = useRef(
    !settings.practitioner.name || !settings.practitioner.role || !settings.practitioner.agency,
  ).current;

  useEffect(() => {
    // Fetch the validator once the sidebar has painted and is idle, so the first submit does not wait.
    const idle = requestIdleCallback(() => void loadValidator(), { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, []);

  useEffect(() => {
    void drafts.load(draftCase).then((saved) => {
      // A fresh capture wins over the quote in an old draft; everything typed is kept. Always a new
      // object, so the save below runs once now: text typed before the restore finished is saved too.
      setDraft((current) => ({ ...current, ...saved, ...(capture ? { quote: capture.anchor } : {}) }));
      restored.current = true;
    });
  }, [drafts, draftCase, capture]);

  useEffect(() => {
    if (!restored.current) return;
    const timer = setTimeout(() => void drafts.save(draftCase, draft), 300);
    return () => clearTimeout(timer);
  }, [drafts, draft, draftCase]);

  const protocol = protocols.find((p) => p.id === draft.protocolId) ?? protocols[0];
  const set = <K extends keyof NewChallengeDraft>(key: K, value: NewChallengeDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    // An edited field's old error no longer describes it; the rest stay until the next submit.
    const path = ERROR_PATH[key] ?? key;
    setErrors((current) => {
      if (!(path in current)) return current;
      const { [path]: _cleared, ...rest } = current;
      return rest;
    });
  };
  const err = (path: string) => errors[path];

  async function submit(event: Event) {
    event.preventDefault();
    if (!protocol) return;
    const { validateOpened } = await loadValidator();
    const checked = validateOpened(buildOpened(draft, protocol, settings));
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setBusy(true);
    const reply = await send('challenge/open', { opened: checked.value });
    setBusy(false);
    if (!reply.ok) {
      setErrors({ form: reply.error.message });
      return;
    }
    setErrors({});
    await drafts.clear(draftCase);
    onOpened(reply.value.challengeId);
  }

  if (!protocol) return <p>No protocol is available. Add one in the options page.</p>;
  const childInCareRoute = protocol.specialRoutes.find((route) => route.appliesWhen === 'child-in-care');
  return (
    <form class="stack" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="new-heading">
      <h2 id="new-heading">New challenge</h2>
      <ErrorSummary form={FORM} errors={errors} labels={LABELS} />
      <div class="field">
        <p class="label" id={fieldId(FORM, 'decision.quote')}>
          Decision challenged
        </p>
        {draft.quote ? (
          <blockquote class="quote">{draft.quote.quote}</blockquote>
        ) : (
          <p class="hint">Select the decision on the case page and choose “Challenge this”.</p>
        )}
        {err('decision.quote') && <p class="field__error">{err('decision.quote')}</p>}
      </div>
      <TextField
        id={fieldId(FORM, 'caseReference')}
        label="Case reference"
        value={draft.caseReference}
        onInput={(v) => set('caseReference', v)}
        error={err('caseReference')}
      />
      <SelectField
        id={fieldId(FORM, 'protocolId')}
        label="Protocol"
        value={protocol.id}
        options={protocols.map((p) => ({ value: p.id, label: `${p.partnership}: ${p.name}` }))}
        onChange={(v) => setDraft((c) => ({ ...c, protocolId: v, areaOfDisagreement: '', startingStage: 1 }))}
      />
      <SelectField
        id={fieldId(FORM, 'areaOfDisagreement')}
        label="Area of disagreement"
        value={draft.areaOfDisagreement}
        placeholder="Choose an area"
        options={protocol.areasOfDisagreement.map((a) => ({ value: a.id, label: a.label }))}
        onChange={(v) => set('areaOfDisagreement', v)}
        error={err('areaOfDisagreement')}
      />
      <fieldset>
        <legend>Who made the decision</legend>
        <TextField
          id={fieldId(FORM, 'decisionMaker.name')}
          label="Name"
          value={draft.decisionMakerName}
          onInput={(v) => set('decisionMakerName', v)}
          error={err('decisionMaker.name')}
        />
        <TextField
          id={fieldId(FORM, 'decisionMaker.role')}
          label="Role (optional)"
          value={draft.decisionMakerRole}
          onInput={(v) => set('decisionMakerRole', v)}
          error={err('decisionMaker.role')}
        />
        <TextField
          id={fieldId(FORM, 'decisionMaker.agency')}
          label="Agency"
          value={draft.decisionMakerAgency}
          onInput={(v) => set('decisionMakerAgency', v)}
          error={err('decisionMaker.agency')}
          hint={detected?.decisionTeam ? `Team shown on the page: ${detected.decisionTeam}` : undefined}
        />
      </fieldset>
      <fieldset>
        <legend>Who is this about</legend>
        {(['child', 'adult-at-risk'] as const).map((subject) => (
          <div class="field field--checkbox" key={subject}>
            <input
              type="radio"
              name="subject"
              id={`${FORM}-subject-${subject}`}
              checked={draft.subject === subject}
              onChange={() => set('subject', subject)}
            />
            <label for={`${FORM}-subject-${subject}`}>
              {subject === 'child' ? 'A child' : 'An adult at risk'}
            </label>
          </div>
        ))}
      </fieldset>
      <CheckboxField
        id={`${FORM}-childInCare`}
        label="The child is in care"
        checked={draft.childInCare}
        onChange={(v) => set('childInCare', v)}
      />
      {draft.childInCare && childInCareRoute && (
        <div class="panel" role="note">
          <h3>{childInCareRoute.title}</h3>
          <ul>
            {childInCareRoute.guidance.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <CheckboxField
        id={`${FORM}-immediateRisk`}
        label="A child or adult is at immediate risk of harm"
        checked={draft.immediateRisk}
        onChange={(v) =>
          setDraft((c) => ({ ...c, immediateRisk: v, startingStage: v ? c.startingStage : 1 }))
        }
      />
      {draft.immediateRisk && (
        <ImmediateRiskPanel form={FORM} protocol={protocol} draft={draft} errors={errors} set={set} />
      )}
      <TextField
        multiline
        id={fieldId(FORM, 'reason')}
        label="Reason for disagreement"
        value={draft.reason}
        onInput={(v) => set('reason', v)}
        error={err('reason')}
      />
      <TextField
        multiline
        id={fieldId(FORM, 'outcomeSought')}
        label="Outcome sought for the child or adult"
        value={draft.outcomeSought}
        onInput={(v) => set('outcomeSought', v)}
        error={err('outcomeSought')}
      />
      {askPractitioner && (
        <fieldset>
          <legend>About you</legend>
          <TextField
            id={fieldId(FORM, 'practitioner.name')}
            label="Your name"
            value={draft.practitionerName}
            onInput={(v) => set('practitionerName', v)}
            error={err('practitioner.name')}
          />
          <TextField
            id={fieldId(FORM, 'practitioner.role')}
            label="Your role"
            value={draft.practitionerRole}
            onInput={(v) => set('practitionerRole', v)}
            error={err('practitioner.role')}
          />
          <TextField
            id={fieldId(FORM, 'practitioner.agency')}
            label="Your agency"
            value={draft.practitionerAgency}
            onInput={(v) => set('practitionerAgency', v)}
            error={err('practitioner.agency')}
          />
        </fieldset>
      )}
      <button type="submit" class="button" disabled={busy}>
        {busy ? 'Opening…' : `Open challenge at Stage ${draft.immediateRisk ? draft.startingStage : 1}`}
      </button>
    </form>
  );
}
