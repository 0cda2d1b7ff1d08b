import {css, html, nothing} from 'lit';
import {BookElement} from '../book-element/book-element.js';
import type {Book} from '../../format/book.js';
import {safeUrl} from '../../format/schema.js';

/** Built-in strings (namespace `series`); a translation replaces these values. */
export const bookSeriesStrings = {
  position: 'Book {position} of the series',
  current: 'This book',
};

/**
 * The series' books in reading order, this book marked where it stands: the entry of `books` that is
 * this book (its file, or an inline book of the same title), else the book put at its `position`
 * (not when the list has files and this book's own URL is not known: one of them may be it).
 */
export function readingOrder(book: Book, src?: string): {entry: string | Book; current: boolean}[] {
  const {series} = book;
  if (!series) return [];
  // On the server, a relative src has no page to resolve against: this book is then found by title.
  let own: string | undefined;
  try {
    own = src ? new URL(src, globalThis.document?.baseURI).href : undefined;
  } catch {
    own = undefined;
  }
  const entries = (series.books ?? []).map((entry) => ({
    entry,
    current: typeof entry === 'string' ? entry === own : entry.title === book.title,
  }));
  // Without its own file's URL (given as .book, by ISBN, by <book-data>), a file in the list may be
  // this book: then it is not put in a second time.
  const unsure = !own && entries.some((e) => typeof e.entry === 'string');
  if (!entries.some((e) => e.current) && !unsure && series.position !== undefined) {
    const at = Math.min(Math.max(Math.ceil(series.position) - 1, 0), entries.length);
    entries.splice(at, 0, {entry: book, current: true});
  }
  return entries;
}

/**
 * The series a book belongs to (format 2's `series`): its name, linked to its page where the file
 * says, this book's place in it, and its books in reading order as compact cards, this one marked.
 * Renders nothing for a book outside a series.
 *
 * @summary The book's series, in reading order.
 * @csspart heading - The series' name.
 * @csspart position - "Book 2 of the series".
 * @csspart list - The books in reading order.
 * @csspart card - Each book's card.
 * @csspart current - The mark on this book.
 * @tag book-series
 */
export class BookSeries extends BookElement {
  static override styles = [
    ...BookElement.styles,
    css`
      .position {
        margin: -0.5rem 0 0;
        color: var(--_muted);
      }
      ol {
        display: grid;
        gap: 0.75rem;
        margin: 0;
        padding: 0;
        list-style: none;
        counter-reset: book;
      }
      @container (min-width: 44rem) {
        ol {
          grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr));
        }
      }
      li {
        display: grid;
        grid-template-columns: 2rem minmax(0, 1fr);
        gap: 0.5rem;
        align-items: start;
        padding: 0.75rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        counter-increment: book;
      }
      /* The number in the first column, beside the mark and the card. */
      li::before {
        grid-row: 1 / span 2;
        content: counter(book);
        color: var(--_accent-text);
        font-size: 1.4em;
        font-weight: 700;
        line-height: 1.2;
      }
      li[aria-current] {
        border-color: var(--_accent);
        box-shadow: inset 0 0 0 1px var(--_accent);
      }
      li > * {
        grid-column: 2;
      }
      .current {
        justify-self: start;
        padding: 0.1em 0.6em;
        border-radius: 999px;
        background: var(--_accent);
        color: var(--_on-accent);
        font-size: 0.8em;
        font-weight: 600;
      }
    `,
  ];

  protected override renderBook(book: Book) {
    const {series} = book;
    if (!series) return nothing;
    const page = safeUrl(series.url);
    const {amazon, bookshop} = this.affiliate;
    return html`${this.renderHeading(page ? html`<a href=${page} target=${this.target || nothing}>${series.name}</a>` : series.name)}
      ${series.position !== undefined ? html`<p part="position" class="position">${this.say(this.text('series', bookSeriesStrings).position, {position: series.position})}</p>` : nothing}
      <ol part="list">
        ${readingOrder(book, this.src).map(
          ({entry, current}) =>
            html`<li aria-current=${current ? 'true' : nothing}>
              ${current ? html`<span part="current" class="current">${this.text('series', bookSeriesStrings).current}</span>` : nothing}
              <book-card
                part="card"
                layout="compact"
                src=${typeof entry === 'string' && !current ? entry : nothing}
                .book=${typeof entry === 'string' ? (current ? book : undefined) : entry}
                heading-level=${this.headingLevel + 1}
                .affiliateAmazon=${amazon}
                .affiliateBookshop=${bookshop}
                .target=${this.target}
              ></book-card>
            </li>`,
        )}
      </ol>`;
  }

  // The name, the place and three compact cards' skeletons: the usual size of a short series.
  protected override renderSkeleton() {
    return html`<span class="skeleton skeleton-heading" aria-hidden="true"></span>
      <ol aria-hidden="true" inert>
        ${[1, 2, 3].map(() => html`<li><book-card layout="compact" .placeholder=${true}></book-card></li>`)}
      </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'book-series': BookSeries;
  }
}
