/**
 * Netral's stable identity in the browsers, so that policies, allowlists and
 * force-install lists can name it.
 *
 * Chromium derives an extension's id from the public key in the manifest's
 * `key`: the first 32 hex digits of SHA-256 over the DER key, written with
 * the letters a–p (a test checks CHROMIUM_ID against CHROMIUM_KEY). The
 * unpacked build and the build from `npm run zip` carry this key, so they
 * have this id on every machine. A copy an agency packs and hosts itself
 * (docs/deployment.md) is signed with the agency's own key and has the id
 * Chromium prints for that key.
 */
export const CHROMIUM_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2fl5yJn8pGDDnURlubSecACVWBweQLbMZqmawyOw+h4GM1J2fWdGImONXtKOPg51rxG8LgPUaoB7/VJ6Yha4I2fc6itDlJ89Mz5A4WdT9QfbK8QVa4qsNJ70Fx1UCXxU5HdCI1LOy89UMY3kbNRATbpIJ7q+zjwTtSKgSMSZHZ2iPDZaVwUEY475cTjPs5Lpe83IgkkWcOYKITl4HzhzQA4gjeiA0y5O8YEhure/P50fwDrU51hDudQ74MLjwyNVM194z8Yh5anvDRtCLoNwtPlaVZzUIwHX/ZKTwDDIgDrZ0blo6y03snmlQ3gXniMWlu0sLaAwRTQ/QzCSuN65VwIDAQAB';
export const CHROMIUM_ID = 'emncaagabiccgenkkpeaildlpialbapa';
/** Firefox add-on id (browser_specific_settings.gecko.id). */
export const GECKO_ID = 'netral@netral-asn.id';
