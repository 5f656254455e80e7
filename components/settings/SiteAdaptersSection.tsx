import type { CustomAdapter } from '@/lib/capture/adapters/types';
import { CustomAdapterForm } from './CustomAdapterForm';
import { MANAGED_NOTE } from '../Field';
import { isManaged } from './is-managed';
import { useSettingsSave, type FieldErrors, type SettingsSectionProps } from './use-settings-save';
import { Outcome } from './SaveRow';

/** The background names a list entry's field ("customAdapters.2.urlPattern"); the form wants "urlPattern". */
function newAdapterErrors(errors: FieldErrors, index: number): FieldErrors {
  const prefix = `customAdapters.${index}.`;
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, message]) => [path.slice(prefix.length), message]),
  );
}

/**
 * Case sites with no built-in adapter: where on the page the case reference and the decision are. Lives
 * under the site grant (CaseSitesSection), since a site needs both to be read.
 */
export function SiteAdaptersSection({ settings, managed, onSaved }: SettingsSectionProps) {
  const adapters = settings.customAdapters;
  const { errors, status, refusal, save } = useSettingsSave(onSaved);
  const locked = isManaged(managed, 'customAdapters');

  const add = (adapter: CustomAdapter) => save({ customAdapters: [...adapters, adapter] }, {});
  const remove = (id: string) =>
    void save({ customAdapters: adapters.filter((adapter) => adapter.id !== id) }, {});

  return (
    <section id="site-adapters" aria-labelledby="site-adapters-heading" class="card">
      <h2 id="site-adapters-heading">Site adapters</h2>
      <p>
        Challenge Companion knows how to read some case-management systems. For any other, tell it where the
        case reference and the decision are on the page. Ask your IT team if you are unsure.
      </p>
      {locked && <p class="managed-note">{MANAGED_NOTE}</p>}
      {adapters.length === 0 ? (
        <p>No site adapters yet.</p>
      ) : (
        <ul class="adapter-list">
          {adapters.map((adapter) => (
            <li key={adapter.id}>
              <strong>{adapter.name}</strong> <code>{adapter.urlPattern}</code>
              {!locked && (
                <button type="button" class="button button--secondary" onClick={() => remove(adapter.id)}>
                  Remove <span class="visually-hidden">{adapter.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <Outcome status={status} refusal={refusal} />
      {!locked && (
        <CustomAdapterForm
          existing={adapters}
          onAdd={add}
          backgroundErrors={newAdapterErrors(errors, adapters.length)}
        />
      )}
    </section>
  );
}
