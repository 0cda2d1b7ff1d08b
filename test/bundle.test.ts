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
});
