import { useEffect, useState } from 'preact/hooks';
import { useMessenger } from '../messenger';
import { settingsSchema } from '@/lib/settings/settings-schema';
import { SaveRow } from './SaveRow';
import { TextField } from '../Field';
import { isManaged } from './is-managed';
import { useSettingsSave, type FieldErrors, type SettingsSectionProps } from './use-settings-save';

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * How long closed challenges are kept. 0 (the default) keeps them: deleting a practitioner's record is
 * their or their organisation's decision. Before anything is deleted the practitioner is warned for 14
 * days, here and by a notification, so they can export a backup.
 */
export function RetentionSection({ settings, managed, onSaved }: SettingsSectionProps) {
  const [months, setMonths] = useState(String(settings.retentionMonths));
  const [due, setDue] = useState<{ dueForPurge: number; purgeOn: string | null } | null>(null);
  const send = useMessenger();
  const { errors, status, refusal, save } = useSettingsSave(onSaved);
  const locked = isManaged(managed, 'retentionMonths');

  useEffect(() => setMonths(String(settings.retentionMonths)), [settings]);
  useEffect(() => {
    void send('retention/status', {}).then((reply) => reply.ok && setDue(reply.value));
  }, [send, settings.retentionMonths]);

  const submit = (event: Event) => {
    event.preventDefault();
    const parsed = settingsSchema.shape.retentionMonths.safeParse(
      months.trim() === '' ? NaN : Number(months),
    );
    const clientErrors: FieldErrors = parsed.success
      ? {}
      : { retentionMonths: 'must be a whole number of months from 0 to 120' };
    void save(locked || !parsed.success ? {} : { retentionMonths: parsed.data }, clientErrors);
  };

  return (
    <section id="retention" aria-labelledby="retention-heading" class="card">
      <h2 id="retention-heading">Keeping closed challenges</h2>
      {due && due.dueForPurge > 0 && (
        <div class="panel panel--warning" role="alert">
          <strong>
            {due.dueForPurge} closed challenge{due.dueForPurge === 1 ? '' : 's'} will be deleted
            {due.purgeOn ? ` on ${DATE_FORMAT.format(new Date(due.purgeOn))}` : ' soon'}.
          </strong>{' '}
          Export a backup first (in Data, below) if you need them.
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <TextField
          id="retentionMonths"
          label="Delete closed challenges this many months after they close"
          hint="0 keeps them until you delete them. You are warned 14 days before anything is deleted."
          type="number"
          inputMode="numeric"
          class="input--short"
          value={months}
          error={errors['retentionMonths']}
          managed={locked}
          onInput={setMonths}
        />
        <SaveRow status={status} refusal={refusal} disabled={locked} />
      </form>
    </section>
  );
}
