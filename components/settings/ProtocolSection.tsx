import { useCallback, useEffect, useState } from 'preact/hooks';
import { useMessenger } from '../messenger';
import type { Protocol } from '@/lib/protocols/protocol-schema';
import { settingsSchema } from '@/lib/settings/settings-schema';
import { ImportedProtocols } from './ImportedProtocols';
import { SaveRow } from './SaveRow';
import { SelectField } from '../Field';
import { isManaged } from './is-managed';
import { ProblemList } from './ProblemList';
import { errorsFrom, useSettingsSave, type SettingsSectionProps } from './use-settings-save';

interface ProtocolList {
  protocols: Protocol[];
  importedIds: string[];
  policyIds: string[];
}

function optionLabel(protocol: Protocol, imported: boolean): string {
  return `${protocol.partnership}: ${protocol.name} (${protocol.version})${imported ? ', imported' : ''}`;
}

/**
 * Which partnership's escalation protocol new challenges follow, importing a partnership's own file, and
 * removing one imported by mistake.
 */
export function ProtocolSection({ settings, managed, onSaved }: SettingsSectionProps) {
  const send = useMessenger();
  const [list, setList] = useState<ProtocolList>({ protocols: [], importedIds: [], policyIds: [] });
  const [loadError, setLoadError] = useState('');
  const [protocolId, setProtocolId] = useState(settings.defaultProtocolId);
  useEffect(() => setProtocolId(settings.defaultProtocolId), [settings.defaultProtocolId]);
  const { errors, status, refusal, save } = useSettingsSave(onSaved);
  const [file, setFile] = useState<File | null>(null);
  const [importStatus, setImportStatus] = useState('');
  const [importError, setImportError] = useState('');
  const isDefaultManaged = isManaged(managed, 'defaultProtocolId');

  const refresh = useCallback(async () => {
    const reply = await send('protocols/list', {});
    if (reply.ok) setList(reply.value);
    else setLoadError(reply.error.message);
    return reply.ok ? reply.value : null;
  }, [send]);
  useEffect(() => void refresh(), [refresh]);

  const submit = (event: Event) => {
    event.preventDefault();
    const parsed = settingsSchema.shape.defaultProtocolId.safeParse(protocolId);
    void save(
      { defaultProtocolId: protocolId },
      parsed.success ? {} : errorsFrom(parsed.error, 'defaultProtocolId'),
    );
  };

  const importFile = async (event: Event) => {
    event.preventDefault();
    setImportStatus('');
    setImportError('');
    if (!file) return setImportError('Choose a protocol file (.json) to import.');
    const reply = await send('protocols/import', { fileText: await file.text() });
    if (!reply.ok) return setImportError(reply.error.message);
    const fresh = await refresh();
    const imported = fresh?.protocols.find((protocol) => protocol.id === reply.value.protocolId);
    const name = imported ? `${imported.partnership}: ${imported.name}` : reply.value.protocolId;
    setImportStatus(`Imported “${name}”. You can now choose it as your default protocol.`);
  };

  const options = list.protocols.map((protocol) => ({
    value: protocol.id,
    label: optionLabel(protocol, list.importedIds.includes(protocol.id)),
  }));
  if (!options.some((option) => option.value === protocolId)) {
    options.unshift({ value: protocolId, label: `${protocolId} (not found)` });
  }

  return (
    <section id="protocol" aria-labelledby="protocol-heading" class="card">
      <h2 id="protocol-heading">Protocol</h2>
      <p>New challenges follow your partnership’s escalation protocol: its stages, people and timescales.</p>
      {loadError && <p class="error">{loadError}</p>}
      <form onSubmit={submit} noValidate>
        <SelectField
          id="defaultProtocolId"
          label="Default protocol"
          hint="You can still choose another protocol for a single challenge."
          value={protocolId}
          options={options}
          error={errors['defaultProtocolId']}
          managed={isDefaultManaged}
          onChange={setProtocolId}
        />
        <SaveRow status={status} refusal={refusal} disabled={isDefaultManaged} />
      </form>
      <form onSubmit={(event) => void importFile(event)} noValidate class="subsection">
        <h3>Import a partnership protocol</h3>
        <label htmlFor="protocol-file">Protocol file</label>
        <p class="hint" id="protocol-file-hint">
          A .json file from your safeguarding partnership. It is checked whole; a file with any problem is not
          imported. Importing a file with the same id replaces the earlier import.
        </p>
        <input
          id="protocol-file"
          type="file"
          accept=".json,application/json"
          aria-describedby={importError ? 'protocol-file-hint protocol-file-error' : 'protocol-file-hint'}
          aria-invalid={importError ? 'true' : undefined}
          onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
        />
        <div id="protocol-file-error">{importError && <ProblemList message={importError} />}</div>
        <button type="submit" class="button button--secondary">
          Import protocol
        </button>
        <p role="status" aria-live="polite" class="save-row__status">
          {importStatus}
        </p>
      </form>
      <ImportedProtocols
        imported={list.protocols.filter((protocol) => list.importedIds.includes(protocol.id))}
        policyIds={list.policyIds}
        onChanged={refresh}
      />
    </section>
  );
}
