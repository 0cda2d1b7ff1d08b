/**
 * An element's schema.org data for search engines (`structured-data`): the code that writes it
 * (./json-ld.ts) is loaded the first time an element on the page asks for it, so pages that do not
 * pay nothing for it.
 */
import type {ReactiveController, ReactiveElement} from 'lit';
import type {Book} from '../format/book.js';

type JsonLd = typeof import('./json-ld.js');
let loaded: JsonLd | undefined;
let loading: Promise<JsonLd> | undefined;

interface Host extends ReactiveElement {
  state: string;
  structuredData: boolean;
}

/**
 * Keeps an element's structured data in step with it: written when its book is ready and it has the
 * `structured-data` attribute, released when either goes or the element leaves the page.
 */
export class StructuredData implements ReactiveController {
  private key?: string;

  constructor(
    private readonly host: Host,
    private readonly type: 'Book' | 'FAQPage',
    private readonly book: () => Book | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated() {
    this.sync();
  }

  hostConnected() {
    // Moved back into a page: claim the data again.
    if (this.host.hasUpdated) this.sync();
  }

  hostDisconnected() {
    this.sync();
  }

  /** What the element should hold now, applied at once when the writer is here, else once it is. */
  private sync() {
    const {host} = this;
    const book = host.isConnected && host.state === 'ready' && host.structuredData ? this.book() : undefined;
    if (loaded) this.key = loaded.sync(host, this.type, book, this.key);
    else if (book) {
      (loading ??= import('./json-ld.js')).then(
        (module) => ((loaded = module), this.sync()),
        (error) => console.warn('book-widgets: the structured data could not be loaded:', error),
      );
    }
  }
}
