import { useEffect, useState } from 'preact/hooks';
import { settingsSchema, type EmailChannel } from '@/lib/settings/settings-schema';
import { SaveRow } from './SaveRow';
import { CheckboxField, MANAGED_NOTE, TextField } from '../Field';
import { isManaged } from './is-managed';
import {
  errorsFrom,
  useSettingsSave,
  type FieldErrors,
  type SettingsSectionProps,
} from './use-settings-save';

const CHANNELS: { value: EmailChannel; label: string; hint: string }[] = [
  {
    value: 'mailto',
    label: 'Your default mail app',
    hint: 'Opens a new message in Outlook, Mail or similar.',
  },
  { value: 'outlook-web', label: 'Outlook on the web', hint: 'Opens a new message in Outlook in a tab.' },
  { value: 'gmail', label: 'Gmail', hint: 'Opens a new message in Gmail in a tab.' },
  { value: 'eml', label: 'A .eml file', hint: 'Downloads the message; open it in your mail app to send.' },
  { value: 'clipboard', label: 'Copy to the clipboard', hint: 'Paste it into any secure mail system.' },
];

/** How drafted emails leave the extension, and what their subject lines carry. */
export function EmailSection({ settings, managed, onSaved }: SettingsSectionProps) {
  const [channel, setChannel] = useState<EmailChannel>(settings.emailChannel);
  const [prefix, setPrefix] = useState(settings.subjectPrefix);
  const [useInitials, setUseInitials] = useState(settings.useInitials);
  useEffect(() => {
    setChannel(settings.emailChannel);
    setPrefix(settings.subjectPrefix);
    setUseInitials(settings.useInitials);
  }, [settings]);
  const { errors, status, refusal, save } = useSettingsSave(onSaved);
  const channelManaged = isManaged(managed, 'emailChannel');

  const submit = (event: Event) => {
    event.preventDefault();
    const parsedPrefix = settingsSchema.shape.subjectPrefix.safeParse(prefix);
    const clientErrors: FieldErrors = parsedPrefix.success
      ? {}
      : errorsFrom(parsedPrefix.error, 'subjectPrefix');
    void save(
      {
        ...(channelManaged ? {} : { emailChannel: channel }),
        ...(isManaged(managed, 'subjectPrefix') || !parsedPrefix.success
          ? {}
          : { subjectPrefix: parsedPrefix.data }),
        ...(isManaged(managed, 'useInitials') ? {} : { useInitials }),
      },
      clientErrors,
    );
  };

  return (
    <section id="emails" aria-labelledby="emails-heading" class="card">
      <h2 id="emails-heading">Emails</h2>
      <p>Challenge Companion drafts emails; you always read, change and send them yourself.</p>
      <form onSubmit={submit} noValidate>
        <fieldset aria-describedby={channelManaged ? 'emailChannel-managed' : undefined}>
          <legend>How drafts leave Challenge Companion</legend>
          {channelManaged && (
            <p id="emailChannel-managed" class="managed-note">
              {MANAGED_NOTE}
            </p>
          )}
          {CHANNELS.map(({ value, label, hint }) => (
            <div class="field field--checkbox" key={value}>
              <input
                type="radio"
                name="emailChannel"
                id={`emailChannel-${value}`}
                value={value}
                checked={channel === value}
                disabled={channelManaged}
                aria-describedby={`emailChannel-${value}-hint`}
                onChange={() => setChannel(value)}
              />
              <div>
                <label htmlFor={`emailChannel-${value}`}>{label}</label>
                <p class="hint" id={`emailChannel-${value}-hint`}>
                  {hint}
                </p>
              </div>
            </div>
          ))}
        </fieldset>
        <TextField
          id="subjectPrefix"
          label="Subject line prefix"
          hint="Your agency’s marking, for example OFFICIAL-SENSITIVE or [secure]. Leave empty for none."
          value={prefix}
          error={errors['subjectPrefix']}
          managed={isManaged(managed, 'subjectPrefix')}
          onInput={setPrefix}
        />
        <CheckboxField
          id="useInitials"
          label="Name other professionals by their initials in drafts and records"
          hint="You still sign with your own name. Subject lines never carry a name."
          checked={useInitials}
          managed={isManaged(managed, 'useInitials')}
          onChange={setUseInitials}
        />
        <SaveRow status={status} refusal={refusal} />
      </form>
    </section>
  );
}
