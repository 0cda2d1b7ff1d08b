import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {affiliateLinks} from './affiliate.js';
import {isbn13to10} from '../format/isbn.js';
import {parseBook} from '../format/book.js';
import {demoBook} from '../../test/test-book.js';
import {loadCatalogue} from './catalogue.js';
import '../all.js';

const book = parseBook({
  title: 'T',
  isbn13: '9781098107963',
  links: [
    {href: 'https://www.amazon.com/dp/1098107969?ref=x', retailer: 'amazon'},
    {href: 'https://bookshop.org/book/9781098107963'},
    {href: 'https://publisher.example/t', retailer: 'publisher', kind: 'info'},
  ],
});

const links = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part=link]')];

describe('affiliate links', () => {
  // Links built from the ISBN go to the reader's store: the US one here, whatever the browser says.
  before(() => loadCatalogue());
  beforeEach(() => ((window as {BookWidgets?: object}).BookWidgets = {country: 'us'}));
  afterEach(() => delete (window as {BookWidgets?: object}).BookWidgets);

  it('adds the Amazon tag and rewrites Bookshop.org links to the affiliate form', () => {
    expect(affiliateLinks(book, {amazon: 'site-20', bookshop: '12345'}).map((l) => [l.href, l.sponsored])).to.deep.equal([
      ['https://www.amazon.com/dp/1098107969?ref=x&tag=site-20', true],
      ['https://bookshop.org/a/12345/9781098107963', true],
      ['https://publisher.example/t', false],
    ]);
  });

  it('builds a format-2 link by retailer alone from the ISBN: Amazon and Bookshop.org, with or without an ID', () => {
    const byRetailer = parseBook({
      title: 'T',
      isbn13: '9781098107963',
      links: [{retailer: 'amazon'}, {retailer: 'Bookshop', label: 'Support a bookshop'}, {retailer: 'kobo'}],
    });
    expect(affiliateLinks(byRetailer, {}).map((l) => [l.href, l.retailer, l.sponsored])).to.deep.equal([
      ['https://www.amazon.com/dp/1098107969', 'amazon', false],
      ['https://bookshop.org/book/9781098107963', 'bookshop', false],
      ['https://www.kobo.com/us/en/search?query=9781098107963', 'kobo', false],
    ]);
    expect(affiliateLinks(byRetailer, {amazon: 'site-20', bookshop: '12345'}).map((l) => [l.href, l.label])).to.deep.equal([
      ['https://www.amazon.com/dp/1098107969?tag=site-20', undefined],
      ['https://bookshop.org/a/12345/9781098107963', 'Support a bookshop'],
      ['https://www.kobo.com/us/en/search?query=9781098107963', undefined],
    ]);
  });

  it('builds links from the ISBN where the file has none for a retailer with an ID', () => {
    const bare = parseBook({title: 'T', isbn13: '9781449373320'});
    expect(affiliateLinks(bare, {amazon: 'site-20', bookshop: '12345'})).to.deep.equal([
      {
        href: 'https://www.amazon.com/dp/1449373321?tag=site-20',
        retailer: 'amazon',
        name: 'Amazon',
        store: 'us',
        local: true,
        kind: 'buy',
        sponsored: true,
      },
      {
        href: 'https://bookshop.org/a/12345/9781449373320',
        retailer: 'bookshop',
        name: 'Bookshop.org',
        store: 'us',
        local: true,
        kind: 'buy',
        sponsored: true,
      },
    ]);
    expect(affiliateLinks(bare, {})).to.deep.equal([]);
  });

  it('converts ISBN-13 to ISBN-10 with its check digit', () => {
    expect(isbn13to10('9781098107963')).to.equal('1098107969');
    expect(isbn13to10('9780306406157')).to.equal('0306406152');
    expect(isbn13to10('9780804429573')).to.equal('080442957X');
    expect(isbn13to10('9791234567896')).to.equal(undefined);
  });

  it('renders sponsored links with rel="sponsored noopener", the target asked for and a disclosure', async () => {
    const el = await fixture(html`<book-card .book=${book} affiliate-amazon="site-20" target="_blank" disclosure></book-card>`);
    const [amazon, bookshop, info] = links(el);
    expect(amazon.href).to.equal('https://www.amazon.com/dp/1098107969?ref=x&tag=site-20');
    expect([amazon.rel, amazon.target]).to.deep.equal(['sponsored noopener', '_blank']);
    expect(bookshop.rel, 'no Bookshop ID: not sponsored').to.equal('noopener');
    expect(info.rel).to.equal('noopener');
    expect(el.shadowRoot!.querySelector('[part=disclosure]')!.textContent).to.contain('affiliate links');
    await expect(el).to.be.accessible();
  });

  it('takes the IDs from <book-data>, then from window.BookWidgets', async () => {
    (window as {BookWidgets?: object}).BookWidgets = {affiliate: {amazon: 'page-20', bookshop: '999'}};
    try {
      const box = await fixture(
        html`<div>
          <book-data .book=${book} affiliate-amazon="section-20"
            ><book-card disclosure="We earn from qualifying purchases."></book-card
          ></book-data>
          <book-card .book=${book}></book-card>
        </div>`,
      );
      const [inside, outside] = [...box.querySelectorAll('book-card')];
      await waitUntil(() => links(inside).length === 3);
      expect(links(inside)[0].href).to.contain('tag=section-20');
      expect(links(inside)[1].href, 'bookshop from the page').to.equal('https://bookshop.org/a/999/9781098107963');
      expect(inside.shadowRoot!.querySelector('[part=disclosure]')!.textContent).to.equal('We earn from qualifying purchases.');
      expect(links(outside)[0].href).to.contain('tag=page-20');
      expect(outside.shadowRoot!.querySelector('[part=disclosure]'), 'no disclosure unless asked').to.equal(null);
    } finally {
      delete (window as {BookWidgets?: object}).BookWidgets;
    }
  });

  it('reaches the cards of <book-page> and its recommendations', async () => {
    const el = await fixture(html`<book-page loading="eager" src=${demoBook} affiliate-amazon="page-20" disclosure></book-page>`);
    await waitUntil(() => (el as HTMLElement & {state: string}).state === 'ready');
    const card = el.shadowRoot!.querySelector('book-card')!;
    await waitUntil(() => links(card).length);
    expect(links(card)[0].href).to.equal('https://www.amazon.com/dp/1098107969?tag=page-20');
    const recs = el.shadowRoot!.querySelector('book-recommendations')!;
    await waitUntil(() => recs.shadowRoot?.querySelector('[part=disclosure]'));
    const related = recs.shadowRoot!.querySelector('book-card')!;
    expect((related as HTMLElement & {affiliateAmazon?: string}).affiliateAmazon).to.equal('page-20');
  });
});
