import {html, nothing, type PropertyDeclarations} from 'lit';
import {BookElement} from '../book-element/book-element.js';
import type {Book, Edition} from '../../format/book.js';
import {own, safeUrl} from '../../format/schema.js';
import {pageConfig} from '../../config/page-config.js';
import {builtInName, linkLabel, linkStrings, renderDisclosure, renderLink, type LinkWords} from '../../links/book-links.js';
import type {ShownLink} from '../../links/affiliate.js';
import {editionBook, shownLinks} from '../../retailers/retailer-links.js';
import {siteCatalogue} from '../../retailers/site-catalogue.js';
import {chooseCountry, readerCountry} from '../../retailers/store.js';
import {format, formatDate, isPreorder} from '../../text/locale.js';
import {formatDuration, formatPrice, priceFor} from './price.js';
import {filler, skeletonText} from '../../templates/skeleton-text.js';
import {bookBuyStyles} from './book-buy.styles.js';

/** Built-in strings (namespace `buy`); a translation replaces these values. */
export const bookBuyStrings = {
  heading: 'Buy the book',
  format: 'Format',
  formats: {hardcover: 'Hardcover', paperback: 'Paperback', ebook: 'Ebook', audiobook: 'Audiobook'},
  pages: {one: '{count} page', other: '{count} pages'},
  isbn: 'ISBN {isbn}',
  preorder: 'Pre-order',
  preorderDate: 'Pre-order · releases {date}',
  preorderOn: 'Pre-order on {where}',
  outOfPrint: 'Out of print',
  alsoAt: 'Also at',
  store: 'Store',
  sample: 'Read a sample',
  close: 'Close',
};

/** "hardcover" → "Hardcover"; a format of the file's own as it names it, capitalised. */
const formatName = (name: string, words: typeof bookBuyStrings) =>
  ownString(words.formats, name) ?? name.charAt(0).toUpperCase() + name.slice(1);

/** A string the object has of its own under `key`: never `constructor` or another name from Object.prototype. */
const ownString = (object: {[key: string]: string}, key: string) =>
  Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;

/** Three formats and a buy button: what the skeleton stands for. */
const typicalEditions: Edition[] = [{format: filler(9)}, {format: filler(9)}, {format: filler(9)}];

/**
 * The buy box: the book's formats (format 2's `editions`), each with its price in the reader's
 * currency and language and "Pre-order · releases …" for one still to come; the chosen format's
 * retailers for the reader's store, the first as the main button and the others as a list; a store
 * picker; and "Read a sample" (a link, or the excerpt in a dialog). A book without editions is one,
 * of its ISBN, pages, date and links.
 *
 * The store picker lists the countries the retailers have stores for. The reader's choice is kept
 * for the site (localStorage: the country code, nothing else) and every widget of the page follows
 * it at once (`book-store-change` on the window).
 *
 * @summary Formats, prices and where to buy, for the reader's store.
 * @csspart heading - The heading.
 * @csspart formats - The format choice (a group of radio buttons).
 * @csspart format - Each format's option.
 * @csspart price - A format's price.
 * @csspart details - Pages or length, and ISBN, of the chosen format.
 * @csspart preorder - "Pre-order · releases …", or "Out of print".
 * @csspart link - The main buy button and each other link.
 * @csspart also - The other retailers.
 * @csspart store - The store picker.
 * @csspart sample - "Read a sample".
 * @csspart dialog - The sample's dialog.
 * @csspart disclosure - The affiliate disclosure line.
 * @fires {CustomEvent<BookLinkClickDetail>} book-link-click - A link was clicked, before the browser follows it; cancelable; `detail.link` has the `retailer`, `store` and `edition`.
 * @fires {CustomEvent<BookStoreChangeDetail>} book-store-change - On the window: the reader chose a store.
 * @tag book-buy
 */
export class BookBuy extends BookElement {
  static override styles = [...BookElement.styles, bookBuyStyles];

  static override properties: PropertyDeclarations = {
    format: {},
    chosen: {attribute: false, state: true},
  };

  /** The format chosen at first (`ebook`); the first edition where unset or where the book has none. */
  format?: string;

  /** The edition the reader chose (of the book shown: another book starts again from `format`). */
  private chosen?: Edition;

  /** The country the store picker shows: set after each render (see `updated`). */
  private shownCountry?: string;

  // The picker shows the reader's country after every render, whatever was picked in it before (a
  // choice made in another picker or tab changes the country, not this select's own state).
  protected override updated() {
    const select = this.renderRoot.querySelector('select');
    if (select && this.shownCountry) select.value = this.shownCountry;
    // The chosen format is written as an attribute (so that pre-rendered HTML has it too); the radio
    // shows it whatever the reader clicked before (another book starts from its own choice).
    for (const radio of this.renderRoot.querySelectorAll<HTMLInputElement>('input[name=format]'))
      radio.checked = radio.defaultChecked;
  }

  /** A book's editions; a book without them is one, of its top-level fields. */
  private editionsOf(book: Book): Edition[] {
    const {isbn13, isbn10, pages, published} = book;
    return book.editions?.length ? book.editions : [own({format: '', isbn13, isbn10, pages, published})];
  }

  protected override renderBook(book: Book) {
    // Without a lang attribute, the reader's own language (the browser's), for prices as for the rest.
    const lang = this.locale;
    const words = this.text('buy', bookBuyStrings);
    const linkWords = this.text('links', linkStrings);
    const {country: fixed} = pageConfig();
    const country = readerCountry(fixed);
    const editions = this.editionsOf(book);
    const chosen = this.chosen ? editions.indexOf(this.chosen) : -1;
    const index = chosen >= 0 ? chosen : Math.max(0, this.format ? editions.findIndex((e) => e.format === this.format) : 0);
    const edition = editions[index];
    const links = shownLinks(editionBook(book, edition), this.affiliate, fixed)
      .filter((link) => safeUrl(link.href))
      .map((link) => own({...link, ...(edition.format && {edition: edition.format})}));
    const [primary, ...others] = links.filter((link) => link.kind === 'buy');
    const preorder = isPreorder(edition);
    const details = [
      edition.pages && this.say(words.pages, {count: edition.pages}),
      edition.duration && formatDuration(edition.duration, lang),
      (edition.isbn13 || edition.isbn10) && this.say(words.isbn, {isbn: edition.isbn13 ?? edition.isbn10}),
    ].filter(Boolean);
    const price = priceFor(edition.price, country);
    return html`${this.renderHeading(this.heading ?? words.heading)}
      ${
        editions.length > 1
          ? html`<fieldset part="formats" class="formats">
              <legend>${words.format}</legend>
              ${editions.map((e, i) => this.renderFormat(e, i, i === index, country, lang, words))}
            </fieldset>`
          : edition.format || price
            ? html`<p part="format" class="single">
                ${edition.format ? html`<span class="name">${formatName(edition.format, words)}</span>` : nothing}
                ${price ? html`<span part="price" class="price">${formatPrice(price, lang)}</span>` : nothing}
              </p>`
            : nothing
      }
      ${details.length ? html`<p part="details" class="details">${details.map((d) => html`<span>${d}</span>`)}</p>` : nothing}
      ${
        preorder || edition.status === 'out-of-print'
          ? html`<p part="preorder" class="status">
              ${
                preorder
                  ? edition.published
                    ? this.say(words.preorderDate, {date: formatDate(edition.published, lang)})
                    : words.preorder
                  : words.outOfPrint
              }
            </p>`
          : nothing
      }
      <div class="actions">
        ${
          primary
            ? renderLink(
                book,
                primary,
                this.target,
                'button',
                preorder ? this.say(words.preorderOn, {where: retailerName(primary, linkWords)}) : linkLabel(primary, linkWords),
              )
            : nothing
        }
        ${links
          .filter((link) => link.kind !== 'buy')
          .map((link) => renderLink(book, link, this.target, 'button secondary', linkLabel(link, linkWords)))}
        ${this.renderSample(book)}
      </div>
      ${
        others.length
          ? html`<div part="also" class="also">
              <span id="also">${words.alsoAt}</span>
              <ul aria-labelledby="also">
                ${others.map((link) => html`<li>${renderLink(book, link, this.target, '', retailerName(link, linkWords))}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${this.renderStorePicker(links, country, lang, words)}
      ${renderDisclosure(
        this.disclosure,
        links.some((link) => link.sponsored),
        linkWords,
      )}`;
  }

  private renderFormat(
    edition: Edition,
    index: number,
    checked: boolean,
    country: string,
    lang: string,
    words: typeof bookBuyStrings,
  ) {
    const price = priceFor(edition.price, country);
    return html`<label part="format" class="format">
      <input type="radio" name="format" .value=${String(index)} ?checked=${checked} @change=${() => (this.chosen = edition)} />
      <span class="name">${formatName(edition.format || words.format, words)}</span>
      ${price ? html`<span part="price" class="price">${formatPrice(price, lang)}</span>` : nothing}
      ${
        isPreorder(edition)
          ? html`<span class="note">${words.preorder}</span>`
          : edition.status === 'out-of-print'
            ? html`<span class="note">${words.outOfPrint}</span>`
            : nothing
      }
    </label>`;
  }

  /**
   * The countries the links' retailers have stores for, where there is a choice: the reader picks
   * theirs, and every widget of the page and site follows.
   */
  private renderStorePicker(links: ShownLink[], country: string, lang: string, words: typeof bookBuyStrings) {
    const catalogue = siteCatalogue();
    const countries = new Set([country]);
    for (const link of links) {
      const retailer = link.store && link.retailer ? catalogue[link.retailer] : undefined;
      if (retailer && !retailer.everywhere)
        for (const code of [...Object.keys(retailer.stores), ...Object.keys(retailer.also ?? {})]) countries.add(code);
    }
    if (countries.size < 2) return nothing;
    this.shownCountry = country;
    const named = [...countries].map((code) => [code, regionName(code, lang)]).sort((a, b) => compareIn(lang)(a[1], b[1]));
    return html`<p part="store" class="store">
      <label for="store">${words.store}</label>
      <select id="store" @change=${(event: Event) => chooseCountry((event.target as HTMLSelectElement).value)}>
        ${named.map(([code, name]) => html`<option value=${code} ?selected=${code === country}>${name}</option>`)}
      </select>
    </p>`;
  }

  /** "Read a sample": a link to it, or a button that opens the excerpt in a dialog. */
  private renderSample({sample}: Book) {
    if (!sample) return nothing;
    const words = this.text('buy', bookBuyStrings);
    if ('href' in sample)
      return safeUrl(sample.href)
        ? html`<a part="sample" class="button secondary" href=${sample.href} rel="noopener" target=${this.target || nothing}
            >${sample.label ?? words.sample}</a
          >`
        : nothing;
    const title = sample.title ?? words.sample;
    return html`<button
        part="sample"
        class="button secondary"
        type="button"
        aria-haspopup="dialog"
        @click=${() => this.renderRoot.querySelector('dialog')?.showModal()}
      >
        ${words.sample}
      </button>
      <dialog part="dialog" aria-label=${title}>
        <div class="dialog-head">
          ${this.renderHeading(title, 1)}
          <form method="dialog"><button class="button secondary" type="submit">${words.close}</button></form>
        </div>
        <div class="excerpt">${sample.text.split(/\n\s*\n/).map((paragraph) => html`<p>${paragraph}</p>`)}</div>
      </dialog>`;
  }

  // A heading, three formats, details and a button, drawn as bars: the box keeps its size on arrival.
  protected override renderSkeleton() {
    return skeletonText(
      html`${this.renderHeading(filler(12))}
        <div class="formats">${typicalEditions.map((e) => html`<p class="format">${e.format}</p>`)}</div>
        <p class="details">${filler(30)}</p>
        <div class="actions"><span class="button">${filler(14)}</span></div>`,
    );
  }
}

/** A retailer's name for a link of the catalogue's, else the file's label or retailer. */
const retailerName = (link: ShownLink, words: LinkWords) =>
  link.name ?? builtInName(link.retailer, words) ?? link.label ?? link.retailer ?? linkLabel(link, words);

/**
 * Names in the reader's alphabetical order, by one collator per language (`localeCompare` with a
 * language makes one per comparison); by code points where the language is not one Intl knows.
 */
const compareIn = (lang: string) => {
  if (!collators.has(lang))
    try {
      collators.set(lang, new Intl.Collator(lang).compare);
    } catch {
      collators.set(lang, (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0));
    }
  return collators.get(lang)!;
};
const collators = new Map<string, (a: string, b: string) => number>();

/** "Germany" for `de`, in the reader's language (the code itself where Intl cannot say). */
const regionName = (code: string, lang: string) =>
  format(
    'region',
    lang,
    () => {
      const names = new Intl.DisplayNames(lang, {type: 'region'});
      return {format: (region: string) => names.of(region) ?? region};
    },
    code.toUpperCase(),
    code.toUpperCase(),
  );

declare global {
  interface HTMLElementTagNameMap {
    'book-buy': BookBuy;
  }
}
