import { useEffect, useState } from 'preact/hooks';
import { settingsSchema, type Practitioner } from '@/lib/settings/settings-schema';
import { SaveRow } from './SaveRow';
import { TextField } from '../Field';
import { isManaged } from './is-managed';
import { errorsFrom, useSettingsSave, type SettingsSectionProps } from './use-settings-save';

const FIELDS: { key: keyof Practitioner; label: string; hint: string; autoComplete: string }[] = [
  {
    key: 'name',
    label: 'Your name',
    hint: 'Used to sign the emails it drafts for you.',
    autoComplete: 'name',
  },
  { key: 'role', label: 'Your role', hint: 'For example Social worker.', autoComplete: 'organization-title' },
  {
    key: 'agency',
    label: 'Your agency',
    hint: 'For example Northshire Children’s Services.',
    autoComplete: 'organization',
  },
  { key: 'email', label: 'Your work email', hint: 'For example name@agency.gov.uk.', autoComplete: 'email' },
];

/** Who the practitioner is: their name, role and agency sign every draft. */
export function AboutYouSection({ settings, managed, onSaved }: SettingsSectionProps) {
  const [draft, setDraft] = useState<Practitioner>(settings.practitioner);
  useEffect(() => setDraft(settings.practitioner), [settings.practitioner]);
  const { errors, status, refusal, save } = useSettingsSave(onSaved);
  const allManaged = FIELDS.every((field) => isManaged(managed, `practitioner.${field.key}`));

  const submit = (event: Event) => {
    event.preventDefault();
    const parsed = settingsSchema.shape.practitioner.safeParse(draft);
    void save(
      { practitioner: parsed.success ? parsed.data : draft },
      parsed.success ? {} : errorsFrom(parsed.error, 'practitioner'),
    );
  };

  return (
    <section id="about-you" aria-labelledby="about-you-heading" class="card">
      <h2 id="about-you-heading">About you</h2>
      <p>Challenge Companion signs the emails it drafts with these details. They stay in this browser.</p>
      <form onSubmit={submit} noValidate>
        {FIELDS.map(({ key, label, hint, autoComplete }) => (
          <TextField
            key={key}
            id={`practitioner-${key}`}
            label={label}
            hint={hint}
            type={key === 'email' ? 'email' : 'text'}
            autoComplete={autoComplete}
            value={draft[key]}
            error={errors[`practitioner.${key}`]}
            managed={isManaged(managed, `practitioner.${key}`)}
            onInput={(value) => setDraft({ ...draft, [key]: value })}
          />
        ))}
        <SaveRow status={status} refusal={refusal} disabled={allManaged} />
      </form>
    </section>
  );
}
