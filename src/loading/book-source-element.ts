import {LitElement} from 'lit';
import {property} from 'lit/decorators.js';
import type {BookState} from '../context/book-context.js';
import type {SourceName} from '../sources/source.js';

/**
 * What every element that loads a book takes: `<book-data>` and every widget. Where the book comes
 * from, when to load it, the affiliate IDs and the state it is in. `BookSource` does the loading.
 */
export class BookSourceElement extends LitElement {
  /** The book as an object in the book file format; takes precedence over `src`, `isbn` and `<book-data>`. */
  @property({attribute: false}) book?: object;

  /** URL of a book JSON file, resolved against the page. */
  @property() src?: string;

  /** An ISBN (10 or 13 digits, hyphens allowed): the book comes from `source`. */
  @property() isbn?: string;

  /** Where books by ISBN come from: `openlibrary` (default) or `google`. */
  @property() source?: SourceName;

  /** Google Books API key, for `source="google"`. */
  @property({attribute: 'api-key'}) apiKey?: string;

  /** `lazy` (default): load when within 200 px of the viewport. `eager`: load at once. */
  @property() loading: 'lazy' | 'eager' = 'lazy';

  /** Amazon Associates tag added to Amazon links (`tag=…`). Default: `<book-data>`'s, then the page's. */
  @property({attribute: 'affiliate-amazon'}) affiliateAmazon?: string;

  /** Bookshop.org affiliate ID for its links. Default: `<book-data>`'s, then the page's. */
  @property({attribute: 'affiliate-bookshop'}) affiliateBookshop?: string;

  /** `loading`, `ready` or `error`; set by the element, reflected for styling and tests. */
  @property({reflect: true}) state: BookState = 'loading';
}
