/**
 * The base of every book widget: the common attributes, the book's source and state (through
 * `BookSource`), and the loading, error and fallback rendering, so each widget writes only how a
 * ready book looks and how its skeleton is shaped.
 */
import {html, isServer, LitElement, nothing, type TemplateResult, type PropertyDeclarations, type PropertyValues} from 'lit';
import {ContextConsumer} from '@lit/context';
import {bookContext, type ProvidedBook} from '../../context/book-context.js';
import type {Book} from '../../format/book.js';
import {BookSource, writtenBook} from '../../loading/book-source.js';
import {BookSourceElement} from '../../loading/book-source-element.js';
import type {BookLoadDetail} from '../../events/events.js';
import type {BookLoadError} from '../../loading/load-book.js';
import {sharedStyles} from '../../styles/shared-styles.js';
import {directionFor, languageFor, Translator, whenLanguage, type Message, type Strings} from '../../i18n/translate.js';
import {heading} from '../../templates/heading.js';
import {pageAffiliateIds, type AffiliateIds} from '../../links/affiliate.js';
import {own} from '../../format/schema.js';
import {rendering, type RenderInputs} from '../../config/render-inputs.js';

/** Built-in strings (namespace `base`); a translation replaces these values. */
export const baseStrings = {
  retry: 'Retry',
};

/**
 * The inputs a server rendered an element with, written on the book in the page (`book-widgets/ssr`):
 * on the element, else on the nearest element above it (a page's sections share their page's).
 */
function renderedWith(element: Element): RenderInputs {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    const data = writtenBook(node as Element);
    if (data?.hasAttribute('data-today'))
      return {country: data.getAttribute('data-country') ?? undefined, today: data.getAttribute('data-today') ?? undefined};
  }
  return {};
}

/**
 * @slot - Fallback content, shown before the script runs, without JavaScript, and on error.
 * @csspart base - The wrapper.
 * @csspart error - The error message block.
 * @csspart button - The Retry button.
 */
export class BookElement extends BookSourceElement {
  static override styles = [sharedStyles];

  static override properties: PropertyDeclarations = {
    theme: {reflect: true},
    heading: {},
    headingLevel: {attribute: 'heading-level', type: Number},
    disclosure: {},
    target: {},
    placeholder: {attribute: false},
  };

  /** `light`, `dark` or `auto` (follows the system); unset, the widget takes the page's colours. */
  theme?: 'light' | 'dark' | 'auto';

  /** Replaces the section's built-in heading text. A card's and a page's heading is the book's title: they ignore it. */
  heading?: string;

  /** Level of the element's headings, 1–6 (default 2); inner headings go one deeper. */
  headingLevel = 2;

  /** Shows an affiliate disclosure under sponsored links: empty for the built-in text, or the text. */
  disclosure?: string;

  /** `target` of the buy and preview links, such as `_blank`. */
  target?: string;

  /** Shows only the skeleton, never a book: how `<book-page>` draws its sections while loading. */
  placeholder = false;

  /** The book of the nearest `<book-data>`; a new one renders again. */
  private readonly consumer = new ContextConsumer(this, {context: bookContext, subscribe: true});

  protected get provided(): ProvidedBook | undefined {
    return this.consumer.value;
  }

  /** How `src` is loaded, where it is not a book file (book-recommendations reads a list file). */
  protected static loadSrc?: (src: string, signal: AbortSignal) => Promise<BookLoadDetail>;

  protected readonly bookSource = new BookSource(this, {
    provided: () => this.provided,
    load: (this.constructor as typeof BookElement).loadSrc,
    // A book in a language whose words are still on their way keeps its skeleton: no English first.
    shown: ({state}) => (state === 'ready' && !this.translator.ready ? 'loading' : state),
  });

  /** The element's language, and its strings in it: until they are here, the skeleton stays. */
  protected readonly translator = new Translator(this);

  /**
   * Pre-rendered: the server's shadow root came with the page (declarative shadow DOM), and the first
   * render adopts it (hydration) instead of drawing anew.
   */
  protected readonly prerendered = !isServer && !!this.shadowRoot;

  protected override async scheduleUpdate() {
    if (!this.hasUpdated) await (this.prerendered ? this.beforeHydration() : this.bookSource.firstRender());
    super.scheduleUpdate();
  }

  /**
   * What a pre-rendered element waits for before it adopts its content: what its first render needs
   * to draw what the server drew (its words; a page also its sections' code), since hydrating
   * different content would fail. The server's content is on screen meanwhile.
   */
  protected async beforeHydration(): Promise<unknown> {
    this.adopting = renderedWith(this);
    await whenLanguage(languageFor(this));
    // Each element in a task of its own: a page of them never blocks the reader's input for long.
    return new Promise((next) => setTimeout(next));
  }

  /** What the server drew this element with (its store, its date), until the first render adopts it. */
  private adopting?: RenderInputs;

  protected override createRenderRoot() {
    // Pre-rendered on a page with no hydration (the one-file bundle, or its chunk failed): drawn anew,
    // not after what the server drew. Hydration marks Lit by giving it its own `observedAttributes`.
    if (this.prerendered && !Object.getOwnPropertyDescriptor(LitElement, 'observedAttributes'))
      this.shadowRoot!.replaceChildren();
    return super.createRenderRoot();
  }

  protected override update(changed: PropertyValues) {
    const inputs = this.adopting;
    if (!inputs) return super.update(changed);
    // The first render draws what the server drew, so that it is adopted as it is; the next one draws
    // the reader's own store, date, the page's configuration (affiliate IDs …) and its translations.
    this.adopting = undefined;
    rendering.inputs = inputs;
    try {
      super.update(changed);
    } finally {
      rendering.inputs = undefined;
    }
    this.requestUpdate();
  }

  // On the server, controllers do not run: the element resolves its words and its book here.
  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    if (isServer) {
      this.translator.hostUpdate();
      this.bookSource.hostUpdate();
    }
  }

  /** `english`, strings of this element's under `namespace`, in its language. */
  protected text<T extends Strings>(namespace: string, english: T): T {
    return this.translator.strings(namespace, english);
  }

  /** A message in the element's language with its `{slots}` filled; `{count}` picks the plural. */
  protected say(message: Message, values?: {[name: string]: string | number | undefined}) {
    return this.translator.say(message, values);
  }

  /** Affiliate IDs in force: this element's, else its `<book-data>`'s, else the page's. */
  protected get affiliate(): AffiliateIds {
    const provided = this.provided?.affiliate;
    const page = pageAffiliateIds();
    // No prototype: an ID is never read off Object.prototype (`kobo`, `constructor` …).
    return own({
      // The page's IDs for the catalogue's other retailers (Kobo, Waterstones …); these two also by element.
      ...page,
      amazon: this.affiliateAmazon ?? provided?.amazon ?? page.amazon,
      bookshop: this.affiliateBookshop ?? provided?.bookshop ?? page.bookshop,
    });
  }

  /** The reader's language for numbers and dates: `lang` here or on the nearest ancestor. */
  protected get locale() {
    return this.translator.lang;
  }

  /** A heading at the element's level (or deeper by `depth`), as a real h1–h6. */
  protected renderHeading(content: unknown, depth = 0, part = 'heading') {
    return heading((this.headingLevel || 2) + depth, content, part);
  }

  /** What a ready book looks like. */
  protected renderBook(_book: Book): unknown {
    return nothing;
  }

  /** Placeholder shapes with the final content's size, so nothing moves when the book arrives. */
  protected renderSkeleton(): unknown {
    return html`<span class="skeleton skeleton-line short"></span>
      <span class="skeleton skeleton-line"></span>
      <span class="skeleton skeleton-line"></span>`;
  }

  /** The message, a Retry button where retrying can help, and the page's own fallback content. */
  protected renderError(error: BookLoadError, canRetry: boolean): TemplateResult {
    return html`<slot></slot>
      <div part="error" class="error">
        <p class="error-message">${error.message}</p>
        ${
          canRetry
            ? html`<button part="button" class="button secondary" type="button" @click=${this.bookSource.retry}>
                ${this.text('base', baseStrings).retry}
              </button>`
            : nothing
        }
      </div>`;
  }

  override render() {
    const {book, error, canRetry} = this.bookSource.view;
    const shown = this.state;
    return html`<div
      part="base"
      class="base"
      dir=${directionFor(this) ?? nothing}
      aria-busy=${shown === 'loading' ? 'true' : 'false'}
    >
      ${
        shown === 'ready'
          ? this.renderBook(book!)
          : shown === 'error'
            ? this.renderError(error!, canRetry)
            : // aria-busy on the base tells assistive technology; a live region per widget would
              // make a page of many cards announce "loading" many times.
              this.renderSkeleton()
      }
    </div>`;
  }
}
