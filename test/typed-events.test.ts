/**
 * The events' types, as a page's TypeScript sees them through the global event maps (checked by
 * `tsc` in npm test: each `@ts-expect-error` below fails the build if the types go loose), and what
 * a list file's `book-load` carries at run time.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../src/all.js';
import {nextEvent} from './test-book.js';
import type {BookLoadDetail} from '../src/events/events.js';
import type {LoadErrorKind} from '../src/loading/load-book.js';

/** Never called: it only has to type-check. */
export function listenersAsAPageWritesThem(card: HTMLElement) {
  card.addEventListener('book-load', (e) => e.detail.book.title.toUpperCase());
  card.addEventListener('book-error', (e) => e.detail.error.kind satisfies LoadErrorKind);
  card.addEventListener('book-link-click', (e) => e.detail.link.href.startsWith('https:') && e.preventDefault());
  card.addEventListener('book-faq-toggle', (e) => e.detail.index + Number(e.detail.open));
  document.addEventListener('newsletter-success', (e) => e.detail.email.trim());
  window.addEventListener('newsletter-error', (e) => e.detail.message.length);
  // @ts-expect-error a book-load detail has no `books`
  card.addEventListener('book-load', (e) => e.detail.books);
  // @ts-expect-error a newsletter error's message is text
  card.addEventListener('newsletter-error', (e) => e.detail.message.toFixed());
  // @ts-expect-error a link's kind is buy, preview or info
  card.addEventListener('book-link-click', (e) => e.detail.link.kind === 'sell');
}

describe('book-load', () => {
  it('carries a list file as detail.list, and the book as it always has', async () => {
    const loaded = nextEvent<BookLoadDetail>('book-load');
    await fixture(
      html`<book-recommendations loading="eager" src="/demo/data/production-ml-shelf.json?typed"></book-recommendations>`,
    );
    const {detail} = await loaded;
    expect(detail.list!.title).to.equal(detail.book.title);
    expect(detail.list!.books).to.equal(detail.book.related);
    expect(detail.list!.books.length).to.be.at.least(3);
  });

  it('carries only the book for a book file', async () => {
    const loaded = nextEvent<BookLoadDetail>('book-load');
    await fixture(html`<book-card loading="eager" src="/demo/data/designing-machine-learning-systems.json?typed"></book-card>`);
    const {detail} = await loaded;
    expect(Object.keys(detail)).to.deep.equal(['book']);
  });
});
