import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ID, CHROMIUM_KEY } from '../../src/identity';

describe('stable identity', () => {
  it("derives the Chromium id from the manifest key as Chromium does (SHA-256 of the DER key, hex digits as a–p)", () => {
    const hex = createHash('sha256').update(Buffer.from(CHROMIUM_KEY, 'base64')).digest('hex').slice(0, 32);
    const id = [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
    expect(id).toBe(CHROMIUM_ID);
  });
});
