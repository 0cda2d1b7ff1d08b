/**
 * Where an element's book comes from, and in what state it is: the one piece every book widget and
 * `<book-data>` share, so none of them repeats loading, states, events or lazy loading.
 *
 * Order: the `.book` property, then the book written in the page as a child `<script
 * type="application/json">` (no request), then `src`, then `isbn`, then the book provided by the
 * nearest `<book-data>`.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {parseBook, type Book} from '../format/book.js';
import {BookLoadError, loadBook, loadBookByIsbn, type LoadOptions} from './load-book.js';
import type {SourceName} from '../sources/source.js';
import type {BookState, ProvidedBook} from '../context/book-context.js';
import {whenNear} from './when-near.js';
import {emit, type BookLoadDetail} from '../events/events.js';

export interface BookSourceHost extends ReactiveControllerHost, HTMLElement {
  book?: object;
  baseUrl?: string;
  src?: string;
  isbn?: string;
  source?: SourceName;
  apiKey?: string;
  loading: 'lazy' | 'eager';
  state: BookState;
  /** Only a skeleton, never a book: what <book-page> shows of its sections while its book loads. */
  placeholder?: boolean;
}

export interface BookSourceOptions {
  /** The book offered by a `<book-data>` ancestor, if any. */
  provided?: () => ProvidedBook | undefined;
  /** Elements whose nearness to the viewport starts a lazy load. Default: the host. */
  lazyTargets?: () => Element[];
  /** How `src` is loaded, into what `book-load` announces. Default: as a book file, `{book}`. */
  load?: (src: string, signal: AbortSignal) => Promise<BookLoadDetail>;
  /** The state the element shows, if not the book's (a book whose words are not here yet is still loading). */
  shown?: (view: BookView) => BookState;
}

export interface BookView {
  state: BookState;
  book?: Book;
  error?: BookLoadError;
  /** Whether loading again could help (not for an invalid `.book` object or a missing source). */
  canRetry: boolean;
}

/** Is there a `<book-data>` above this element, also across shadow roots (upgraded or not yet)? */
const insideBookData = (element: Element) => {
  for (let node: Node | null = element; node;) {
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
    if (node instanceof Element && node.localName === 'book-data') return true;
  }
  return false;
};

/** The book written in the page: a child `<script type="application/json">`, if any. */
export const writtenBook = (host: Element): HTMLScriptElement | null | undefined =>
  host.querySelector?.<HTMLScriptElement>(':scope > script[type="application/json"]');

/** Its text. */
const inlineBook = (host: Element): string | undefined => writtenBook(host)?.textContent ?? undefined;

/** The written book as JSON, or an error that says where it is and what is wrong with it. */
function parseInline(text: string, tag: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const where = `the <script type="application/json"> inside <${tag}>`;
    throw new BookLoadError('invalid', `The book in ${where} is not valid JSON: ${(error as Error).message}.`);
  }
}

interface Load {
  key: string;
  abort: AbortController;
  /** The book, and for a list file the list, as `book-load` announces them. */
  loaded?: BookLoadDetail;
  error?: unknown;
  /** Settles with the load, either way. */
  settled: Promise<unknown>;
}

export class BookSource implements ReactiveController {
  view: BookView = {state: 'loading', canRetry: false};

  private near = false;
  private stopWatching?: () => void;
  private missing = false;
  private parsedInput?: {input: object | string; baseUrl?: string; view: BookView};
  private announced?: Book | BookLoadError;

  /** The load in flight or done: what it is for, and its outcome. A newer load replaces it. */
  private load?: Load;

  constructor(
    private readonly host: BookSourceHost,
    private readonly options: BookSourceOptions,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.missing = false;
    // An eager element asks for its book now, before its first render (see `firstRender`).
    this.start();
    // An eager element loads at once: no need to watch where it is.
    if (!this.near && this.host.loading !== 'eager') {
      const targets = this.options.lazyTargets?.() ?? [this.host];
      this.stopWatching = whenNear(targets, () => {
        this.near = true;
        this.host.requestUpdate();
      });
    }
    // After the first render, a widget with no source at all gets a clear error instead of a
    // skeleton forever; one inside a not-yet-defined <book-data> keeps waiting for it. A <book-data>
    // (it has no `provided`) takes no book from an outer one, so without a source it is an error.
    this.host.updateComplete.then(() => {
      const {book, src, isbn, placeholder} = this.host;
      const {provided} = this.options;
      if (!this.host.isConnected || book || inlineBook(this.host) || src || isbn || placeholder || provided?.()) return;
      if (!provided || !insideBookData(this.host)) {
        this.missing = true;
        this.host.requestUpdate();
      }
    });
  }

  hostDisconnected() {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  hostUpdate() {
    this.start();
    this.view = this.resolve();
    this.host.state = this.options.shown?.(this.view) ?? this.view.state;
  }

  hostUpdated() {
    const {state, book, error} = this.view;
    // Only loads (and books written in the page) announce themselves; a `.book` set by the page's
    // own code is not news to it.
    if (this.host.book) return;
    if (state === 'ready' && book && book !== this.announced) {
      this.announced = book;
      emit(this.host, 'book-load', this.load?.loaded ?? {book});
    } else if (state === 'error' && error && error !== this.announced) {
      this.announced = error;
      emit(this.host, 'book-error', {error: error.detail});
    }
  }

  /** Loads again: the failed load was not cached, so this makes a new request. */
  retry = () => {
    if (this.host.book || inlineBook(this.host) !== undefined) return;
    if (this.host.src || this.host.isbn) {
      this.start(true);
      this.host.requestUpdate();
    } else this.options.provided?.()?.retry();
  };

  /**
   * Loads the book `src` or `isbn` names, once it is wanted (near the viewport, or eager). A new
   * source aborts the old request, and a late answer to an old one is dropped.
   */
  private start(again = false) {
    const {book, src, isbn, source, apiKey, placeholder, loading} = this.host;
    const given = book || inlineBook(this.host) !== undefined;
    const wanted = !placeholder && !given && (src || isbn) && (this.near || loading === 'eager');
    const key = wanted ? JSON.stringify([src, src ? '' : isbn, source, apiKey]) : '';
    if (key === (this.load?.key ?? '') && !again) return;
    this.load?.abort.abort();
    this.load = undefined;
    if (!key) return;
    const abort = new AbortController();
    const {signal} = abort;
    const {load: loadSrc} = this.options;
    const options = {signal, source, apiKey};
    const request: Promise<BookLoadDetail> = src && loadSrc ? loadSrc(src, signal) : this.loadBook(src, isbn!, options);
    const load: Load = {
      key,
      abort,
      settled: request.then(
        (loaded) => (load.loaded = loaded),
        (error) => (load.error = error),
      ),
    };
    this.load = load;
    load.settled.then(() => this.load === load && this.host.requestUpdate());
  }

  /**
   * What the first render waits for: the book on its way, or the next frame, whichever comes
   * first. A book already fetched (the loader's preload, the HTTP cache, another element's request)
   * is then drawn at once, rather than a skeleton replaced a moment later: the skeleton's work would
   * delay the book. Nothing is painted in between: a frame's callbacks run before its paint.
   */
  firstRender(): Promise<unknown> | undefined {
    const settled = !this.load || this.load.loaded || this.load.error ? undefined : this.load.settled;
    return (
      settled &&
      Promise.race([settled, new Promise((frame) => requestAnimationFrame(frame)), new Promise((later) => setTimeout(later, 50))])
    );
  }

  /** A book file by `src`, else a book by ISBN, as what `book-load` announces. */
  private async loadBook(src: string | undefined, isbn: string, options: LoadOptions): Promise<BookLoadDetail> {
    return {book: await (src ? loadBook(src, options) : loadBookByIsbn(isbn, options))};
  }

  private resolve(): BookView {
    const {src, isbn, baseUrl} = this.host;
    if (this.host.placeholder) return {state: 'loading', canRetry: false};
    const written = this.host.book ? undefined : inlineBook(this.host);
    const input = this.host.book || written;
    if (input !== undefined) {
      if (this.parsedInput?.input !== input || this.parsedInput.baseUrl !== baseUrl) {
        let view: BookView;
        try {
          const json = input === written ? parseInline(written, this.host.localName) : input;
          const base = baseUrl ? new URL(baseUrl, globalThis.document?.baseURI).href : undefined;
          view = {state: 'ready', book: parseBook(json, {baseUrl: base}), canRetry: false};
        } catch (error) {
          view = {state: 'error', error: BookLoadError.from(error), canRetry: false};
        }
        this.parsedInput = {input, baseUrl, view};
      }
      return this.parsedInput.view;
    }
    if (src || isbn) {
      const {loaded, error} = this.load ?? {};
      if (loaded) return {state: 'ready', book: loaded.book, canRetry: false};
      if (error) return {state: 'error', error: BookLoadError.from(error), canRetry: true};
      return {state: 'loading', canRetry: false};
    }
    const provided = this.options.provided?.();
    if (provided) return {...provided, canRetry: provided.state === 'error'};
    if (this.missing) {
      const tag = `<${this.host.localName}>`;
      const where = this.options.provided ? ', or place it inside <book-data src="…">' : '';
      const message = `${tag} has no book to show: give it src="book.json" or isbn="…"${where}.`;
      return {state: 'error', error: new BookLoadError('invalid', message), canRetry: false};
    }
    return {state: 'loading', canRetry: false};
  }
}
