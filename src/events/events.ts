/**
 * Every event the elements fire, with its detail type, in one map: the page's
 * `addEventListener('book-load', (e) => e.detail.book)` is typed through the global event maps, and
 * `emit` takes only a known event with its own detail. Types only: no bytes in the bundle.
 */
import type {Book, BookList, LinkKind} from '../format/book.js';
import type {LoadErrorDetail} from '../loading/load-book.js';

/** `book-load`: the book loaded and is valid. */
export interface BookLoadDetail {
  book: Book;
  /**
   * The list file as it loaded, for `<book-recommendations src>`: a list is not a book, so `book`
   * then only carries its title and its books (as `related`), as it always has.
   */
  list?: BookList;
}

/** `book-error`: the book could not be loaded. */
export interface BookErrorDetail {
  error: LoadErrorDetail;
}

/** A link as `book-link-click` reports it. */
export interface ClickedLink {
  href: string;
  label: string;
  retailer?: string;
  kind: LinkKind;
  /** The store (`de`) of a link built from the retailer catalogue for the reader's country. */
  store?: string;
  /** The edition's format (`ebook`), for a link of `<book-buy>`'s chosen edition. */
  edition?: string;
}

/** `book-link-click`: a buy, preview or related-book link was clicked; cancel it to stop the navigation. */
export interface BookLinkClickDetail {
  book: Book;
  link: ClickedLink;
}

/** `book-faq-toggle`: a reader opened or closed a question. */
export interface BookFaqToggleDetail {
  index: number;
  open: boolean;
}

/** `newsletter-submit` and `newsletter-success`: a valid signup is sent; the service took it. */
export interface NewsletterDetail {
  email: string;
}

/** `newsletter-error`: the signup failed; the typed email is kept. */
export interface NewsletterErrorDetail {
  email: string;
  message: string;
}

/** `book-store-change`, on the window: the reader chose their store's country in a store picker. */
export interface BookStoreChangeDetail {
  /** The reader's country now (`de`): their choice, else the page's, else the browser's. */
  country: string;
}

/** Every event of book-widgets by name. They bubble and are composed: listen on any ancestor. */
export interface BookWidgetsEventMap {
  'book-load': CustomEvent<BookLoadDetail>;
  'book-error': CustomEvent<BookErrorDetail>;
  'book-link-click': CustomEvent<BookLinkClickDetail>;
  'book-faq-toggle': CustomEvent<BookFaqToggleDetail>;
  'book-store-change': CustomEvent<BookStoreChangeDetail>;
  'newsletter-submit': CustomEvent<NewsletterDetail>;
  'newsletter-success': CustomEvent<NewsletterDetail>;
  'newsletter-error': CustomEvent<NewsletterErrorDetail>;
}

declare global {
  // Elements, documents and windows all take these listeners (HTMLElementEventMap extends it).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends BookWidgetsEventMap {}
}

/**
 * Fires one of our events: bubbling and composed, so a page hears it from inside any shadow root.
 * Returns false when a listener cancelled a cancelable one.
 */
export const emit = <K extends keyof BookWidgetsEventMap>(
  target: EventTarget,
  type: K,
  detail: BookWidgetsEventMap[K]['detail'],
  cancelable = false,
) => target.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true, cancelable}));
