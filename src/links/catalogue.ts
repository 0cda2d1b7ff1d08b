/**
 * The retailer catalogue (src/retailers/), loaded only for a book whose links need it: a link by
 * retailer alone, or affiliate IDs given by store. Once it is here, every element uses it.
 */
import type * as Retailers from '../retailers/retailer-links.js';
import type {Book} from '../format/book.js';

let loaded: typeof Retailers | undefined;

/** The catalogue, if loaded. */
export const catalogue = () => loaded;

/** Loads the catalogue; without it (a missing chunk) books still show, with the files' own links. */
export const loadCatalogue = () =>
  import('../retailers/retailer-links.js').then(
    (module) => (loaded = module),
    (error: unknown) => console.error('book-widgets: the retailer catalogue could not be loaded:', error),
  );

/** `"us:tag-20 uk:tag-21"`: IDs by store, which only the catalogue can tell apart. */
export const byStore = (id: string | undefined) => Boolean(id && /[:\s]/.test(id.trim()));

/**
 * Does showing this book's links take the catalogue (not yet loaded)? A link by retailer alone,
 * buy links in editions only, IDs by store, or an Amazon or Bookshop.org ID for a book with no link there (built for the reader's store).
 */
export const needsCatalogue = (book: Book, ids: {[retailer: string]: string | undefined}) =>
  !loaded &&
  ((book.links ?? []).some((link) => !link.href) ||
    // Buy links in editions only (format 2): a card shows the first edition's primary one for the reader's store.
    (book.editions && !book.links?.some((link) => link.kind == 'buy')) ||
    Object.values(ids).some(byStore) ||
    (Boolean(book.isbn13 ?? book.isbn10) &&
      (['amazon', 'bookshop'] as const).some(
        (retailer) =>
          ids[retailer] && !(book.links ?? []).some((link) => (link.retailer ?? hostRetailer(link.href)) === retailer),
      )));

/** `amazon` or `bookshop` from a link's address, for links that do not name their retailer. */
export const hostRetailer = (href: string | undefined) => {
  const host = href ? new URL(href).hostname : '';
  return /(^|\.)amazon\.[a-z.]+$/.test(host) ? 'amazon' : /(^|\.)bookshop\.org$/.test(host) ? 'bookshop' : undefined;
};
