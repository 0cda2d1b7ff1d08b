/**
 * The built one-file bundle (dist/book-widgets.bundle.js, made by `npm test` before the browser
 * tests): it defines every element, and loading it twice, or a second copy, never throws.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';

import {elements} from '../src/registry.js';

const tags = Object.keys(elements);

describe('dist/book-widgets.bundle.js (one file)', () => {
  it('defines every element, and a second copy only warns', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    addEventListener('error', onError);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      await import('/dist/book-widgets.bundle.js' as string);
      for (const tag of tags) expect(customElements.get(tag), tag).to.exist;
      await import('/dist/book-widgets.bundle.js' as string);
      expect(warnings).to.deep.equal([]);
      // Another copy (another URL, so another module with its own classes).
      await import('/dist/book-widgets.bundle.js?copy=2' as string);
    } finally {
      console.warn = warn;
      removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(tags.length);
    expect(warnings[0]).to.contain('already defined by another copy');
  });

  it('keeps working after a second copy loaded', async () => {
    const el = await fixture(
      html`<book-data src="/demo/data/designing-machine-learning-systems.json">
        <book-card></book-card>
      </book-data>`,
    );
    const card = el.querySelector('book-card') as HTMLElement & {state: string};
    await waitUntil(() => card.state === 'ready', 'card not ready', {timeout: 4000});
    expect(card.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Designing Machine Learning Systems');
  });

  it('loads a language from i18n/packs/ beside it; uploaded alone, it shows English and says why', async () => {
    const page = (src: string) =>
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title>` +
      // Warnings kept from the start: the pack is asked for as soon as the code runs.
      `<script>window.warnings = []; const warn = console.warn; console.warn = (...a) => (warnings.push(a.join(' ')), warn(...a));</script>` +
      `<script type="module" src="${src}"></script></head>` +
      `<body><book-faq loading="eager" src="/demo/data/designing-machine-learning-systems.json"></book-faq></body></html>`;
    const heading = async (src: string) => {
      const frame = document.createElement('iframe');
      frame.srcdoc = page(src);
      const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
      (await fixture(html`<div></div>`)).append(frame);
      await loaded;
      const {warnings} = frame.contentWindow as unknown as {warnings: string[]};
      const faq = frame.contentDocument!.querySelector('book-faq') as HTMLElement & {state: string};
      await waitUntil(() => faq.state === 'ready' && faq.shadowRoot?.querySelector('h2'), 'faq not ready', {timeout: 5000});
      return {text: faq.shadowRoot!.querySelector('h2')!.textContent!.trim(), warnings};
    };
    expect((await heading('/dist/book-widgets.bundle.js?beside')).text).to.equal('Questions fréquentes');
    // The bundle alone: its pack's address answers 404.
    const alone = await heading('/fake/type/text%2Fjavascript/only/book-widgets.bundle.js/dist/book-widgets.bundle.js');
    expect(alone.text).to.equal('Frequently asked questions');
    expect(alone.warnings.join()).to.contain('the fr translation could not be loaded');
  });
});
