import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {countryOf, readerCountry} from './store.js';
import {retailerLink, retailers, shownLinks, storeIds, storeOfUrl} from './retailer-links.js';
import {parseBook} from '../format/book.js';
import {uniqueKey} from '../../test/test-book.js';
import '../all.js';

const dmls = {isbn13: '9781098107963', isbn10: '1098107969'};

describe('the reader’s country', () => {
  it('comes from the first language that names a region, else the time zone, else the US', () => {
    expect(countryOf(['en-US'])).to.equal('us');
    expect(countryOf(['en-GB', 'en'])).to.equal('gb');
    expect(countryOf(['de-DE'])).to.equal('de');
    expect(countryOf(['fr-CA', 'fr'])).to.equal('ca');
    expect(countryOf(['ja-JP'])).to.equal('jp');
    expect(countryOf(['zh-Hant-TW'])).to.equal('tw');
    expect(countryOf(['de'], 'Europe/Vienna')).to.equal('at');
    expect(countryOf(['en'], 'Australia/Perth')).to.equal('au');
    expect(countryOf(['fr'], 'America/Toronto')).to.equal('ca');
    expect(countryOf(['es-419'], 'America/Lima')).to.equal('us');
    expect(countryOf([])).to.equal('us');
  });

  it('may be fixed by the page; "uk" is read as "gb"; a value that is no country code is not', () => {
    expect(readerCountry('uk')).to.equal('gb');
    expect(readerCountry(' DE ')).to.equal('de');
    expect(readerCountry('Germany')).to.equal(countryOf(navigator.languages));
  });
});

describe('the retailer catalogue', () => {
  it('has at least 15 retailers, each with a store and an http(s) link per store', () => {
    expect(Object.keys(retailers).length).to.be.at.least(15);
    for (const [id, retailer] of Object.entries(retailers)) {
      expect(Object.keys(retailer.stores), id).not.to.be.empty;
      for (const template of Object.values(retailer.stores)) expect(template, id).to.match(/^https:\/\/[^/]+\/.*\{isbn1[03]\}/);
    }
  });

  it('builds each retailer’s link for the reader’s store from the ISBN', () => {
    const link = (id: string, country: string) => retailerLink(id, dmls, country)?.href;
    expect(link('amazon', 'de')).to.equal('https://www.amazon.de/dp/1098107969');
    expect(link('amazon', 'jp')).to.equal('https://www.amazon.co.jp/dp/1098107969');
    expect(link('amazon', 'ie'), 'Ireland buys at amazon.co.uk').to.equal('https://www.amazon.co.uk/dp/1098107969');
    expect(link('amazon', 'ar'), 'no store: the home store').to.equal('https://www.amazon.com/dp/1098107969');
    expect(link('bookshop', 'gb')).to.equal('https://uk.bookshop.org/book/9781098107963');
    expect(link('kobo', 'fr')).to.equal('https://www.kobo.com/fr/fr/search?query=9781098107963');
    expect(link('waterstones', 'us'), 'a UK-only shop: its UK store').to.equal(
      'https://www.waterstones.com/books/search/term/9781098107963',
    );
    expect(link('bn', 'us')).to.equal('https://www.barnesandnoble.com/w/?ean=9781098107963');
    expect(link('worldcat', 'de')).to.equal('https://search.worldcat.org/search?q=bn:9781098107963');
    expect(retailerLink('kobo', dmls, 'us')!.search).to.equal(true);
    expect(retailerLink('amazon', dmls, 'us')!.search).to.equal(false);
  });

  it('falls back to a search where a product link needs an ISBN-10 the book has none of (979-)', () => {
    const built = retailerLink('amazon', {isbn13: '9791032305690'}, 'fr')!;
    expect([built.href, built.search]).to.deep.equal(['https://www.amazon.fr/s?k=9791032305690&i=stripbooks', true]);
    expect(retailerLink('kobo', {isbn10: '1098107969'}, 'us'), 'an ISBN-13 link without one').to.equal(undefined);
  });

  it('knows only its own retailers, never a name from Object.prototype', () => {
    for (const id of ['nowhere', 'toString', '__proto__', 'constructor'])
      expect(retailerLink(id, dmls, 'us')).to.equal(undefined);
  });
});

describe('affiliate IDs by store', () => {
  it('reads "us:tag-20 uk:tag-21 de:tag-22", an ID for every store, and one without a store', () => {
    expect({...storeIds('us:tag-20 uk:tag-21  DE:tag-22')}).to.deep.equal({us: 'tag-20', gb: 'tag-21', de: 'tag-22'});
    expect({...storeIds('*:all-1')}).to.deep.equal({'*': 'all-1'});
    expect({...storeIds('tag-20')}).to.deep.equal({'': 'tag-20'});
  });

  it('leaves out and reports what is not store:ID or names no store', () => {
    const warnings: string[] = [];
    const ids = storeIds('us:ok-20 xx:nope zz9:nope de: a:b:c', (m) => warnings.push(m));
    expect({...ids}).to.deep.equal({us: 'ok-20'});
    expect(warnings).to.deep.equal([
      'book-widgets: the affiliate ID "xx:nope" names a store no retailer has ("xx"); left out',
      'book-widgets: the affiliate ID "zz9:nope" is not "store:ID" (like "uk:tag-21"); left out',
      'book-widgets: the affiliate ID "de:" is not "store:ID" (like "uk:tag-21"); left out',
      'book-widgets: the affiliate ID "a:b:c" is not "store:ID" (like "uk:tag-21"); left out',
    ]);
  });

  it('gives each store its own ID; a store without one gets the reader’s store, untagged', () => {
    const ids = storeIds('us:tag-20 uk:tag-21 de:tag-22');
    expect(retailerLink('amazon', dmls, 'de', ids)).to.deep.include({
      href: 'https://www.amazon.de/dp/1098107969?tag=tag-22',
      sponsored: true,
      store: 'de',
    });
    expect(retailerLink('amazon', dmls, 'gb', ids)!.href).to.equal('https://www.amazon.co.uk/dp/1098107969?tag=tag-21');
    expect(retailerLink('amazon', dmls, 'fr', ids)).to.deep.include({
      href: 'https://www.amazon.fr/dp/1098107969',
      sponsored: false,
    });
    // One ID without a store: Amazon's US store only (its programme runs store by store) …
    expect(retailerLink('amazon', dmls, 'us', storeIds('tag-20'))!.sponsored).to.equal(true);
    expect(retailerLink('amazon', dmls, 'gb', storeIds('tag-20'))!.sponsored).to.equal(false);
    // … but every store of a network whose links work everywhere.
    expect(retailerLink('kobo', dmls, 'de', storeIds('123'))!.href).to.equal(
      `https://click.linksynergy.com/deeplink?id=123&mid=37217&murl=${encodeURIComponent('https://www.kobo.com/de/de/search?query=9781098107963')}`,
    );
    expect(retailerLink('waterstones', dmls, 'gb', storeIds('456'))!.href).to.match(
      /^https:\/\/www\.awin1\.com\/cread\.php\?awinmid=3787&awinaffid=456&ued=/,
    );
  });

  it('encodes an ID with &, #, quotes and spaces wherever it goes', () => {
    const id = 'a&b#c"d\'e<f';
    const amazon = new URL(retailerLink('amazon', dmls, 'us', {us: id})!.href);
    expect(amazon.searchParams.get('tag')).to.equal(id);
    expect(amazon.hash).to.equal('');
    const bookshop = retailerLink('bookshop', dmls, 'us', {us: id})!.href;
    expect(bookshop).to.equal(`https://bookshop.org/a/${encodeURIComponent(id)}/9781098107963`);
    const kobo = new URL(retailerLink('kobo', dmls, 'us', {us: id})!.href);
    expect(kobo.searchParams.get('id')).to.equal(id);
    expect(kobo.searchParams.get('mid')).to.equal('37217');
  });

  it('finds the store of a link the file gives in full, and the ID for it', () => {
    const ids = storeIds('us:tag-20 uk:tag-21');
    expect(storeOfUrl('amazon', 'https://www.amazon.co.uk/dp/1098107969', ids)).to.deep.equal({store: 'gb', id: 'tag-21'});
    expect(storeOfUrl('amazon', 'https://amazon.de/dp/1098107969', ids)).to.deep.equal({store: 'de', id: undefined});
    expect(storeOfUrl('amazon', 'https://shop.example/x', ids)).to.equal(undefined);
  });
});

describe('links by retailer alone, in the page', () => {
  const book = parseBook({
    title: 'T',
    ...dmls,
    links: [{retailer: 'amazon'}, {retailer: 'kobo'}, {href: 'https://www.amazon.co.uk/dp/1098107969', retailer: 'amazon'}],
  });

  it('go to the reader’s store; a full link keeps its store, with that store’s ID', () => {
    const links = shownLinks(book, {amazon: 'us:tag-20 uk:tag-21', kobo: '99'}, 'de');
    // First what sells in the reader's country with the site's ID, then the rest there, then elsewhere.
    expect(links.map((l) => [l.href, l.store, l.sponsored, l.name, l.local])).to.deep.equal([
      [
        `https://click.linksynergy.com/deeplink?id=99&mid=37217&murl=${encodeURIComponent('https://www.kobo.com/de/de/search?query=9781098107963')}`,
        'de',
        true,
        'Kobo',
        true,
      ],
      ['https://www.amazon.de/dp/1098107969', 'de', false, 'Amazon', true],
      ['https://www.amazon.co.uk/dp/1098107969?tag=tag-21', undefined, true, undefined, false],
    ]);
    // A reader in the UK: Amazon's link is built for their store, with its ID, and the same link in full is not shown twice.
    expect(shownLinks(book, {amazon: 'us:tag-20 uk:tag-21', kobo: '99'}, 'gb').map((l) => [l.href, l.local])).to.deep.equal([
      ['https://www.amazon.co.uk/dp/1098107969?tag=tag-21', true],
      [
        `https://click.linksynergy.com/deeplink?id=99&mid=37217&murl=${encodeURIComponent('https://www.kobo.com/gb/en/search?query=9781098107963')}`,
        true,
      ],
    ]);
  });

  it('<book-card> loads the catalogue with the book and shows them for the page’s country, with its IDs', async () => {
    (window as {BookWidgets?: object}).BookWidgets = {country: 'gb', affiliate: {amazon: 'us:tag-20 uk:tag-21', kobo: '77'}};
    try {
      const file = {title: 'By retailer', ...dmls, links: [{retailer: 'amazon'}, {retailer: 'kobo'}]};
      const el = await fixture<HTMLElement & {state: string}>(
        html`<book-card
          loading="eager"
          disclosure
          src=${`/fake/book.json?body=${encodeURIComponent(JSON.stringify(file))}&${uniqueKey()}`}
        ></book-card>`,
      );
      await waitUntil(() => el.state === 'ready');
      const anchors = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part=link]')];
      expect(anchors.map((a) => [a.textContent!.trim(), a.href, a.rel])).to.deep.equal([
        ['Buy on Amazon', 'https://www.amazon.co.uk/dp/1098107969?tag=tag-21', 'sponsored noopener'],
        [
          'Buy on Kobo',
          `https://click.linksynergy.com/deeplink?id=77&mid=37217&murl=${encodeURIComponent('https://www.kobo.com/gb/en/search?query=9781098107963')}`,
          'sponsored noopener',
        ],
      ]);
      expect(el.shadowRoot!.querySelector('[part=disclosure]')).to.exist;
      el.addEventListener('book-link-click', (e) => e.preventDefault());
      setTimeout(() => anchors[1].click());
      const {detail} = await oneEvent(el, 'book-link-click');
      expect(detail.link).to.deep.include({retailer: 'kobo', store: 'gb', label: 'Buy on Kobo'});
    } finally {
      delete (window as {BookWidgets?: object}).BookWidgets;
    }
  });

  it('never makes a link with an empty ISBN in it', () => {
    expect(retailerLink('amazon', {}, 'us')).to.equal(undefined);
    expect(retailerLink('kobo', {}, 'us')).to.equal(undefined);
    expect(shownLinks(parseBook({title: 'No ISBN'}), {amazon: 'tag-20'}, 'us')).to.deep.equal([]);
  });

  it('takes no ID from Object.prototype, and a retailer named "constructor" breaks nothing', async () => {
    const polluted = Object.prototype as {kobo?: string};
    polluted.kobo = 'ATTACKER';
    try {
      const el = await fixture<HTMLElement & {state: string}>(
        html`<book-card
          .book=${{title: 'P', ...dmls, links: [{retailer: 'kobo'}, {retailer: 'constructor'}, {retailer: '__proto__'}]}}
        ></book-card>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('a[part=link]'));
      const anchors = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part=link]')];
      expect(anchors.map((a) => [a.href, a.rel])).to.deep.equal([
        ['https://www.kobo.com/us/en/search?query=9781098107963', 'noopener'],
      ]);
      expect(el.state).to.equal('ready');
    } finally {
      delete polluted.kobo;
    }
  });

  it('uses a first edition’s ISBN for the book’s links when the book has none of its own', () => {
    const book = parseBook({title: 'E', editions: [{format: 'ebook', isbn13: '9781098107963'}], links: [{retailer: 'kobo'}]});
    expect(shownLinks(book, {}, 'gb').map((l) => l.href)).to.deep.equal([
      'https://www.kobo.com/gb/en/search?query=9781098107963',
    ]);
  });

  it('<book-card .book> with links by retailer alone shows them once the catalogue is here', async () => {
    const el = await fixture<HTMLElement>(
      html`<book-card .book=${{title: 'Inline', ...dmls, links: [{retailer: 'bn'}]}}></book-card>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('a[part=link]'));
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=link]')!.href).to.equal(
      'https://www.barnesandnoble.com/w/?ean=9781098107963',
    );
  });
});

describe('the site’s own retailers (window.BookWidgets.retailers)', () => {
  const book = parseBook({title: 'T', ...dmls, links: [{retailer: 'myshop'}, {retailer: 'kobo'}]});
  const config = (value: object) => ((window as {BookWidgets?: object}).BookWidgets = value);
  afterEach(() => delete (window as {BookWidgets?: object}).BookWidgets);

  /** Console warnings while `body` runs (each is given once per page: the messages here are new). */
  const warningsOf = (body: () => void) => {
    const seen: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => seen.push(args.join(' '));
    try {
      body();
    } finally {
      console.warn = warn;
    }
    return seen;
  };

  it('adds a retailer, and changes a built-in one in part', () => {
    config({
      retailers: {
        myshop: {name: 'My Shop', stores: {us: 'https://myshop.example/isbn/{isbn13}'}, affiliate: {param: 'ref'}},
        kobo: {name: 'Rakuten Kobo'},
      },
    });
    const links = shownLinks(book, {myshop: 'a&b#c"d\'e'}, 'us');
    expect(links.map((l) => [l.name, l.href, l.sponsored])).to.deep.equal([
      ['My Shop', 'https://myshop.example/isbn/9781098107963?ref=a%26b%23c%22d%27e', true],
      ['Rakuten Kobo', 'https://www.kobo.com/us/en/search?query=9781098107963', false],
    ]);
    expect(retailers.kobo.name, 'the built-in catalogue itself is unchanged').to.equal('Kobo');
  });

  it('leaves out, with a warning that names it, every value that is not right; the rest stands', () => {
    const seen = warningsOf(() => {
      config({
        retailers: {
          js: {name: 'JS', stores: {us: 'javascript:alert(1)//{isbn13}'}},
          other: {name: 'Other', stores: {us: 'https://o.example/{title}', USA: 'https://o.example/{isbn13}'}},
          wrapped: {name: 'W', stores: {gb: 'https://w.example/{isbn13}'}, affiliate: {wrap: 'https://net.example/?id={id}'}},
          'Bad Name': {name: 'B', stores: {us: 'https://b.example/{isbn13}'}},
          kobo: {name: ''},
        },
      });
      shownLinks(book, {}, 'us');
    });
    expect(seen).to.deep.equal([
      'book-widgets: window.BookWidgets.retailers.js.stores.us is ignored: not an http(s) link with {isbn13} or {isbn10}.',
      'book-widgets: window.BookWidgets.retailers.js is ignored: it has no store, like {us: "https://…{isbn13}"}.',
      'book-widgets: window.BookWidgets.retailers.other.stores.us is ignored: not an http(s) link with {isbn13} or {isbn10}.',
      'book-widgets: window.BookWidgets.retailers.other.stores.USA is ignored: not a two-letter country code in lower case.',
      'book-widgets: window.BookWidgets.retailers.other is ignored: it has no store, like {us: "https://…{isbn13}"}.',
      'book-widgets: window.BookWidgets.retailers.wrapped.affiliate is ignored: not {param: "name"} or {wrap: "https://…{id}…{url}"}.',
      'book-widgets: window.BookWidgets.retailers.Bad Name is ignored: a retailer is named in lower case letters, digits and -.',
      'book-widgets: window.BookWidgets.retailers.kobo.name is ignored: not a name of 1 to 100 characters.',
    ]);
    const links = shownLinks(
      parseBook({title: 'T', ...dmls, links: [{retailer: 'wrapped'}, {retailer: 'kobo'}, {retailer: 'js'}]}),
      {wrapped: 'x'},
      'gb',
    );
    expect(links.map((l) => [l.name, l.href, l.sponsored])).to.deep.equal([
      ['W', 'https://w.example/9781098107963', false],
      ['Kobo', 'https://www.kobo.com/gb/en/search?query=9781098107963', false],
    ]);
  });

  it('is read only as a plain object, and a getter that throws breaks nothing', () => {
    const seen = warningsOf(() => {
      config({
        get retailers() {
          throw new Error('no');
        },
      });
      expect(shownLinks(book, {}, 'us').map((l) => l.retailer)).to.deep.equal(['kobo']);
      config({retailers: 'myshop'});
      expect(shownLinks(book, {}, 'us').map((l) => l.retailer)).to.deep.equal(['kobo']);
    });
    expect(seen).to.include(
      'book-widgets: window.BookWidgets.retailers is ignored: not a plain object of retailers, like {myshop: {name, stores}}.',
    );
  });
});

describe('the catalogue, hardened', () => {
  const config = (value: object) => ((window as {BookWidgets?: object}).BookWidgets = value);
  afterEach(() => delete (window as {BookWidgets?: object}).BookWidgets);

  it('takes no store, link or flag from a polluted Object.prototype', () => {
    const proto = Object.prototype as {[key: string]: unknown};
    config({retailers: {myshop: {name: 'My Shop', stores: {gb: 'https://myshop.example/{isbn13}'}}}});
    proto.us = 'https://evil.example/{isbn13}';
    proto.everywhere = true;
    try {
      const book = parseBook({title: 'T', ...dmls, links: [{retailer: 'myshop'}, {retailer: 'waterstones'}]});
      expect(shownLinks(book, {}, 'us').map((l) => [l.href, l.local])).to.deep.equal([
        ['https://myshop.example/9781098107963', false],
        ['https://www.waterstones.com/books/search/term/9781098107963', false],
      ]);
    } finally {
      delete proto.us;
      delete proto.everywhere;
    }
  });

  it('follows the site’s retailers when the page changes them in place', () => {
    const site = {retailers: {} as {[id: string]: object}};
    config(site);
    const book = parseBook({title: 'T', ...dmls, links: [{retailer: 'myshop'}]});
    expect(shownLinks(book, {}, 'us')).to.deep.equal([]);
    site.retailers.myshop = {name: 'My Shop', stores: {us: 'https://myshop.example/{isbn13}'}};
    expect(shownLinks(book, {}, 'us').map((l) => l.href)).to.deep.equal(['https://myshop.example/9781098107963']);
  });

  it('drops a built-in retailer’s store-by-store affiliate links when the site gives it other stores', () => {
    config({retailers: {bookshop: {stores: {us: 'https://shop.example/{isbn13}'}}}});
    const book = parseBook({title: 'T', ...dmls, links: [{retailer: 'bookshop'}]});
    expect(shownLinks(book, {bookshop: '12345'}, 'us').map((l) => [l.href, l.sponsored])).to.deep.equal([
      ['https://shop.example/9781098107963', false],
    ]);
  });

  it('counts a full link to a store that serves the reader as theirs (amazon.de for Austria)', () => {
    const book = parseBook({
      title: 'T',
      ...dmls,
      links: [{retailer: 'waterstones'}, {href: 'https://www.amazon.de/dp/1098107969', retailer: 'amazon'}],
    });
    expect(shownLinks(book, {}, 'at').map((l) => [l.retailer, l.local])).to.deep.equal([
      ['amazon', true],
      ['waterstones', false],
    ]);
  });

  it('reads a stored "uk" as gb', () => {
    localStorage.setItem('book-widgets.country', 'uk');
    try {
      dispatchEvent(new StorageEvent('storage', {key: 'book-widgets.country'}));
      expect(readerCountry('us')).to.equal('gb');
    } finally {
      localStorage.removeItem('book-widgets.country');
      dispatchEvent(new StorageEvent('storage', {key: 'book-widgets.country'}));
    }
    expect(readerCountry('us')).to.equal('us');
  });
});
