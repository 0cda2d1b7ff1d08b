/** What `<book-data>` provides to the widgets inside it, and the key they find it by. */
import {createContext} from '@lit/context';
import type {Book} from '../format/book.js';
import type {BookLoadError} from '../loading/load-book.js';
import type {AffiliateIds} from '../links/affiliate.js';

export type BookState = 'loading' | 'ready' | 'error';

export interface ProvidedBook {
  state: BookState;
  book?: Book;
  error?: BookLoadError;
  /** Loads again after an error; widgets call it from their Retry button. */
  retry(): void;
  /** The provider's affiliate IDs, for the widgets inside it that set none of their own. */
  affiliate?: AffiliateIds;
}

// A global symbol, so two copies of the library on one page still find each other.
export const bookContext = createContext<ProvidedBook | undefined>(Symbol.for('book-widgets/book'));
