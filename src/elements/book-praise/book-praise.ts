import {css, html, nothing} from 'lit';
import {BookElement} from '../book-element/book-element.js';
import type {Book, Praise} from '../../format/book.js';
import {safeUrl} from '../../format/schema.js';
import {filler, skeletonText} from '../../templates/skeleton-text.js';

/** Built-in strings (namespace `praise`); a translation replaces these values. */
export const bookPraiseStrings = {
  heading: 'Praise for the book',
};

/** Three quotes of the usual length: what the skeleton stands for. */
const typicalPraise = [170, 120, 150].map((length) => ({quote: filler(length), by: filler(14), role: filler(26)})) as Praise[];

/**
 * Endorsements and review quotes from the book file (`praise`), each with who said it, their role
 * and where, linked when the file gives a URL. Only what the file says: nothing is rated or made up.
 * Renders nothing for a book without praise.
 *
 * @summary What others say about the book.
 * @csspart heading - The heading.
 * @csspart list - The list of quotes.
 * @csspart quote - Each quote's text.
 * @csspart by - Who said it, with their role and the source.
 * @tag book-praise
 */
export class BookPraise extends BookElement {
  static override styles = [
    ...BookElement.styles,
    css`
      ul {
        display: grid;
        gap: calc(var(--_space) * 1.25);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      @container (min-width: 44rem) {
        ul {
          grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
        }
      }
      /* Side by side, the quotes' rules run the height of the row. */
      li {
        display: grid;
      }
      figure {
        display: grid;
        gap: 0.6rem;
        margin: 0;
        padding-inline-start: 1rem;
        border-inline-start: 3px solid var(--_accent);
      }
      blockquote {
        margin: 0;
        font-size: 1.05em;
        line-height: 1.6;
      }
      blockquote p {
        margin: 0;
      }
      figcaption {
        color: var(--_muted);
        font-size: 0.92em;
      }
      .name {
        color: var(--_text);
        font-weight: 600;
      }
      cite {
        font-style: italic;
      }
    `,
  ];

  private renderPraise({quote, by, role, source, url}: Praise) {
    const link = safeUrl(url);
    const where = source ? html`<cite>${source}</cite>` : nothing;
    return html`<li>
      <figure>
        <blockquote part="quote"><p>${quote}</p></blockquote>
        <figcaption part="by">
          <span class="name">${by}</span>${role ? html`, ${role}` : nothing}${source || link ? html`, ` : nothing}
          ${link ? html`<a href=${link} rel="noopener" target=${this.target || nothing}>${source ? where : link}</a>` : where}
        </figcaption>
      </figure>
    </li>`;
  }

  protected override renderBook(book: Book) {
    if (!book.praise?.length) return nothing;
    return html`${this.renderHeading(this.heading ?? this.text('praise', bookPraiseStrings).heading)}
      <ul part="list">
        ${book.praise.map((praise) => this.renderPraise(praise))}
      </ul>`;
  }

  // Three quotes of the usual length, drawn as bars, so the page under it does not move.
  protected override renderSkeleton() {
    return skeletonText(this.renderBook({title: '', praise: typicalPraise}));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'book-praise': BookPraise;
  }
}
