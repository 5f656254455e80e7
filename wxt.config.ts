import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * Hosts a user may grant at run time. Nothing is granted at install: the practitioner (or IT policy)
 * grants their own case-management site from the toolbar button or the options page.
 */
const CASE_SITE_PATTERNS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Challenge Companion',
    description:
      'Carry a professional challenge through your safeguarding partnership’s escalation protocol, without letting it drift.',
    // The toolbar button: badge alerts, and a click opens the sidebar on a granted case page.
    action: { default_title: 'Challenge Companion' },
    permissions: ['storage', 'alarms', 'contextMenus', 'notifications', 'scripting', 'activeTab'],
    optional_host_permissions: CASE_SITE_PATTERNS,
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; frame-ancestors *",
    },
    web_accessible_resources: [
      {
        resources: ['sidebar.html'],
        matches: CASE_SITE_PATTERNS,
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      'challenge-selection': {
        // Alt+Shift+C is taken in Chromium (never assigned to an extension); K was free on every build tried.
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Challenge the selected decision',
      },
    },
    // IT's policy (public/managed-schema.json, read by entrypoints/background/managed-policy.ts). Chrome
    // only: Firefox takes the same keys from its enterprise policies.json ("3rdparty" → "Extensions").
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing is collected or transmitted (Firefox's data-consent declaration).
            gecko: {
              id: 'challenge-companion@example.org',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
