import { useState } from 'preact/hooks';
import type { RecordingToolEntry } from '@/lib/drafts';
import type { Protocol } from '@/lib/protocols';
import { PrintableField } from './PrintableField';

/** Entries grouped as the form prints them: by section, and within one by row heading ("Challenge initiated by:"). */
function sectionsOf(entries: readonly RecordingToolEntry[]) {
  const sections: { id: string; title: string; rows: { group?: string; entries: RecordingToolEntry[] }[] }[] =
    [];
  for (const entry of entries) {
    let section = sections.at(-1);
    if (section?.id !== entry.section) {
      section = { id: entry.section, title: entry.sectionTitle, rows: [] };
      sections.push(section);
    }
    const row = section.rows.at(-1);
    if (entry.group !== undefined && row?.group === entry.group) row.entries.push(entry);
    else
      section.rows.push({ ...(entry.group === undefined ? {} : { group: entry.group }), entries: [entry] });
  }
  return sections;
}

/**
 * The partnership's recording form (Darlington DSP 2024 Appendix 1), pre-filled from the history and
 * editable box by box before it is printed or saved as PDF. Edits live on this page only: the form is a
 * document to send, the history stays the record.
 */
export function RecordingToolForm({
  protocol,
  entries,
}: {
  protocol: Protocol;
  entries: readonly RecordingToolEntry[];
}) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(entries.map((entry) => [entry.fieldId, entry.value])),
  );
  const tool = protocol.recordingTool;
  if (!tool) return null;
  const notes = new Map(tool.sections.map((section) => [section.id, section.note]));
  return (
    <section class="recording-tool" aria-labelledby="recording-tool-heading">
      <h2 id="recording-tool-heading">{tool.title}</h2>
      <p class="recording-tool__meta">
        {protocol.name}. Used at Stage {tool.usedAtStage}; send to {tool.sendTo.name}
        {tool.sendTo.email ? ` (${tool.sendTo.email})` : ''}.
      </p>
      {tool.note && <p class="recording-tool__note">{tool.note}</p>}
      {sectionsOf(entries).map((section) => (
        <fieldset key={section.id} class="recording-tool__section">
          <legend>{section.title}</legend>
          {notes.get(section.id) && <p class="hint">{notes.get(section.id)}</p>}
          {section.rows.map((row, index) => {
            const fields = row.entries.map((entry) => (
              <PrintableField
                key={entry.fieldId}
                id={`tool-${entry.fieldId}`}
                label={entry.label}
                hint={entry.hint ?? (entry.options ? `One of: ${entry.options.join(', ')}` : undefined)}
                value={values[entry.fieldId] ?? ''}
                multiline={entry.kind === 'multiline'}
                onInput={(value) => setValues((current) => ({ ...current, [entry.fieldId]: value }))}
              />
            ));
            return row.group === undefined ? (
              fields
            ) : (
              <fieldset key={`${row.group}-${index}`} class="recording-tool__row">
                <legend>{row.group}</legend>
                <div class="recording-tool__row-fields">{fields}</div>
              </fieldset>
            );
          })}
        </fieldset>
      ))}
    </section>
  );
}
