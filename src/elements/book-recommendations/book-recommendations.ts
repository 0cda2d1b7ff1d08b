import {css, html, nothing, type PropertyDeclarations} from 'lit';
import {BookElement} from '../book-element/book-element.js';
import type {Book} from '../../format/book.js';
import {loadBookList} from '../../loading/load-book.js';
import {own} from '../../format/schema.js';
import type {BookLoadDetail} from '../../events/events.js';
import {whenNear} from '../../loading/when-near.js';
import {linkStrings, renderDisclosure} from '../../links/book-links.js';

/** Built-in strings (namespace `recommendations`); a translation replaces these values. */
export const bookRecommendationsStrings = {
  heading: 'You might also like',
};

/** Books shown when `limit` is not set. */
const defaultLimit = 12;
/** Book files one list loads at a time: a list of many URLs never floods its hosts. */
const parallel = 4;

/**
 * "You might also like": a card for each book in the book's `related` list, or in a list file
 * given by `src`. Each referenced book file loads on its own, once the list comes near the viewport
 * and at most four at a time; a book that fails shows its error in its own card and never fails the list.
 *
 * @summary Cards for related books, from the book's related list or a list file.
 * @csspart heading - The section heading.
 * @csspart list - The list of cards.
 * @csspart disclosure - The affiliate disclosure line.
 * @csspart card - Each book's card (a book-card: theme its inside through the --book-* properties).
 * @fires {CustomEvent<BookLoadDetail>} book-load - The book or list loaded; `detail.book`. A list file (`src`) arrives as `detail.list`, the list as loaded, and as `detail.book`, `{title, related}` with its books as `related`.
 * @fires {CustomEvent<BookErrorDetail>} book-error - The book or list could not be loaded; `detail.error` is `{kind, message, status?}`.
 * @fires {CustomEvent<BookLinkClickDetail>} book-link-click - A link in a card was clicked; cancelable; `detail` is `{book, link}`.
 * @tag book-recommendations
 */
export class BookRecommendations extends BookElement {
  static override properties: PropertyDeclarations = {
    limit: {type: Number},
    listNear: {state: true},
    settled: {state: true},
  };

  // `src` here is a list file: shown as a book whose `related` are the list's books, and announced
  // with the list itself in `book-load`'s `detail.list`.
  protected static override loadSrc = async (src: string, signal: AbortSignal): Promise<BookLoadDetail> => {
    const list = await loadBookList(src, {signal});
    return {book: own({title: list.title ?? '', related: list.books}), list};
  };

  static override styles = [
    ...BookElement.styles,
    css`
      ul {
        display: grid;
        grid-auto-flow: column;
        grid-auto-columns: minmax(11rem, 44%);
        gap: var(--_space);
        margin: 0;
        padding: 0 0 0.75rem;
        list-style: none;
        overflow-x: auto;
        overscroll-behavior-x: contain;
        scroll-snap-type: x mandatory;
        scrollbar-width: thin;
      }
      li {
        scroll-snap-align: start;
        min-width: 0;
      }
      /* Wide columns: a grid instead of a scroller. */
      @container (min-width: 40rem) {
        ul {
          grid-auto-flow: row;
          grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
          overflow: visible;
          padding-bottom: 0;
        }
      }
      book-card {
        font-size: 0.92em;
      }
      .disclosure {
        margin-top: -0.5rem;
        color: var(--_muted);
        font-size: 0.85em;
      }
    `,
  ];

  /** Show at most this many books (default 12). */
  limit?: number;

  /** Book files whose card has loaded or failed: each frees a place for the next one to load. */
  private settled = new Set<string>();

  /**
   * Set once the list comes near the viewport: then every card loads, also those scrolled out of
   * sight sideways, which the viewport's observer would otherwise never see.
   */
  private listNear = false;
  private stopWatching?: () => void;

  override connectedCallback() {
    super.connectedCallback();
    if (!this.listNear) this.stopWatching = whenNear([this], () => (this.listNear = true));
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.stopWatching?.();
  }

  protected override renderBook(book: Book) {
    const related = (book.related ?? []).slice(0, this.limit && this.limit > 0 ? this.limit : defaultLimit);
    // Cards load in order, with at most `parallel` loading at once; the others wait as skeletons
    // (lazy, and placeholders, so they do not load by themselves when scrolled into view).
    let places = this.listNear || this.loading === 'eager' ? parallel : 0;
    const allowed = new Map<string, boolean>();
    const admitted = (src: string) => {
      if (!allowed.has(src)) allowed.set(src, this.settled.has(src) || places-- > 0);
      return allowed.get(src)!;
    };
    if (!related.length) return nothing;
    // A list file's own title heads it; the book's related list gets the usual heading.
    const heading =
      this.heading ?? ((this.src && book.title) || this.text('recommendations', bookRecommendationsStrings).heading);
    const {amazon, bookshop} = this.affiliate;
    // One disclosure for the list, not one per card.
    return html`${this.renderHeading(heading)}
      ${renderDisclosure(this.disclosure, Boolean(amazon || bookshop), this.text('links', linkStrings))}
      <ul part="list" @book-load=${this.onCardSettled} @book-error=${this.onCardSettled}>
        ${related.map(
          (item) =>
            html`<li>
              ${
                typeof item === 'string'
                  ? html`<book-card
                      part="card"
                      src=${item}
                      loading=${admitted(item) ? 'eager' : 'lazy'}
                      .placeholder=${!admitted(item)}
                      heading-level=${this.headingLevel + 1}
                      .affiliateAmazon=${amazon}
                      .affiliateBookshop=${bookshop}
                      .target=${this.target}
                    ></book-card>`
                  : html`<book-card
                      part="card"
                      .book=${item}
                      heading-level=${this.headingLevel + 1}
                      .affiliateAmazon=${amazon}
                      .affiliateBookshop=${bookshop}
                      .target=${this.target}
                    ></book-card>`
              }
            </li>`,
        )}
      </ul>`;
  }

  private onCardSettled(event: Event) {
    const {src} = event.target as HTMLElement & {src?: string};
    if (src && !this.settled.has(src)) this.settled = new Set(this.settled).add(src);
  }

  // A heading and three cards' skeletons in the real list (a scroller or a grid by width): the usual
  // size of what arrives, so the page under a list does not jump when it loads.
  protected override renderSkeleton() {
    return html`<span class="skeleton skeleton-heading" aria-hidden="true"></span>
      <ul aria-hidden="true" inert>
        ${[1, 2, 3].map(() => html`<li><book-card .placeholder=${true}></book-card></li>`)}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'book-recommendations': BookRecommendations;
  }
}
