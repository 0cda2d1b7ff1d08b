import {css, html, nothing, type PropertyDeclarations} from 'lit';
import {BookElement} from '../book-element/book-element.js';
import {emit} from '../../events/events.js';
import {StructuredData} from '../../seo/structured-data.js';
import type {Book} from '../../format/book.js';
import {filler, skeletonText} from '../../templates/skeleton-text.js';

/** Built-in strings (namespace `faq`); a translation replaces these values. */
export const bookFaqStrings = {
  heading: 'Frequently asked questions',
};

/** The lengths of the demo book's questions and answers: the typical FAQ a skeleton stands for. */
const typicalBook = {
  faq: [
    [53, 215],
    [26, 178],
    [36, 244],
    [43, 172],
    [33, 131],
    [48, 195],
  ].map(([q, a]) => ({question: filler(q), answer: filler(a)})),
} as Book;

/**
 * The book's questions and answers as native disclosures (`<details>`/`<summary>`): Tab to a
 * question, Enter or Space to open it, find-in-page opens the answer that matches.
 *
 * @summary Questions and answers as an accessible disclosure list.
 * @csspart heading - The section heading.
 * @csspart item - Each question with its answer.
 * @csspart question - Each question (the part you click).
 * @csspart answer - Each answer.
 * @fires {CustomEvent<BookFaqToggleDetail>} book-faq-toggle - A reader opened or closed a question; `detail` is `{index, open}`.
 * @tag book-faq
 */
export class BookFaq extends BookElement {
  static override properties: PropertyDeclarations = {
    structuredData: {attribute: 'structured-data', type: Boolean},
    open: {},
  };

  static override styles = [
    ...BookElement.styles,
    css`
      .list {
        border-top: 1px solid var(--_border);
      }
      details {
        border-bottom: 1px solid var(--_border);
      }
      summary {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 1rem;
        padding: 1rem 0.25rem;
        font-weight: 650;
        line-height: 1.4;
        cursor: pointer;
        list-style: none;
      }
      summary::-webkit-details-marker {
        display: none;
      }
      summary::after {
        content: '';
        flex: none;
        width: 0.55em;
        height: 0.55em;
        margin-inline-end: 0.3em;
        border: solid currentColor;
        border-width: 0 0.14em 0.14em 0;
        transform: translateY(-25%) rotate(45deg);
        transition: transform 0.2s;
      }
      details[open] > summary::after {
        transform: translateY(25%) rotate(-135deg);
      }
      summary:hover {
        color: var(--_accent-text);
      }
      .answer {
        padding: 0 0.25rem 1.1rem;
        color: var(--_muted);
        line-height: 1.6;
      }
    `,
  ];

  /** Writes schema.org `FAQPage` data (JSON-LD) into the page for search engines, once per book and page. */
  structuredData = false;

  protected readonly structured = new StructuredData(this, 'FAQPage', () => this.bookSource.view.book);

  /** Which questions start open: `first` (default), `all` or `none`. */
  open: 'first' | 'all' | 'none' = 'first';

  /** Open state as last rendered or toggled, to tell a reader's toggle from our own rendering. */
  private openState: boolean[] = [];
  private renderedFor?: [Book, string];

  private onToggle(event: Event, index: number) {
    const {open} = event.target as HTMLDetailsElement;
    if (this.openState[index] === open) return;
    this.openState[index] = open;
    emit(this, 'book-faq-toggle', {index, open});
  }

  protected override renderBook(book: Book) {
    if (!book.faq?.length) return nothing;
    if (this.renderedFor?.[0] !== book || this.renderedFor[1] !== this.open) {
      this.renderedFor = [book, this.open];
      this.openState = book.faq.map((_, i) => this.open === 'all' || (this.open !== 'none' && i === 0));
    }
    return html`${this.renderHeading(this.heading ?? this.text('faq', bookFaqStrings).heading)}
      <div class="list">
        ${book.faq.map(
          ({question, answer}, index) =>
            html`<details part="item" ?open=${this.openState[index]} @toggle=${(e: Event) => this.onToggle(e, index)}>
              <summary part="question">${question}</summary>
              <div part="answer" class="answer">${answer}</div>
            </details>`,
        )}
      </div>`;
  }

  // The real questions, the first open (as `open` says), in filler words drawn as bars: the
  // skeleton wraps like the FAQ will, in the page's font, at any width.
  protected override renderSkeleton() {
    return skeletonText(this.renderBook(typicalBook));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'book-faq': BookFaq;
  }
}
