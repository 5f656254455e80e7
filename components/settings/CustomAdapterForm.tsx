import { useState } from 'preact/hooks';
import type { CustomAdapter } from '@/lib/capture/adapters/types';
import { customAdapterSchema } from '@/lib/capture/custom-adapter-schema';
import { settingsErrors } from '@/lib/settings/settings-schema';
import { TextField } from '../Field';
import type { FieldErrors } from './use-settings-save';

type AdapterDraft = Record<(typeof FIELDS)[number]['key'], string>;

const FIELDS = [
  { key: 'name', label: 'Site name', hint: 'For example Northshire case records.' },
  {
    key: 'urlPattern',
    label: 'Address pattern',
    hint: 'Which pages it applies to, for example https://cases.example.gov.uk/case/*',
  },
  {
    key: 'caseReferenceSelector',
    label: 'Case reference selector (optional)',
    hint: 'A CSS selector for the element showing the case reference, for example #case-ref',
  },
  {
    key: 'caseReferencePattern',
    label: 'Case reference pattern (optional)',
    hint: 'A regular expression the reference matches, for example CR-\\d{6}. Give a selector, a pattern or both.',
  },
  { key: 'decisionSelector', label: 'Decision selector (optional)', hint: 'Where the decision text is.' },
  {
    key: 'decisionMakerSelector',
    label: 'Decision maker selector (optional)',
    hint: 'Where the name of the person who made the decision is.',
  },
] as const;

const EMPTY: AdapterDraft = {
  name: '',
  urlPattern: '',
  caseReferenceSelector: '',
  caseReferencePattern: '',
  decisionSelector: '',
  decisionMakerSelector: '',
};

/** An id from the name that no existing adapter has ("northshire-case-records", then "-2", "-3"…). */
function uniqueId(name: string, taken: readonly string[]): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || 'site';
  let id = base;
  for (let n = 2; taken.includes(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** Empty optional fields are left out: the schema wants them absent, not blank. */
function candidateFrom(draft: AdapterDraft, taken: readonly string[]): Record<string, string> {
  const candidate: Record<string, string> = { id: uniqueId(draft.name, taken) };
  for (const [key, value] of Object.entries(draft)) {
    if (key === 'name' || key === 'urlPattern' || value.trim() !== '') candidate[key] = value;
  }
  return candidate;
}

interface CustomAdapterFormProps {
  existing: readonly CustomAdapter[];
  /** Saves the new list; resolves true when the background accepted it. */
  onAdd: (adapter: CustomAdapter) => Promise<boolean>;
  backgroundErrors: FieldErrors;
}

/** Describes a case site nobody ships an adapter for, checked with the capture code's own schema. */
export function CustomAdapterForm({ existing, onAdd, backgroundErrors }: CustomAdapterFormProps) {
  const [draft, setDraft] = useState<AdapterDraft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = customAdapterSchema.safeParse(
      candidateFrom(
        draft,
        existing.map((adapter) => adapter.id),
      ),
    );
    if (!parsed.success) return setErrors(settingsErrors(parsed.error));
    setErrors({});
    if (await onAdd(parsed.data)) setDraft(EMPTY);
  };

  const shown = { ...backgroundErrors, ...errors };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate class="subsection">
      <h3>Add a site adapter</h3>
      {FIELDS.map(({ key, label, hint }) => (
        <TextField
          key={key}
          id={`adapter-${key}`}
          label={label}
          hint={hint}
          class={key === 'name' || key === 'urlPattern' ? undefined : 'input--code'}
          value={draft[key]}
          error={shown[key]}
          onInput={(value) => setDraft({ ...draft, [key]: value })}
        />
      ))}
      <button type="submit" class="button">
        Add site adapter
      </button>
    </form>
  );
}
