/**
 * The reader's store, affiliate tag, price and date in six locales (five with a region, and German
 * without one, where the time zone tells): each run of this file is a browser started in that
 * language and time zone (web-test-runner.config.mjs, the `locale-*` groups), not a stubbed `navigator`.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/elements/book-buy/define.js';
import '../src/elements/book-card/define.js';
import {parseBook} from '../src/format/book.js';
import type {BookBuy} from '../src/elements/book-buy/book-buy.js';
import type {BookCard} from '../src/elements/book-card/book-card.js';

const locale = (window as {expectedLocale?: string}).expectedLocale ?? '';

/** What a reader in each locale gets. Spaces in prices and dates are compared as plain spaces. */
const expected: {[locale: string]: {country: string; amazon: string; price: string; date: string}} = {
  'en-US': {
    country: 'us',
    amazon: 'https://www.amazon.com/dp/1098107969?tag=site-20',
    price: '$26.00',
    date: 'March 12, 2099',
  },
  'en-GB': {
    country: 'gb',
    amazon: 'https://www.amazon.co.uk/dp/1098107969?tag=site-21',
    price: '£20.00',
    date: '12 March 2099',
  },
  'de-DE': {
    country: 'de',
    amazon: 'https://www.amazon.de/dp/1098107969?tag=site-de-21',
    price: '24,50 €',
    date: '12. März 2099',
  },
  'fr-CA': {
    country: 'ca',
    amazon: 'https://www.amazon.ca/dp/1098107969?tag=site-ca-20',
    price: '34,99 $',
    date: '12 mars 2099',
  },
  // German, no region, in Vienna: Austria, whose Amazon is amazon.de (with the de tag) and whose money is the euro.
  de: {
    country: 'at',
    amazon: 'https://www.amazon.de/dp/1098107969?tag=site-de-21',
    price: '24,50 €',
    date: '12. März 2099',
  },
  'ja-JP': {
    country: 'jp',
    amazon: 'https://www.amazon.co.jp/dp/1098107969?tag=site-22',
    price: '￥3,960',
    date: '2099年3月12日',
  },
};

const book = parseBook({
  title: 'The Glass Orchard',
  editions: [
    {
      format: 'hardcover',
      isbn13: '9781098107963',
      price: [
        {amount: 26, currency: 'USD'},
        {amount: 20, currency: 'GBP'},
        {amount: 24.5, currency: 'EUR'},
        {amount: 34.99, currency: 'CAD'},
        {amount: 3960, currency: 'JPY'},
      ],
      links: [{retailer: 'bookshop'}, {retailer: 'amazon'}],
    },
    {format: 'audiobook', isbn13: '9781098107918', published: '2099-03-12', links: [{retailer: 'audible'}]},
  ],
});

const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe(`a reader in ${locale}`, () => {
  before(() => {
    (window as {BookWidgets?: object}).BookWidgets = {
      affiliate: {amazon: 'us:site-20 uk:site-21 de:site-de-21 ca:site-ca-20 jp:site-22'},
    };
  });

  it('runs in a browser that says so', () => {
    expect(Object.keys(expected), 'a locale of this suite').to.include(locale);
    expect(navigator.language).to.equal(locale);
  });

  it('gets their store, their tag, their price and their date', async () => {
    const want = expected[locale];
    const buy = await fixture<BookBuy>(html`<book-buy .book=${book}></book-buy>`);
    const root = buy.shadowRoot!;
    // In the reader's language: its words come first (a small file), the box then.
    await waitUntil(() => root.querySelector('select'), 'no buy box', {timeout: 5000});
    expect(root.querySelector('select')!.value, 'the store').to.equal(want.country);
    const main = root.querySelector<HTMLAnchorElement>('.actions [part=link]')!;
    expect([main.href, main.rel], 'the main button: Amazon, tagged for the store').to.deep.equal([
      want.amazon,
      'sponsored noopener',
    ]);
    expect(plain(root.querySelector('[part=price]')?.textContent)).to.equal(want.price);
    root.querySelectorAll<HTMLInputElement>('input[type=radio]')[1].click();
    await buy.updateComplete;
    expect(plain(root.querySelector('[part=preorder]')?.textContent)).to.contain(want.date);

    const card = await fixture<BookCard>(html`<book-card .book=${book}></book-card>`);
    await waitUntil(() => card.shadowRoot!.querySelector('[part=link]'), 'the card’s link', {timeout: 5000});
    expect(card.shadowRoot!.querySelector<HTMLAnchorElement>('[part=link]')!.href, 'the card’s primary link').to.equal(
      want.amazon,
    );
  });
});
