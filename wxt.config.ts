import { defineConfig } from 'wxt';
import { CHROMIUM_KEY, GECKO_ID } from './src/identity';
import { managedSchema } from './src/policy/schema';

const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// WXT config: the manifest is generated from entrypoints; here we only add what
// cannot be inferred. Permissions stay minimal on purpose (docs/security.md):
// storage, and alarms for an organisation's 6-hourly signed-pack check.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Netral',
    description:
      'Netral mengingatkan ASN sebelum menyukai, mengomentari atau membagikan konten kampanye. / Warns civil servants before they like, comment on or share campaign content.',
    permissions: ['storage', 'alarms'],
    // Stricter than the default: no plugins, no <base> rewriting, no form
    // posts, never framed; scripts only from the extension itself (no eval).
    content_security_policy:
      browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    // Managed policy (docs/deployment.md): generated from the settings schema at build time.
    storage: { managed_schema: 'managed_schema.json' },
    // Firefox needs a stable add-on id, and since 2025 a data-collection
    // declaration: Netral collects nothing.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } },
          },
        }
      : { key: CHROMIUM_KEY }),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'managed_schema.json', contents: `${JSON.stringify(managedSchema(), null, 2)}\n` });
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // The shipped packs (~120 kB of JSON) go into every content script:
    // as JSON.parse of a string they compile several milliseconds faster on
    // each page load than as object literals.
    json: { namedExports: false, stringify: true },
  }),
});
