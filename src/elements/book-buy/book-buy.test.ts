import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {BookBuy} from './book-buy.js';
import type {BookCard} from '../book-card/book-card.js';
import './define.js';
import '../book-card/define.js';
import '../book-page/define.js';
import {parseBook} from '../../format/book.js';
import {chooseCountry} from '../../retailers/store.js';
import {demoBook, openPage} from '../../../test/test-book.js';
import type {BookLinkClickDetail, BookStoreChangeDetail} from '../../events/events.js';

/** A book of three formats: one still to come, one in three currencies. */
const bookJson = {
  title: 'The Glass Orchard',
  isbn13: '9780000000002',
  editions: [
    {
      format: 'hardcover',
      isbn13: '9781098107963',
      isbn10: '1098107969',
      pages: 312,
      published: '2025-09-04',
      price: [
        {amount: 26, currency: 'USD'},
        {amount: 20, currency: 'GBP'},
        {amount: 24.5, currency: 'EUR'},
      ],
      links: [{retailer: 'bookshop'}, {retailer: 'amazon'}, {retailer: 'waterstones'}, {retailer: 'thalia'}],
    },
    {format: 'ebook', isbn13: '9781098107918', price: {amount: 11.99, currency: 'USD'}, links: [{retailer: 'kobo'}]},
    {
      format: 'audiobook',
      isbn13: '9781098107901',
      duration: 'PT9H40M',
      published: '2099-03-12',
      price: {amount: 21.5, currency: 'USD'},
      links: [{retailer: 'audible'}, {retailer: 'librofm'}],
    },
  ],
  sample: {title: 'From chapter one', text: 'The orchard was older than the house.\n\nNobody remembered planting it.'},
};
const book = parseBook(bookJson);

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element | null) => el!.textContent!.replace(/\s+/g, ' ').trim();
const formats = (el: BookBuy) => [...root(el).querySelectorAll('[part=format]')].map(text);
/** The chosen format's details, as the separators between them (drawn by CSS) show them. */
const details = (el: BookBuy) => [...root(el).querySelectorAll('[part=details] span')].map(text).join(' · ');
const links = (el: Element) => [...root(el).querySelectorAll<HTMLAnchorElement>('[part=link]')];

/** Sets the page's config for one test. */
const withConfig = (config: object) => ((window as {BookWidgets?: object}).BookWidgets = config);

describe('<book-buy>', () => {
  afterEach(() => {
    delete (window as {BookWidgets?: object}).BookWidgets;
    chooseCountry(undefined);
  });

  it('offers each format with its price in the reader’s currency, and pre-orders with their date', async () => {
    withConfig({country: 'us'});
    const el = await fixture<BookBuy>(html`<book-buy lang="en-US" .book=${book}></book-buy>`);
    expect(text(root(el).querySelector('h2'))).to.equal('Buy the book');
    expect(text(root(el).querySelector('legend'))).to.equal('Format');
    expect(formats(el)).to.deep.equal(['Hardcover $26.00', 'Ebook $11.99', 'Audiobook $21.50 Pre-order']);
    expect(root(el).querySelectorAll('input[type=radio]:checked')).to.have.length(1);
    expect(details(el)).to.equal('312 pages · ISBN 9781098107963');
    await expect(el).to.be.accessible();

    withConfig({country: 'gb'});
    const uk = await fixture<BookBuy>(html`<book-buy lang="en-GB" .book=${book}></book-buy>`);
    expect(formats(uk)[0]).to.equal('Hardcover £20.00');
    withConfig({country: 'de'});
    const de = await fixture<BookBuy>(html`<book-buy lang="de-DE" .book=${book}></book-buy>`);
    // In German: the format's name too, once the German words are here.
    await waitUntil(() => de.state === 'ready', 'German not here', {timeout: 5000});
    expect(formats(de)[0]).to.equal('Gebunden 24,50 €');
    expect(formats(de)[1], 'no price in euros: the file’s first').to.equal('E-Book 11,99 $');
  });

  it('changes format from the keyboard: details, pre-order line and links follow', async () => {
    withConfig({country: 'us'});
    const el = await fixture<BookBuy>(html`<book-buy lang="en-US" .book=${book}></book-buy>`);
    root(el).querySelector<HTMLInputElement>('input[type=radio]')!.focus();
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(links(el).map(text)).to.deep.equal(['Buy on Kobo']);
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(details(el)).to.equal('9 hr 40 min · ISBN 9781098107901');
    expect(text(root(el).querySelector('[part=preorder]'))).to.equal('Pre-order · releases March 12, 2099');
    expect(links(el).map(text)).to.deep.equal(['Pre-order on Audible', 'Libro.fm']);
    expect(root(el).activeElement, 'focus stays on the choice').to.equal(root(el).querySelectorAll('input')[2]);
  });

  it('shows the book’s preview and info links with every edition, its own links or not', async () => {
    const look = {href: 'https://preview.example/glass', kind: 'preview', label: 'Look inside'};
    const el = await fixture<BookBuy>(html`<book-buy .book=${parseBook({...bookJson, links: [look]})}></book-buy>`);
    expect(links(el).map(text)).to.include('Look inside');
    root(el).querySelectorAll<HTMLInputElement>('input[type=radio]')[1].click();
    await el.updateComplete;
    expect(links(el).map(text)).to.deep.equal(['Buy on Kobo', 'Look inside']);
  });

  it('starts again from `format` for another book, not from the format chosen for the last one', async () => {
    const el = await fixture<BookBuy>(html`<book-buy .book=${book}></book-buy>`);
    root(el).querySelectorAll<HTMLInputElement>('input[type=radio]')[2].click();
    await el.updateComplete;
    el.book = parseBook({title: 'Two', editions: [{format: 'paperback', pages: 10}, {format: 'ebook'}]});
    await el.updateComplete;
    expect(root(el).querySelector<HTMLInputElement>('input:checked')!.value).to.equal('0');
    expect(details(el)).to.equal('10 pages');
  });

  it('sells an edition without an ISBN of its own by the book’s; a format of the file’s own is named as given', async () => {
    withConfig({country: 'us'});
    const el = await fixture<BookBuy>(
      html`<book-buy
        .book=${parseBook({
          title: 'T',
          isbn13: '9781098107963',
          links: [{retailer: 'amazon'}],
          editions: [{format: 'constructor'}, {format: 'large print'}],
        })}
      ></book-buy>`,
    );
    expect(links(el).map((a) => a.href)).to.deep.equal(['https://www.amazon.com/dp/1098107969']);
    expect(formats(el)).to.deep.equal(['Constructor', 'Large print']);
  });

  it('starts on the format named in `format`', async () => {
    const el = await fixture<BookBuy>(html`<book-buy format="ebook" .book=${book}></book-buy>`);
    expect(root(el).querySelector<HTMLInputElement>('input:checked')!.value).to.equal('1');
    expect(links(el).map(text)).to.deep.equal(['Buy on Kobo']);
  });

  it('makes the retailer the site earns from in the reader’s store the main button, the rest a list', async () => {
    withConfig({country: 'gb', affiliate: {amazon: 'us:tag-20 uk:tag-21'}});
    const el = await fixture<BookBuy>(html`<book-buy disclosure="" .book=${book}></book-buy>`);
    const [main, ...others] = links(el);
    expect([text(main), main.href, main.rel, main.className]).to.deep.equal([
      'Buy on Amazon',
      'https://www.amazon.co.uk/dp/1098107969?tag=tag-21',
      'sponsored noopener',
      'button',
    ]);
    // Bookshop.org (UK store) and Waterstones sell in the UK; Thalia does not, so it comes last.
    expect(others.map(text)).to.deep.equal(['Bookshop.org', 'Waterstones', 'Thalia']);
    expect(text(root(el).querySelector('[part=also] span'))).to.equal('Also at');
    expect(root(el).querySelector('[part=disclosure]')).to.exist;
  });

  it('says which edition, retailer and store a clicked link is for', async () => {
    withConfig({country: 'de'});
    const el = await fixture<BookBuy>(html`<book-buy .book=${book}></book-buy>`);
    el.addEventListener('book-link-click', (event) => event.preventDefault());
    setTimeout(() => links(el)[0].click());
    const {detail} = await oneEvent<CustomEvent<BookLinkClickDetail>>(el, 'book-link-click');
    expect(detail.link).to.deep.include({retailer: 'amazon', store: 'de', edition: 'hardcover', kind: 'buy'});
  });

  it('lets the reader pick their store: every widget follows, and it is kept for the site', async () => {
    withConfig({country: 'us'});
    const box = await fixture(
      html`<div>
        <book-buy .book=${book}></book-buy>
        <book-card .book=${book}></book-card>
      </div>`,
    );
    const buy = box.querySelector('book-buy')!;
    const card = box.querySelector<BookCard>('book-card')!;
    await waitUntil(() => links(card).length, 'the card’s primary link', {timeout: 5000});
    expect(links(card)[0].href).to.equal('https://bookshop.org/book/9781098107963');
    const select = root(buy).querySelector('select')!;
    expect(select.labels[0].textContent).to.equal('Store');
    expect(select.value).to.equal('us');
    const names = [...select.options].map((o) => o.text);
    expect(names).to.include.members(['United States', 'United Kingdom', 'Germany', 'Austria', 'Japan']);
    expect(names, 'sorted by name').to.deep.equal([...names].sort((a, b) => a.localeCompare(b)));

    const changed = oneEvent<CustomEvent<BookStoreChangeDetail>>(window as unknown as EventTarget, 'book-store-change');
    select.value = 'gb';
    select.dispatchEvent(new Event('change'));
    expect((await changed).detail.country).to.equal('gb');
    await buy.updateComplete;
    await card.updateComplete;
    expect(links(buy)[0].href).to.equal('https://uk.bookshop.org/book/9781098107963');
    expect(links(card)[0].href, 'the card on the same page').to.equal('https://uk.bookshop.org/book/9781098107963');
    expect(localStorage.getItem('book-widgets.country')).to.equal('gb');
    expect(
      Object.keys(localStorage).filter((key) => key.startsWith('book-widgets')),
      'nothing else stored',
    ).to.deep.equal(['book-widgets.country']);

    // A choice made elsewhere (another picker, another tab) shows in this picker, whatever the reader last picked here.
    select.value = 'fr';
    select.dispatchEvent(new Event('change'));
    await buy.updateComplete;
    chooseCountry('de');
    await buy.updateComplete;
    expect(select.value).to.equal('de');
    chooseCountry('fr');
    await buy.updateComplete;
    expect(select.value).to.equal('fr');
  });

  it('shows a sample as a link, or as an excerpt in a dialog that Escape closes', async () => {
    const linked = await fixture<BookBuy>(
      html`<book-buy .book=${{...book, sample: {href: 'https://example.com/ch1.pdf', label: 'Read chapter 1'}}}></book-buy>`,
    );
    const a = root(linked).querySelector<HTMLAnchorElement>('a[part=sample]')!;
    expect([text(a), a.href]).to.deep.equal(['Read chapter 1', 'https://example.com/ch1.pdf']);

    const el = await fixture<BookBuy>(html`<book-buy .book=${book}></book-buy>`);
    const button = root(el).querySelector<HTMLButtonElement>('button[part=sample]')!;
    const dialog = root(el).querySelector('dialog')!;
    expect([text(button), button.getAttribute('aria-haspopup'), dialog.open]).to.deep.equal(['Read a sample', 'dialog', false]);
    button.focus();
    await sendKeys({press: 'Enter'});
    expect(dialog.open).to.equal(true);
    expect(dialog.getAttribute('aria-label')).to.equal('From chapter one');
    expect([...dialog.querySelectorAll('.excerpt p')].map(text)).to.deep.equal([
      'The orchard was older than the house.',
      'Nobody remembered planting it.',
    ]);
    expect(root(el).activeElement, 'focus moves into the dialog').to.equal(dialog.querySelector('button'));
    await expect(el).to.be.accessible();
    await sendKeys({press: 'Escape'});
    expect(dialog.open).to.equal(false);
    expect(root(el).activeElement, 'and back to the button').to.equal(button);
  });

  it('treats a book without editions as one, of its own ISBN, pages and links', async () => {
    withConfig({country: 'us'});
    const el = await fixture<BookBuy>(
      html`<book-buy
        .book=${parseBook({title: 'T', isbn13: '9781098107963', pages: 40, links: [{retailer: 'amazon'}]})}
      ></book-buy>`,
    );
    expect(root(el).querySelector('fieldset')).to.equal(null);
    expect(details(el)).to.equal('40 pages · ISBN 9781098107963');
    expect(links(el).map((a) => a.href)).to.deep.equal(['https://www.amazon.com/dp/1098107969']);
  });

  it('is in <book-page> for a book with editions, under the card', async () => {
    const page = await fixture<HTMLElement>(html`<book-page .book=${book}></book-page>`);
    await waitUntil(() => page.shadowRoot!.querySelector('book-buy')?.shadowRoot?.querySelector('[part=link]'), undefined, {
      timeout: 5000,
    });
    const card = page.shadowRoot!.querySelector<BookCard>('book-card')!;
    expect(card.nextElementSibling, 'right under the card').to.equal(page.shadowRoot!.querySelector('book-buy'));
    const plain = await fixture<HTMLElement>(html`<book-page loading="eager" src=${demoBook}></book-page>`);
    await waitUntil(() => plain.shadowRoot!.querySelector('book-card')?.shadowRoot?.querySelector('[part=link]'), undefined, {
      timeout: 5000,
    });
    expect(plain.shadowRoot!.querySelector('book-buy'), 'the demo book has editions').to.exist;
  });
});

describe('a chosen store, in pages with the script tag', () => {
  afterEach(() => localStorage.removeItem('book-widgets.country'));

  const page = `<!doctype html><html lang="en"><script type="module" src="/dist/book-widgets.js"></script>
    <script>window.BookWidgets = {country: 'us'}</script>
    <book-buy src="${demoBook}" loading="eager"></book-buy><book-card src="${demoBook}" loading="eager"></book-card>`;

  const firstLink = (doc: Document, tag: string) =>
    doc.querySelector(tag)?.shadowRoot?.querySelector<HTMLAnchorElement>('[part=link]')?.href ?? '';

  it('survives a reload, and reaches the site’s other open pages', async () => {
    const one = await openPage({srcdoc: page});
    const other = await openPage({srcdoc: page});
    await waitUntil(() => firstLink(one.doc, 'book-buy') && firstLink(other.doc, 'book-buy'), 'both boxes ready', {
      timeout: 5000,
    });
    expect(firstLink(one.doc, 'book-buy')).to.equal('https://www.amazon.com/dp/1098107969');
    const select = one.doc.querySelector('book-buy')!.shadowRoot!.querySelector('select')!;
    select.value = 'de';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => firstLink(one.doc, 'book-buy') === 'https://www.amazon.de/dp/1098107969', 'this page', {timeout: 5000});
    // The other page hears it through the storage event, as another tab of the site would.
    await waitUntil(() => firstLink(other.doc, 'book-buy') === 'https://www.amazon.de/dp/1098107969', 'the other page', {
      timeout: 5000,
    });

    const loaded = new Promise((r) => one.win.frameElement!.addEventListener('load', r, {once: true}));
    one.win.location.reload();
    await loaded;
    const doc = (one.win.frameElement as HTMLIFrameElement).contentDocument!;
    await waitUntil(() => firstLink(doc, 'book-buy'), 'reloaded', {timeout: 5000});
    expect(firstLink(doc, 'book-buy')).to.equal('https://www.amazon.de/dp/1098107969');
    expect(doc.querySelector('book-buy')!.shadowRoot!.querySelector('select')!.value).to.equal('de');
  });
});
