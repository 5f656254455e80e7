import { useEffect, useState } from 'preact/hooks';
import type { Protocol } from '@/lib/protocols';
import { SelectField } from '../Field';
import { NO_FILTERS, type ChallengeFilters } from './challenge-filters';

interface Props {
  filters: ChallengeFilters;
  protocols: readonly Protocol[];
  onChange: (filters: ChallengeFilters) => void;
}

const STATUSES = [
  { value: 'open', label: 'Open' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'withdrawn', label: 'Withdrawn' },
];

/** Filters apply as soon as a select changes; the case reference search applies on Enter or "Search". */
export function ChallengeFilterForm({ filters, protocols, onChange }: Props) {
  const [reference, setReference] = useState(filters.caseReferencePrefix);
  useEffect(() => setReference(filters.caseReferencePrefix), [filters.caseReferencePrefix]);
  const set = <K extends keyof ChallengeFilters>(key: K, value: ChallengeFilters[K]) =>
    onChange({ ...filters, [key]: value });

  const chosen = protocols.filter((p) => !filters.protocolId || p.id === filters.protocolId);
  const stageCount = Math.max(0, ...chosen.map((p) => p.stages.length));
  const areas = new Map<string, string>();
  for (const protocol of chosen)
    for (const area of protocol.areasOfDisagreement) if (!areas.has(area.id)) areas.set(area.id, area.label);

  return (
    <form
      class="filters"
      role="search"
      aria-label="Filter challenges"
      onSubmit={(event) => {
        event.preventDefault();
        set('caseReferencePrefix', reference);
      }}
    >
      <div class="filters__search field">
        <label htmlFor="filter-reference">Case reference starts with</label>
        <div class="filters__search-row">
          <input
            id="filter-reference"
            type="search"
            value={reference}
            autoComplete="off"
            onInput={(event) => setReference(event.currentTarget.value)}
          />
          <button type="submit" class="button">
            Search
          </button>
        </div>
      </div>
      <SelectField
        id="filter-status"
        label="Status"
        value={filters.status}
        placeholder="Any status"
        options={STATUSES}
        onChange={(v) => set('status', v as ChallengeFilters['status'])}
      />
      <SelectField
        id="filter-stage"
        label="Stage"
        value={filters.stage}
        placeholder="Any stage"
        options={Array.from({ length: stageCount }, (_, i) => ({
          value: String(i + 1),
          label: `Stage ${i + 1}`,
        }))}
        onChange={(v) => set('stage', v)}
      />
      <SelectField
        id="filter-overdue"
        label="Deadline"
        value={filters.overdue}
        options={[
          { value: 'any', label: 'Any deadline' },
          { value: 'overdue', label: 'Overdue only' },
        ]}
        onChange={(v) => set('overdue', v === 'overdue' ? 'overdue' : 'any')}
      />
      <SelectField
        id="filter-protocol"
        label="Protocol"
        value={filters.protocolId}
        placeholder="Any protocol"
        options={protocols.map((p) => ({ value: p.id, label: p.partnership }))}
        onChange={(v) => onChange({ ...filters, protocolId: v, area: '', stage: '' })}
      />
      <SelectField
        id="filter-area"
        label="Area of disagreement"
        value={filters.area}
        placeholder="Any area"
        options={[...areas].map(([value, label]) => ({ value, label }))}
        onChange={(v) => set('area', v)}
      />
      <div class="filters__clear">
        <button type="button" class="button button--secondary" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
