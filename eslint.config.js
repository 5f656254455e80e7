import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const USE_THE_MESSENGER =
  'Components do not message or reach the browser: take `const send = useMessenger()` from components/messenger.ts (a plain function takes `send: Messenger` from its caller).';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.tsx'],
    plugins: { 'jsx-a11y': jsxA11y, 'react-hooks': reactHooks },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Pure domain code: no browser API outside the three browser-facing folders.
    files: ['lib/**/*.ts'],
    ignores: ['lib/store/**', 'lib/messaging/**', 'lib/alerts/**'],
    rules: {
      'no-restricted-globals': ['error', 'chrome', 'browser'],
      'no-restricted-imports': ['error', { paths: ['wxt/browser', 'webextension-polyfill'] }],
    },
  },
  {
    // Components are props in, callbacks out (DESIGN.md): they reach the background and the browser only
    // through what their entrypoint provides (components/messenger.ts, components/browser-services.ts),
    // so they render in a test with a fake.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'Components do not reach the browser: see components/messenger.ts.' },
        { name: 'chrome', message: 'Components do not reach the browser: see components/messenger.ts.' },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['@/lib/messaging/send', 'wxt/browser', '@wxt-dev/browser', 'webextension-polyfill'].map(
            (name) => ({ name, allowTypeImports: true, message: USE_THE_MESSENGER }),
          ),
          // The same module by a relative path.
          patterns: [
            { group: ['**/lib/messaging/send'], allowTypeImports: true, message: USE_THE_MESSENGER },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Page text stays text.',
        },
        {
          selector: "CallExpression[callee.name='fetch']",
          message: 'No network requests from extension code.',
        },
      ],
    },
  },
);
