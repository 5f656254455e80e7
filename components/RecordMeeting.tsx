import { useState } from 'preact/hooks';
import { ActionForm, type AppendTarget } from './ActionForm';
import { TextField, fieldId } from './Field';

const optional = (text: string) => (text.trim() === '' ? undefined : text);
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** "Name, role, agency" per line — the way attendees are usually listed in meeting notes. */
function attendeesFrom(text: string) {
  return lines(text).map((line) => {
    const [name = '', role, agency] = line.split(',').map((part) => part.trim());
    return { name, role: optional(role ?? ''), agency: optional(agency ?? '') };
  });
}

/**
 * The interagency meeting (Darlington Stage 3 and its Recording Tool; LSCB 2019 Stage 3): who attended,
 * what was discussed, the actions agreed and what is still outstanding.
 */
export function RecordMeeting({ target }: { target: AppendTarget }) {
  const blank = { heldOn: '', attendees: '', discussion: '', actions: '', outstanding: '' };
  const [f, setF] = useState(blank);
  const set = (key: keyof typeof blank) => (value: string) => setF((c) => ({ ...c, [key]: value }));
  const id = (path: string) => fieldId('meeting', path);
  return (
    <ActionForm
      form="meeting"
      title="Record the meeting"
      submitLabel="Save meeting record"
      target={target}
      labels={{ heldAt: 'Date of the meeting', attendees: 'Attendees', discussion: 'Discussion' }}
      onSaved={() => setF(blank)}
      build={() => ({
        type: 'meeting-recorded',
        // A date alone is recorded at midday London-ish time, so it never slips to the previous day.
        heldAt: /^\d{4}-\d{2}-\d{2}$/.test(f.heldOn) ? `${f.heldOn}T12:00:00.000Z` : f.heldOn,
        attendees: attendeesFrom(f.attendees),
        discussion: f.discussion,
        agreedActions: lines(f.actions).map((action) => ({ action })),
        outstandingIssues: optional(f.outstanding),
      })}
    >
      {(errors) => (
        <>
          <TextField
            type="date"
            id={id('heldAt')}
            label="Date of the meeting"
            value={f.heldOn}
            onInput={set('heldOn')}
            error={errors.heldAt}
          />
          <TextField
            multiline
            id={id('attendees')}
            label="Attendees"
            hint="One per line: name, role, agency"
            value={f.attendees}
            onInput={set('attendees')}
            error={errors.attendees}
          />
          <TextField
            multiline
            id={id('discussion')}
            label="Discussion"
            value={f.discussion}
            onInput={set('discussion')}
            error={errors.discussion}
          />
          <TextField
            multiline
            id={id('agreedActions')}
            label="Agreed actions (optional)"
            hint="One per line"
            value={f.actions}
            onInput={set('actions')}
            error={errors.agreedActions}
          />
          <TextField
            multiline
            id={id('outstandingIssues')}
            label="Outstanding issues (optional)"
            value={f.outstanding}
            onInput={set('outstanding')}
            error={errors.outstandingIssues}
          />
        </>
      )}
    </ActionForm>
  );
}
