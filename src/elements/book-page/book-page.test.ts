import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {demoBook, hits, loadingAndReadyHeights, uniqueKey} from '../../../test/test-book.js';
import type {BookPage} from './book-page.js';
import './define.js';

const section = (el: BookPage, part: string) =>
  el.shadowRoot!.querySelector(`[part=${part}]`) as (HTMLElement & {state: string; updateComplete: Promise<boolean>}) | null;

describe('<book-page>', () => {
  it('renders the whole landing page with one request for the book and one per related file', async () => {
    const key = uniqueKey();
    const el = await fixture<BookPage>(html`<book-page loading="eager" src="/fake/count/${key}${demoBook}"></book-page>`);
    await waitUntil(() => el.state === 'ready');
    const recs = section(el, 'recommendations')!;
    recs.scrollIntoView();
    await waitUntil(
      () => [...recs.shadowRoot!.querySelectorAll('book-card')].every((c) => c.state === 'ready'),
      'related cards',
      {timeout: 4000},
    );
    for (const part of ['card', 'about', 'toc', 'faq', 'recommendations']) {
      expect(section(el, part)?.state, part).to.equal('ready');
    }
    expect(await hits(key, 'designing-machine-learning-systems.json')).to.equal(1);
    for (const file of [
      'designing-data-intensive-applications.json',
      'machine-learning-design-patterns.json',
      'reliable-machine-learning.json',
    ]) {
      expect(await hits(key, file), file).to.equal(1);
    }
    const toc = section(el, 'toc')!;
    expect(toc.shadowRoot!.querySelectorAll('li[part=chapter]')).to.have.length(10);
    expect(section(el, 'card')!.shadowRoot!.querySelector('[part=title]')!.localName).to.equal('h2');
    expect(toc.shadowRoot!.querySelector('h3')!.textContent).to.equal('Table of contents');
    await expect(el).to.be.accessible();
  });

  it('is about as tall loading as loaded, the related books’ placeholder included', async () => {
    for (const width of [343, 1000]) {
      const {loading, ready} = await loadingAndReadyHeights('book-page', width);
      expect(Math.abs(loading - ready) / ready, `at ${width}px: skeleton ${loading}, page ${ready}`).to.be.below(0.03);
    }
    const el = await fixture<BookPage>(html`<book-page loading="eager" src="/fake/hang/page.json"></book-page>`);
    const recs = section(el, 'recommendations')!;
    await recs.updateComplete;
    expect(recs.state).to.equal('loading');
    expect(recs.shadowRoot!.querySelectorAll('book-card')).to.have.length(3);
  });

  it('leaves out sections without data', async () => {
    const el = await fixture<BookPage>(
      html`<book-page .book=${{title: 'Bare', faq: [{question: 'q?', answer: 'a'}]}}></book-page>`,
    );
    expect(section(el, 'card')).to.exist;
    expect(section(el, 'faq')).to.exist;
    expect(section(el, 'about')).to.equal(null);
    expect(section(el, 'toc')).to.equal(null);
    expect(section(el, 'recommendations')).to.equal(null);
  });

  it('shows a newsletter placed in its slot after the sections', async () => {
    const el = await fixture<BookPage>(html`<book-page .book=${{title: 'T'}}><aside slot="newsletter">Join</aside></book-page>`);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=newsletter]')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Join');
  });
});
