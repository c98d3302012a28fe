import { defineConfig } from 'wxt';

// WXT config: the manifest is generated from entrypoints; here we only add what
// cannot be inferred. Permissions stay minimal on purpose (see docs/security.md
// once it exists): the foundation needs none beyond storage.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Netral',
    description:
      'Netral mengingatkan ASN sebelum menyukai, mengomentari atau membagikan konten kampanye. / Warns civil servants before they like, comment on or share campaign content.',
    permissions: ['storage'],
    // Firefox needs a stable add-on id, and since 2025 a data-collection
    // declaration: Netral collects nothing.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'netral@netral-asn.id', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
