import {css, html, nothing, type PropertyDeclarations} from 'lit';
import {BookElement} from '../book-element/book-element.js';
import {StructuredData} from '../../seo/structured-data.js';
import type {Book} from '../../format/book.js';

/** Authors the file says more of than a name (format 2): what <book-author> shows. */
const hasAuthorBios = (b: Book) => !!b.authors?.some((a) => a.bio || a.photo);

/**
 * Format 2's formats and prices, or a sample: what <book-buy> shows, under the card. The card keeps
 * its own buy link (the page's first call to action, and the height its skeleton reserved).
 */
const hasBuyBox = (b: Book) => !!(b.editions?.length || b.sample);

/** Sections whose code loads only with a book that has their data (format 2). */
const lazySections = {
  'book-buy': () => import('../book-buy/define.js'),
  'book-praise': () => import('../book-praise/define.js'),
  'book-author': () => import('../book-author/define.js'),
  'book-series': () => import('../book-series/define.js'),
};

const hasAbout = (b: Book) =>
  !!(b.description || b.about?.length || b.highlights?.length || b.outcomes?.length || b.audience?.length);

/**
 * A whole book landing page from one tag: the card, about, table of contents, FAQ and "You might
 * also like", with the loaded book passed down (one request for the page, plus one per related
 * book file). Sections without data are left out.
 *
 * @summary A complete book landing page composed of the other widgets.
 * @slot newsletter - A <newsletter-signup> (or anything else) to show at the end of the page.
 * @csspart card - The book's card at the top.
 * @csspart buy - The buy box under the card: formats, prices, stores and a sample (format 2).
 * @csspart about - The about section.
 * @csspart toc - The table of contents.
 * @csspart faq - The questions and answers.
 * @csspart praise - What others say of the book (format 2's `praise`).
 * @csspart author - The authors with a bio or photo (format 2).
 * @csspart series - The book's series in reading order (format 2).
 * @csspart recommendations - The related books.
 * @fires {CustomEvent<BookLinkClickDetail>} book-link-click - A buy, preview or related-book link was clicked; cancelable; `detail` is `{book, link}`.
 * @fires {CustomEvent<BookFaqToggleDetail>} book-faq-toggle - A reader opened or closed a question; `detail` is `{index, open}`.
 * @tag book-page
 */
export class BookPage extends BookElement {
  static override properties: PropertyDeclarations = {
    structuredData: {attribute: 'structured-data', type: Boolean},
  };

  static override styles = [
    ...BookElement.styles,
    css`
      .base {
        gap: calc(var(--_space) * 3);
      }
      .card {
        padding-bottom: calc(var(--_space) * 2);
        border-bottom: 1px solid var(--_border);
      }
      .buy {
        padding-bottom: calc(var(--_space) * 2);
        border-bottom: 1px solid var(--_border);
      }
      /* While loading, the buy box's place at its usual height (formats, a button, the retailers,
         the store): the code of <book-buy> comes only with a book that has one. */
      .buy-placeholder {
        display: grid;
        grid-template-columns: repeat(2, minmax(0, 9.5rem));
        align-content: start;
        gap: 0.5rem;
        height: calc(19.5rem + var(--_space) * 2);
      }
      .buy-placeholder > * {
        grid-column: 1 / -1;
        margin: 0;
      }
      .buy-placeholder > .tile {
        grid-column: auto;
        height: 4.5rem;
      }
      /* The demo book's box: its retailers on one line when wide, two below 70rem; its buttons
         and retailers on two lines each on a phone. */
      @container (max-width: 70rem) {
        .buy-placeholder {
          height: calc(20.85rem + var(--_space) * 2);
        }
      }
      @container (max-width: 36rem) {
        .buy-placeholder {
          height: calc(26.6rem + var(--_space) * 2);
        }
      }
    `,
  ];

  /** Writes schema.org `Book` data (JSON-LD) into the page for search engines, once per book and page. */
  structuredData = false;

  protected readonly structured = new StructuredData(this, 'Book', () => this.bookSource.view.book);

  protected override renderBook(book: Book) {
    // The page keeps its placeholders until the code of every section it will show is here, so that
    // nothing appears late and moves what is under it.
    // The buy box does not hold the page back: its placeholder keeps its place (and height) until its
    // code is here, so the rest shows as soon as the book does.
    if (hasBuyBox(book)) this.defined('book-buy');
    const ready =
      (!book.praise?.length || this.defined('book-praise')) &&
      (!hasAuthorBios(book) || this.defined('book-author')) &&
      (!book.series || this.defined('book-series'));
    return ready ? this.renderSections(book) : this.renderSections();
  }

  // The same sections as placeholders: when the book arrives they fill in, not get made anew, and
  // the page has about the height it will have.
  protected override renderSkeleton() {
    return this.renderSections();
  }

  /**
   * Sections whose code loads only with a book that has their data (format 2): is `tag` defined? If
   * not, its code is asked for and the page renders again when it is here.
   */
  private defined(tag: keyof typeof lazySections) {
    if (customElements.get(tag) || this.unavailable.has(tag)) return true;
    lazySections[tag]().then(
      () => this.requestUpdate(),
      (error: unknown) => {
        // The page shows without that section rather than stay placeholders.
        console.error(`book-widgets: <${tag}> of <book-page> could not be loaded:`, error);
        this.unavailable.add(tag);
        this.requestUpdate();
      },
    );
    return false;
  }
  private readonly unavailable = new Set<string>();

  // Pre-rendered: the sections the server drew are drawn by the first render too, their code here first.
  protected override async beforeHydration() {
    const drawn = Object.entries(lazySections).filter(([tag]) => this.shadowRoot!.querySelector(tag));
    try {
      await Promise.all(drawn.map(([, load]) => load()));
    } catch (error) {
      // Without a section's code the page cannot draw what the server drew: it stays as the server
      // drew it (to read, its links and questions working), not adopted.
      console.error(
        'book-widgets: a section of the pre-rendered <book-page> could not be loaded; it stays as it was rendered:',
        error,
      );
      return new Promise(() => {});
    }
    return super.beforeHydration();
  }

  /** The sections, for a book or (without one) as placeholders; those without data are left out. */
  private renderSections(book?: Book) {
    const level = this.headingLevel;
    const {amazon, bookshop} = this.affiliate;
    const loading = !book;
    const show = (has: (b: Book) => unknown) => !book || has(book);
    // Children take the already-parsed book: no second parse, no request.
    const buy = book && hasBuyBox(book) && !this.unavailable.has('book-buy');
    const buyCode = customElements.get('book-buy');
    return html`<book-card
        part="card"
        class="card"
        layout="horizontal"
        loading="eager"
        .placeholder=${loading}
        .book=${book}
        heading-level=${level}
        .affiliateAmazon=${amazon}
        .affiliateBookshop=${bookshop}
        .target=${this.target}
        .disclosure=${this.disclosure}
      ></book-card>
      ${
        loading || (buy && !buyCode)
          ? html`<div class="buy buy-placeholder" aria-hidden="true">
              <span class="skeleton skeleton-heading"></span>
              <span class="skeleton tile"></span><span class="skeleton tile"></span>
              <span class="skeleton skeleton-line short"></span>
              <span class="skeleton skeleton-line"></span>
            </div>`
          : buy
            ? html`<book-buy
                part="buy"
                class="buy"
                loading="eager"
                .book=${book}
                heading-level=${level + 1}
                .affiliateAmazon=${amazon}
                .affiliateBookshop=${bookshop}
                .target=${this.target}
                .disclosure=${this.disclosure}
              ></book-buy>`
            : nothing
      }
      ${
        show(hasAbout)
          ? html`<book-about
              part="about"
              loading="eager"
              .placeholder=${loading}
              .book=${book}
              heading-level=${level + 1}
            ></book-about>`
          : nothing
      }
      ${
        show((b) => b.toc?.length)
          ? html`<book-toc
              part="toc"
              loading="eager"
              .placeholder=${loading}
              .book=${book}
              heading-level=${level + 1}
            ></book-toc>`
          : nothing
      }
      ${
        show((b) => b.faq?.length)
          ? html`<book-faq
              part="faq"
              loading="eager"
              .placeholder=${loading}
              .book=${book}
              heading-level=${level + 1}
            ></book-faq>`
          : nothing
      }
      ${
        // Format 2: its code loads with the first book that has praise, not with every page.
        book?.praise?.length
          ? html`<book-praise part="praise" loading="eager" .book=${book} heading-level=${level + 1}></book-praise>`
          : nothing
      }
      ${
        book?.series
          ? html`<book-series
              part="series"
              loading="eager"
              .book=${book}
              .src=${this.src}
              heading-level=${level + 1}
              .affiliateAmazon=${amazon}
              .affiliateBookshop=${bookshop}
              .target=${this.target}
            ></book-series>`
          : nothing
      }
      ${
        book && hasAuthorBios(book)
          ? html`<book-author part="author" loading="eager" .book=${book} heading-level=${level + 1}></book-author>`
          : nothing
      }
      ${
        show((b) => b.related?.length)
          ? html`<book-recommendations
              part="recommendations"
              .placeholder=${loading}
              .book=${book}
              heading-level=${level + 1}
              .affiliateAmazon=${amazon}
              .affiliateBookshop=${bookshop}
              .target=${this.target}
              .disclosure=${this.disclosure}
            ></book-recommendations>`
          : nothing
      }
      <slot name="newsletter"></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'book-page': BookPage;
  }
}
