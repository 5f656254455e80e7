import { useEffect, useState } from 'preact/hooks';
import type { Nation } from '@/lib/calendar';
import { settingsSchema } from '@/lib/settings/settings-schema';
import { SaveRow } from './SaveRow';
import { CheckboxField, SelectField, TextField } from '../Field';
import { isManaged } from './is-managed';
import {
  errorsFrom,
  useSettingsSave,
  type FieldErrors,
  type SettingsSectionProps,
} from './use-settings-save';

const NATION_OPTIONS: { value: Nation; label: string }[] = [
  { value: 'england-and-wales', label: 'England and Wales' },
  { value: 'scotland', label: 'Scotland' },
  { value: 'northern-ireland', label: 'Northern Ireland' },
];

/** Where and when the practitioner works: bank holidays, working hours, and how early to warn. */
export function NationHoursSection({ settings, managed, onSaved }: SettingsSectionProps) {
  const [nation, setNation] = useState<string>(settings.nation);
  const [start, setStart] = useState(settings.workingHours.start);
  const [end, setEnd] = useState(settings.workingHours.end);
  const [dueSoon, setDueSoon] = useState(String(settings.dueSoonWorkingDays));
  const [notifications, setNotifications] = useState(settings.notifications);
  useEffect(() => {
    setNation(settings.nation);
    setStart(settings.workingHours.start);
    setEnd(settings.workingHours.end);
    setDueSoon(String(settings.dueSoonWorkingDays));
    setNotifications(settings.notifications);
  }, [settings]);
  const { errors, status, refusal, save } = useSettingsSave(onSaved);

  const submit = (event: Event) => {
    event.preventDefault();
    const shape = settingsSchema.shape;
    const parsedNation = shape.nation.safeParse(nation);
    const hours = shape.workingHours.safeParse({ start, end });
    const days = shape.dueSoonWorkingDays.safeParse(dueSoon.trim() === '' ? NaN : Number(dueSoon));
    const clientErrors: FieldErrors = {
      ...(parsedNation.success ? {} : errorsFrom(parsedNation.error, 'nation')),
      ...(hours.success ? {} : errorsFrom(hours.error, 'workingHours')),
      ...(days.success ? {} : { dueSoonWorkingDays: 'must be a whole number of working days from 0 to 5' }),
    };
    const update = {
      ...(isManaged(managed, 'nation') || !parsedNation.success ? {} : { nation: parsedNation.data }),
      ...(isManaged(managed, 'workingHours') || !hours.success ? {} : { workingHours: hours.data }),
      ...(isManaged(managed, 'dueSoonWorkingDays') || !days.success ? {} : { dueSoonWorkingDays: days.data }),
      ...(isManaged(managed, 'notifications') ? {} : { notifications }),
    };
    void save(update, clientErrors);
  };

  return (
    <section id="nation-hours" aria-labelledby="nation-hours-heading" class="card">
      <h2 id="nation-hours-heading">Nation and working hours</h2>
      <p>Deadlines count working days, skipping weekends and your nation’s bank holidays.</p>
      <form onSubmit={submit} noValidate>
        <SelectField
          id="nation"
          label="Nation"
          hint="Bank holidays differ between the nations of the UK."
          value={nation}
          options={NATION_OPTIONS}
          error={errors['nation']}
          managed={isManaged(managed, 'nation')}
          onChange={setNation}
        />
        <div class="field-pair">
          <TextField
            id="workingHours-start"
            label="Working day starts"
            type="time"
            hint="24-hour clock, for example 09:00."
            value={start}
            error={errors['workingHours.start'] ?? errors['workingHours']}
            managed={isManaged(managed, 'workingHours')}
            onInput={setStart}
          />
          <TextField
            id="workingHours-end"
            label="Working day ends"
            type="time"
            hint="For example 17:00."
            value={end}
            error={errors['workingHours.end']}
            managed={isManaged(managed, 'workingHours')}
            onInput={setEnd}
          />
        </div>
        <TextField
          id="dueSoonWorkingDays"
          label="Warn me this many working days before a deadline"
          hint="From 0 (only on the day) to 5."
          type="number"
          inputMode="numeric"
          class="input--short"
          value={dueSoon}
          error={errors['dueSoonWorkingDays']}
          managed={isManaged(managed, 'dueSoonWorkingDays')}
          onInput={setDueSoon}
        />
        <CheckboxField
          id="notifications"
          label="Show a notification when a deadline is due soon or has passed"
          hint="Only in your working hours. Notifications never show case details."
          checked={notifications}
          managed={isManaged(managed, 'notifications')}
          onChange={setNotifications}
        />
        <SaveRow status={status} refusal={refusal} />
      </form>
    </section>
  );
}
