import { useEffect, useState } from 'preact/hooks';
import { AboutYouSection } from '@/components/settings/AboutYouSection';
import { DataSection } from '@/components/settings/DataSection';
import { LockRequiredPrompt } from '@/components/settings/LockRequiredPrompt';
import { LockSection } from '@/components/settings/LockSection';
import { EmailSection } from '@/components/settings/EmailSection';
import { NationHoursSection } from '@/components/settings/NationHoursSection';
import { ProtocolSection } from '@/components/settings/ProtocolSection';
import { RetentionSection } from '@/components/settings/RetentionSection';
import { SiteAdaptersSection } from '@/components/settings/SiteAdaptersSection';
import { sendMessage } from '@/lib/messaging/send';
import type { Settings } from '@/lib/settings/settings-schema';
import { CaseSitesSection } from './CaseSitesSection';
import { ShortcutSection } from './ShortcutSection';

const CONTENTS = [
  { id: 'about-you', title: 'About you' },
  { id: 'nation-hours', title: 'Nation and working hours' },
  { id: 'protocol', title: 'Protocol' },
  { id: 'emails', title: 'Emails' },
  { id: 'retention', title: 'Keeping closed challenges' },
  { id: 'case-sites', title: 'Case-management sites' },
  { id: 'shortcut', title: 'Keyboard shortcut' },
  { id: 'data', title: 'Data' },
] as const;

interface Loaded {
  settings: Settings;
  managed: string[];
}

export function OptionsApp() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState('');

  useEffect(() => {
    void sendMessage('settings/get', {}).then((reply) =>
      reply.ok ? setLoaded(reply.value) : setLoadError(reply.error.message),
    );
  }, []);

  const onSaved = (settings: Settings) => setLoaded((current) => current && { ...current, settings });
  const section = loaded && { settings: loaded.settings, managed: loaded.managed, onSaved };

  return (
    <main class="page options" aria-labelledby="options-title">
      <h1 id="options-title">Challenge Companion settings</h1>
      <p class="options__intro">
        Set these once. Everything here stays in this browser; nothing is sent anywhere. Each section has its
        own Save button.
      </p>
      <LockRequiredPrompt />
      <nav aria-labelledby="contents-heading" class="contents">
        <h2 id="contents-heading">Contents</h2>
        <ol>
          {CONTENTS.map(({ id, title }) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {loadError && (
        <p role="alert" class="error">
          {loadError}
        </p>
      )}
      {section ? (
        <>
          <AboutYouSection {...section} />
          <NationHoursSection {...section} />
          <ProtocolSection {...section} />
          <EmailSection {...section} />
          <RetentionSection {...section} />
        </>
      ) : (
        !loadError && <p>Loading your settings…</p>
      )}
      <div id="case-sites" class="section-group">
        <CaseSitesSection />
        {section && <SiteAdaptersSection {...section} />}
      </div>
      <ShortcutSection />
      <LockSection />
      <DataSection />
    </main>
  );
}
