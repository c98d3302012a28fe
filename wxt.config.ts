import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { CHROMIUM_KEY, GECKO_ID } from './src/identity';
import { contentScriptMatches } from './src/platforms/registry';
import { CORE_FILE } from './src/guard/core-loader';
import { managedSchema } from './src/policy/schema';

const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// WXT config: the manifest is generated from entrypoints; here we only add what
// cannot be inferred. Permissions stay minimal on purpose (docs/security.md):
// storage, and alarms for an organisation's 6-hourly signed-pack check.
/**
 * The shipped packs (~80 kB of JSON) go into every content script. Imported
 * as their JSON text (a string literal, quick to compile) rather than as
 * object literals or an eager JSON.parse, they are parsed only when first
 * needed (src/packs/shipped.ts): on a page where the user never acts, never.
 */
function lazyPackText(): Plugin {
  const PACK = /[\\/]src[\\/]packs[\\/]data[\\/][^\\/]+\.json$/;
  const PREFIX = '\0netral-pack-text:';
  return {
    name: 'netral-lazy-pack-text',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('.json') || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      // The id must not end in .json, or Vite's JSON plugin would parse it again.
      return resolved && PACK.test(resolved.id) ? `${PREFIX}${resolved.id}.js` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -'.js'.length);
      return `export default ${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))))};`;
    },
  };
}

export default defineConfig({
  // No @wxt-dev/webextension-polyfill module: it would put the polyfill in
  // every content script, compiled on every page load of a guarded site. The
  // content scripts use the browser's own promise-based API (wxt/browser);
  // the background and the extension pages import webextension-polyfill.
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
      : {
          key: CHROMIUM_KEY,
          // The guard's core, imported by the guard at a page's first press
          // (src/guard/core-loader.ts): for the guarded sites only, and only at
          // Chrome's per-session dynamic address, so pages cannot probe for it.
          web_accessible_resources: [{ resources: [CORE_FILE], matches: contentScriptMatches(), use_dynamic_url: true }],
        }),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'managed_schema.json', contents: `${JSON.stringify(managedSchema(), null, 2)}\n` });
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    plugins: [lazyPackText()],
    json: { namedExports: false, stringify: true },
  }),
});
