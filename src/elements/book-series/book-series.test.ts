import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {BookSeries} from './book-series.js';
import {readingOrder} from './book-series.js';
import {parseBook} from '../../format/book.js';
import './define.js';

type Card = HTMLElement & {state: string; book?: {title: string}};
const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll<Card>('book-card')];
const titleOf = (card: Card) => card.shadowRoot!.querySelector('[part=title]')!.textContent;

describe('<book-series>', () => {
  it('shows the series’ name, this book’s place, and its books in reading order with this one marked', async () => {
    const book = {
      title: 'Two',
      series: {name: 'The Cycle', position: 2, url: 'https://cycle.example', books: [{title: 'One'}, {title: 'Three'}]},
    };
    const el = await fixture<BookSeries>(html`<book-series .book=${book}></book-series>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('The Cycle');
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('h2 a')!.href).to.equal('https://cycle.example/');
    expect(el.shadowRoot!.querySelector('[part=position]')!.textContent).to.equal('Book 2 of the series');
    await waitUntil(() => cards(el).every((c) => c.state === 'ready'));
    expect(cards(el).map(titleOf)).to.deep.equal(['One', 'Two', 'Three']);
    const items = [...el.shadowRoot!.querySelectorAll('li')];
    expect(items.map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, 'true', null]);
    expect(items[1].querySelector('[part=current]')!.textContent).to.equal('This book');
    expect(cards(el).every((c) => c.getAttribute('layout') === 'compact')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('marks the entry that is this book’s own file, and loads the others’ files', async () => {
    const el = await fixture<BookSeries>(
      html`<book-series loading="eager" src="/demo/data/the-glass-orchard.json"></book-series>`,
    );
    await waitUntil(() => el.state === 'ready' && cards(el).length === 3 && cards(el).every((c) => c.state === 'ready'));
    expect(cards(el).map(titleOf)).to.deep.equal(['The Glass Orchard', 'The Salt Road', 'Winter Grafting']);
    expect(el.shadowRoot!.querySelector('li')!.getAttribute('aria-current')).to.equal('true');
  });

  it('reads the order: the book at its position when the list leaves it out, nowhere without one', () => {
    const order = (series: object, src?: string) =>
      readingOrder(parseBook({title: 'T', series}, {baseUrl: location.href}), src).map(({entry, current}) => [
        typeof entry === 'string' ? entry.split('/').pop() : entry.title,
        current,
      ]);
    expect(order({name: 'S', position: 9, books: ['a.json']}, 'other.json')).to.deep.equal([
      ['a.json', false],
      ['T', true],
    ]);
    // Its own URL unknown, a file in the list may be this book: not put in twice.
    expect(order({name: 'S', position: 1, books: ['a.json']})).to.deep.equal([['a.json', false]]);
    expect(order({name: 'S', books: ['a.json']})).to.deep.equal([['a.json', false]]);
    expect(order({name: 'S', position: 1, books: ['a.json', 't.json']}, 't.json')).to.deep.equal([
      ['a.json', false],
      ['t.json', true],
    ]);
    expect(order({name: 'S', position: 1})).to.deep.equal([['T', true]]);
  });

  it('renders nothing outside a series; is in <book-page> for a book in one', async () => {
    const none = await fixture<BookSeries>(html`<book-series .book=${{title: 'T'}}></book-series>`);
    expect(none.shadowRoot!.querySelector('[part=base]')!.children).to.have.length(0);
    await import('../book-page/define.js');
    const page = await fixture<HTMLElement>(
      html`<book-page .book=${{title: 'T', series: {name: 'S', position: 1}}}></book-page>`,
    );
    await waitUntil(() => page.shadowRoot!.querySelector('book-series')?.shadowRoot?.querySelector('h3'));
    expect(page.shadowRoot!.querySelector('book-series')!.getAttribute('part')).to.equal('series');
  });
});
