import { CaseSitesSection } from './CaseSitesSection';

export function OptionsApp() {
  return (
    <main class="page" aria-labelledby="options-title">
      <h1 id="options-title">Challenge Companion settings</h1>
      <CaseSitesSection />
    </main>
  );
}
