import { useState } from 'preact/hooks';
import { ActionForm, type AppendTarget } from './ActionForm';
import { AgreedActionsFields, actionRowLabels, actionsFromRows, type ActionRow } from './AgreedActionsFields';
import { SelectField, TextField, fieldId } from './Field';

const optional = (text: string) => (text.trim() === '' ? undefined : text);

const CONTACT_METHODS = [
  { value: 'phone', label: 'Phone' },
  { value: 'video', label: 'Video call' },
  { value: 'in-person', label: 'In person' },
  { value: 'email', label: 'Email' },
  { value: 'meeting', label: 'Meeting' },
] as const;

/** Each contact is recorded as it happens, so the history shows who was spoken to and what was agreed. */
export function LogContact({ target }: { target: AppendTarget }) {
  const blank = { method: 'phone', name: '', role: '', agency: '', discussed: '', agreed: '' };
  const [f, setF] = useState(blank);
  const set = (key: keyof typeof blank) => (value: string) => setF((c) => ({ ...c, [key]: value }));
  const [actions, setActions] = useState<ActionRow[]>([]);
  const id = (path: string) => fieldId('contact', path);
  return (
    <ActionForm
      form="contact"
      title="Log a contact"
      submitLabel="Save contact"
      target={target}
      labels={{
        'withWhom.name': 'Name',
        discussed: 'What was discussed',
        agreed: 'What was agreed',
        ...actionRowLabels(actions),
      }}
      onSaved={() => {
        setF(blank);
        setActions([]);
      }}
      build={() => ({
        type: 'contact-logged',
        occurredAt: new Date().toISOString(),
        method: f.method,
        withWhom: { name: f.name, role: optional(f.role), agency: optional(f.agency) },
        discussed: f.discussed,
        agreed: optional(f.agreed),
        actions: actionsFromRows(actions),
      })}
    >
      {(errors, forget) => (
        <>
          <SelectField
            id={id('method')}
            label="How"
            value={f.method}
            options={CONTACT_METHODS}
            onChange={set('method')}
          />
          <TextField
            id={id('withWhom.name')}
            label="With whom: name"
            value={f.name}
            onInput={set('name')}
            error={errors['withWhom.name']}
          />
          <TextField
            id={id('withWhom.role')}
            label="Their role (optional)"
            value={f.role}
            onInput={set('role')}
          />
          <TextField
            id={id('withWhom.agency')}
            label="Their agency (optional)"
            value={f.agency}
            onInput={set('agency')}
          />
          <TextField
            multiline
            id={id('discussed')}
            label="What was discussed"
            value={f.discussed}
            onInput={set('discussed')}
            error={errors.discussed}
          />
          <TextField
            multiline
            id={id('agreed')}
            label="What was agreed (optional)"
            value={f.agreed}
            onInput={set('agreed')}
            error={errors.agreed}
          />
          <AgreedActionsFields
            form="contact"
            rows={actions}
            onChange={setActions}
            errors={errors}
            forgetErrors={forget}
          />
        </>
      )}
    </ActionForm>
  );
}
