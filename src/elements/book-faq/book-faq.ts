import {css, html, nothing, type PropertyDeclarations} from 'lit';
import {BookElement} from '../book-element/book-element.js';
import {emit} from '../../events/emit.js';
import {StructuredData} from '../../seo/structured-data.js';
import type {Book} from '../../format/book.js';

/** Built-in strings; a translation replaces these values. */
export const bookFaqStrings = {
  heading: 'Frequently asked questions',
};

/**
 * The book's questions and answers as native disclosures (`<details>`/`<summary>`): Tab to a
 * question, Enter or Space to open it, find-in-page opens the answer that matches.
 *
 * @summary Questions and answers as an accessible disclosure list.
 * @slot - Fallback content, shown before the script runs, without JavaScript, and on error.
 * @csspart base - The wrapper.
 * @csspart heading - The section heading.
 * @csspart item - Each question with its answer.
 * @csspart question - Each question (the part you click).
 * @csspart answer - Each answer.
 * @csspart error - The error message block.
 * @csspart button - The Retry button.
 * @fires book-faq-toggle - A reader opened or closed a question; `detail` is `{index, open}`.
 * @fires book-load - The book loaded; `detail.book`.
 * @fires book-error - The book could not be loaded; `detail.error` is `{kind, message, status?}`.
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
      /* In a narrow column questions take two lines: so do the skeleton's. */
      @container (max-width: 30rem) {
        [inert] summary {
          padding-bottom: 3.4em;
        }
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
    return html`${this.renderHeading(this.heading ?? bookFaqStrings.heading)}
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

  protected override renderSkeleton() {
    // Six closed questions in the real row style: the usual height of a book's FAQ.
    return html`<span class="skeleton skeleton-heading" aria-hidden="true"></span>
      <div class="list" aria-hidden="true" inert>
        ${Array.from({length: 6}, () => html`<details><summary><span class="skeleton skeleton-line short"></span></summary></details>`)}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'book-faq': BookFaq;
  }
}
