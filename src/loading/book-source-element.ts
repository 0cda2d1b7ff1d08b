import {LitElement, type PropertyDeclarations} from 'lit';
import type {BookState} from '../context/book-context.js';
import type {SourceName} from '../sources/source.js';

/**
 * What every element that loads a book takes: `<book-data>` and every widget. Where the book comes
 * from, when to load it, the affiliate IDs and the state it is in. `BookSource` does the loading.
 *
 * @fires {CustomEvent<BookLoadDetail>} book-load - The book loaded and is valid; `detail.book` is the parsed book.
 * @fires {CustomEvent<BookErrorDetail>} book-error - The book could not be loaded; `detail.error` is `{kind, message, status?}`.
 */
export class BookSourceElement extends LitElement {
  static override properties: PropertyDeclarations = {
    book: {attribute: false},
    baseUrl: {attribute: 'base-url'},
    src: {},
    isbn: {},
    source: {},
    apiKey: {attribute: 'api-key'},
    loading: {},
    affiliateAmazon: {attribute: 'affiliate-amazon'},
    affiliateBookshop: {attribute: 'affiliate-bookshop'},
    state: {reflect: true},
  };

  /**
   * The book as an object in the book file format; takes precedence over the book in a child
   * `<script type="application/json">`, then `src`, `isbn` and `<book-data>`.
   */
  book?: object;

  /** What relative URLs in `.book` or in the child `<script type="application/json">` resolve against. Default: the page. */
  baseUrl?: string;

  /** URL of a book JSON file, resolved against the page. */
  src?: string;

  /** An ISBN (10 or 13 digits, hyphens allowed): the book comes from `source`. */
  isbn?: string;

  /** Where books by ISBN come from: `openlibrary` (default) or `google`. */
  source?: SourceName;

  /** Google Books API key, for `source="google"`. */
  apiKey?: string;

  /** `lazy` (default): load when within 200 px of the viewport. `eager`: load at once. */
  loading: 'lazy' | 'eager' = 'lazy';

  /** Amazon Associates tag added to Amazon links (`tag=…`). Default: `<book-data>`'s, then the page's. */
  affiliateAmazon?: string;

  /** Bookshop.org affiliate ID for its links. Default: `<book-data>`'s, then the page's. */
  affiliateBookshop?: string;

  /** `loading`, `ready` or `error`; set by the element, reflected for styling and tests. */
  state: BookState = 'loading';
}
