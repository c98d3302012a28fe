// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/history/history';
import { Options } from '../../src/ui/options/Options';
import { memoryStore, type PageStore } from '../../src/ui/pages/store';
import { Popup } from '../../src/ui/popup/Popup';
import { RulesExplorer } from '../../src/ui/rules/RulesExplorer';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

async function mount(node: preact.VNode) {
  await act(async () => {
    render(node, container);
  });
  // Let the store's promise resolve and the component re-render.
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

function type(el: HTMLTextAreaElement | HTMLInputElement, value: string) {
  return act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector)!;
const entry = (decision: HistoryEntry['decision']): HistoryEntry => ({ time: new Date().toISOString(), platform: 'facebook', action: 'like', level: 'risk', terms: ['Airin'], decision });

describe('popup', () => {
  it('rates a draft as it is typed: level, highlighted words, reasons, rule and sanction', async () => {
    await mount(<Popup store={memoryStore({}, { tabUrl: 'https://www.facebook.com/' })} />);
    expect(container.textContent).toContain('Cek sebelum posting');
    expect($('[data-testid=status]').textContent).toContain('Facebook dilindungi Netral');
    const box = $<HTMLTextAreaElement>('#check-text');
    expect(container.querySelector('label[for=check-text]')).not.toBeNull();
    await type(box, 'Ayo coblos Prabowo-Gibran nomor 2!');
    expect($('[data-level]').dataset.level).toBe('risk');
    const marks = [...container.querySelectorAll('[data-testid=check-highlight] mark')].map((m) => m.textContent);
    expect(marks.join(' ')).toMatch(/Prabowo/);
    expect($('[data-testid=check-result]').textContent).toMatch(/SKB 22 September 2022/);
    expect($('[data-testid=check-result]').textContent).toMatch(/PP 94\/2021/);

    await type(box, 'Selamat pagi, rapat koordinasi jam sembilan.');
    expect($('[data-level]').dataset.level).toBe('none');
    expect(container.querySelector('[data-testid=check-highlight]')).toBeNull();

    const clear = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Bersihkan')!;
    await act(() => clear.click());
    expect(box.value).toBe('');
    expect(container.querySelector('[data-testid=check-result]')).toBeNull();
  });

  it('handles a 5,000-character draft quickly', async () => {
    await mount(<Popup store={memoryStore()} />);
    const text = 'Rapat anggaran desa dan jalan rusak. '.repeat(130) + 'Salam tiga jari, Ganjar-Mahfud!';
    const start = performance.now();
    await type($<HTMLTextAreaElement>('#check-text'), text);
    expect(performance.now() - start).toBeLessThan(500);
    expect($('[data-level]').dataset.level).toBe('risk');
  });

  it('shows status off, the organisation, the last warnings and the 30-day counts, in English', async () => {
    const store = memoryStore(
      { user: { language: 'en', mode: 'audit' }, managed: { organisationName: 'Pemkot Contoh', enabled: true }, history: [entry('cancelled'), entry('proceeded')] },
      { tabUrl: 'https://example.org/' },
    );
    await mount(<Popup store={store} />);
    expect(document.documentElement.lang).toBe('en');
    expect($('[data-testid=status]').textContent).toContain('This page is not a site Netral watches');
    expect($('[data-testid=status]').textContent).toContain('Mode: Record only');
    expect($('[data-testid=org]').textContent).toBe('Managed by your organisation (Pemkot Contoh)');
    expect($('[data-testid=history-counts]').textContent).toContain('warnings: 2, cancelled: 1, proceeded: 1');
    expect($('[data-testid=history-recent]').textContent).toContain('Like on Facebook');
    expect($('[data-testid=history-recent]').textContent).toContain('Airin');
  });
});

describe('options', () => {
  it('saves a changed setting and shows where each value comes from', async () => {
    const store = memoryStore();
    await mount(<Options store={store} />);
    const audit = $<HTMLInputElement>('input[name=mode][value=audit]');
    await act(async () => {
      audit.click();
    });
    expect(store.state.user.mode).toBe('audit');
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    expect($('[data-setting=mode] [data-source]').dataset.source).toBe('user');
    expect($('[data-setting=sensitivity] [data-source]').dataset.source).toBe('default');
  });

  it('validates extra terms next to the field and saves only a valid list', async () => {
    const store = memoryStore();
    await mount(<Options store={store} />);
    const terms = $<HTMLTextAreaElement>('#setting-extraTerms');
    await type(terms, 'Relawan Merah\nrelawan merah');
    expect($('[data-testid=terms-errors]').textContent).toContain('Baris 2: sudah ada di daftar');
    expect(terms.getAttribute('aria-invalid')).toBe('true');
    expect(terms.getAttribute('aria-describedby')).toContain('setting-extraTerms-errors');
    expect(store.state.user.extraTerms).toBeUndefined();
    await type(terms, 'Relawan Merah\n' + 'x'.repeat(101));
    expect($('[data-testid=terms-errors]').textContent).toContain('lebih dari 100 karakter');
    await type(terms, 'Relawan Merah\nSalam Jempol');
    expect(container.querySelector('[data-testid=terms-errors]')).toBeNull();
    expect(store.state.user.extraTerms).toEqual(['Relawan Merah', 'Salam Jempol']);
  });

  it('disables a setting the organisation locks and says so', async () => {
    const store = memoryStore({ managed: { organisationName: 'BKD Contoh', mode: 'warn', lockedSettings: ['mode', 'enabled'] } });
    await mount(<Options store={store} />);
    expect($<HTMLFieldSetElement>('fieldset[data-setting=mode]').disabled).toBe(true);
    expect($<HTMLInputElement>('#setting-enabled').disabled).toBe(true);
    expect($('[data-testid=locked-mode]').textContent).toBe('Diatur oleh organisasi Anda (BKD Contoh)');
    expect($<HTMLFieldSetElement>('fieldset[data-setting=sensitivity]').disabled).toBe(false);
  });

  it("shows what of the organisation's policy was ignored, its own packs and the update status", async () => {
    const at = '2026-11-23T08:00:00.000Z';
    const lists = { sources: [], contests: [], candidates: [], pairs: [], parties: [], figures: [], markers: [], accounts: [], vocabulary: [] };
    const ownPack = { id: 'contoh-lokal', version: '1.1.0', title: { id: 'Contoh paket lokal', en: 'Example local pack' }, ...lists };
    const store = memoryStore({
      managed: { organisationName: 'BKD Contoh', mode: 'strict', sensitivity: 'risk', packUrl: 'https://packs.example/p.json', packPublicKey: 'AAAA' },
      organisationPacks: {
        inline: [],
        problems: [{ key: 'packs', code: 'invalid-pack', detail: 'pack "rusak": version: must be a version such as "1.0.0"' }],
        signed: { url: 'https://packs.example/p.json', publicKey: 'AAAA', pack: ownPack, fetchedAt: at },
        lastCheck: { at, ok: false, reason: 'bad-signature', message: 'the signature does not match' },
      },
    });
    await mount(<Options store={store} />);
    const problems = $('[data-testid=policy-problems]');
    expect(problems.getAttribute('role')).toBe('alert');
    expect(problems.textContent).toContain('mode: nilai tidak diizinkan ("strict" is not allowed)');
    expect(problems.textContent).toContain('Paket organisasi diabaikan: pack "rusak"');
    // The rest of the policy still applies.
    expect($<HTMLInputElement>('input[name=sensitivity][value=risk]').checked).toBe(true);
    expect($('[data-testid=org-packs]').textContent).toContain('Contoh paket lokal');
    expect($('[data-testid=pack-check]').dataset.ok).toBe('false');
    expect($('[data-testid=pack-check]').textContent).toContain('gagal (bad-signature): the signature does not match');
    await mount(<Popup store={store} />);
    expect($('[data-testid=policy-problems]').textContent).toContain('mode:');
  });

  it('shows no organisation section content and no problems without a policy', async () => {
    await mount(<Options store={memoryStore()} />);
    expect(container.querySelector('[data-testid=policy-problems]')).toBeNull();
    expect($('[data-testid=org-none]').textContent).toBe('Pengaturan ini tidak dikelola organisasi mana pun.');
  });

  it('lists packs with version, clears the history, and labels every control', async () => {
    const store = memoryStore({ history: [entry('cancelled')] });
    await mount(<Options store={store} />);
    expect($('[data-setting=activePacks]').textContent).toMatch(/Versi \d+\.\d+\.\d+/);
    expect($('[data-testid=history-count]').textContent).toContain('perangkat ini: 1');
    const clear = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Hapus riwayat')!;
    await act(async () => {
      clear.click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(store.state.history).toEqual([]);
    expect(container.textContent).toContain('Riwayat dihapus.');
    for (const control of container.querySelectorAll('input, select, textarea')) {
      const id = control.id;
      const labelled = control.closest('label') || (id && container.querySelector(`label[for="${id}"]`));
      expect(labelled, `${control.outerHTML} has a label`).toBeTruthy();
    }
  });
});

describe('rules explorer', () => {
  const open = (store: PageStore = memoryStore()) => mount(<RulesExplorer store={store} />);

  it('shows every rule, sanctions, who is bound, where to ask, sources, review dates and the PP 53/2010 note', async () => {
    await open();
    const text = container.textContent!;
    for (const needle of ['UU 20/2023', 'SKB 22 September 2022', 'PP 94/2021', 'PP 42/2004', 'SE MenPANRB Nomor 18 Tahun 2023', 'PPPK', 'SE MenPANRB 1/2023', 'BKN', 'Bawaslu', 'Terakhir ditinjau', 'Foto dengan pose dua jari', 'Membagikan video kampanye di grup', 'Menyukai postingan calon']) {
      expect(text, needle).toContain(needle);
    }
    expect($('[data-testid=revoked-note]').textContent).toContain('PP 53/2010');
  });

  it('filters by the search box and keeps the revoked note visible', async () => {
    await open();
    const search = $<HTMLInputElement>('#rules-search');
    await type(search, 'foto');
    const ids = [...container.querySelectorAll('[data-statement]')].map((e) => (e as HTMLElement).dataset.statement);
    expect(ids).toContain('skb-2022-a5-b7');
    expect(ids).not.toContain('pp-42-2004-moral');
    expect($('[data-testid=rules-count]').textContent).toMatch(/\d+ bagian cocok/);
    expect(container.querySelector('[data-testid=revoked-note]')).not.toBeNull();
    await type(search, 'zzzz tidak ada');
    expect(container.querySelectorAll('[data-statement]')).toHaveLength(0);
    expect($('[data-testid=rules-count]').textContent).toBe('Tidak ada aturan yang cocok dengan pencarian Anda.');
  });

  it('speaks English when the setting says so', async () => {
    await open(memoryStore({ user: { language: 'en' } }));
    expect(container.textContent).toContain('Civil-service neutrality rules on social media');
    expect(container.textContent).toContain('Joint Decree of 22 September 2022');
  });
});
