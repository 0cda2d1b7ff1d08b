import {LitElement, css, html} from 'lit';
import {property} from 'lit/decorators.js';
import {ContextProvider} from '@lit/context';
import {bookContext, type BookState, type ProvidedBook} from '../../context/book-context.js';
import {BookSource} from '../../loading/book-source.js';
import type {SourceName} from '../../sources/source.js';

/**
 * Loads one book and provides it to every book widget inside it, at any depth (also inside other
 * shadow roots): one request for the whole page section, however many widgets.
 *
 * @summary Loads a book once and shares it with the widgets inside it.
 * @slot - The widgets (and any other content) that use this book.
 * @fires book-load - The book loaded and is valid; `detail.book` is the parsed book.
 * @fires book-error - The book could not be loaded; `detail.error` is `{kind, message, status?}`.
 * @tag book-data
 */
export class BookData extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The book as an object in the book file format; takes precedence over `src`. */
  @property({attribute: false}) book?: object;

  /** URL of a book JSON file, resolved against the page. */
  @property() src?: string;

  /** An ISBN (10 or 13 digits, hyphens allowed): the book comes from `source`. */
  @property() isbn?: string;

  /** Where books by ISBN come from: `openlibrary` (default) or `google`. */
  @property() source?: SourceName;

  /** Google Books API key, for `source="google"`. */
  @property({attribute: 'api-key'}) apiKey?: string;

  /** `lazy` (default): load when a child comes within 200 px of the viewport. `eager`: at once. */
  @property() loading: 'lazy' | 'eager' = 'lazy';

  /** Amazon Associates tag for the widgets inside, where they set none of their own. */
  @property({attribute: 'affiliate-amazon'}) affiliateAmazon?: string;

  /** Bookshop.org affiliate ID for the widgets inside, where they set none of their own. */
  @property({attribute: 'affiliate-bookshop'}) affiliateBookshop?: string;

  /** `loading`, `ready` or `error`; set by the element. */
  @property({reflect: true}) state: BookState = 'loading';

  // `display: contents` has no box to observe, so lazy loading watches the children instead.
  private readonly bookSource = new BookSource(this, {lazyTargets: () => [...this.children]});

  private readonly provider = new ContextProvider(this, {context: bookContext});

  override updated() {
    const {state, book, error} = this.bookSource.view;
    const current = this.provider.value;
    const {affiliateAmazon: amazon, affiliateBookshop: bookshop} = this;
    if (
      current?.state !== state ||
      current.book !== book ||
      current.error !== error ||
      current.affiliate?.amazon !== amazon ||
      current.affiliate?.bookshop !== bookshop
    ) {
      const value: ProvidedBook = {state, book, error, retry: this.bookSource.retry, affiliate: {amazon, bookshop}};
      this.provider.setValue(value);
    }
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'book-data': BookData;
  }
}
