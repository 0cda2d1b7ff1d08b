import {html, nothing, type PropertyDeclarations} from 'lit';
import {BookElement} from '../book-element/book-element.js';
import {StructuredData} from '../../seo/structured-data.js';
import type {Book} from '../../format/book.js';
import {loadCatalogue, needsCatalogue} from '../../links/catalogue.js';
import {formatDate, formatList, formatYear, isPreorder} from '../../text/locale.js';
import {linkStrings, renderDisclosure, renderLinks, shownLinks} from '../../links/book-links.js';
import {safeUrl} from '../../format/schema.js';
import {bookCardStyles} from './book-card.styles.js';

/** Built-in strings (namespace `card`); a translation replaces these values. */
export const bookCardStrings = {
  by: 'by {authors}',
  pages: {one: '{count} page', other: '{count} pages'},
  coverOf: 'Cover of {title}',
  series: 'Part of {name}',
  seriesBook: 'Book {position} of {name}',
  preorder: 'Pre-order',
  preorderDate: 'Pre-order · releases {date}',
  categories: 'Categories',
};

/** A stable colour for a book without a cover: one of six, from its title. */
const hueOf = (title: string) => [...title].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 6;

/**
 * A book at a glance: cover, badges, categories, title, subtitle, authors, pages and year,
 * tagline and buy/preview links.
 *
 * @summary A book card in three layouts: vertical, horizontal and compact.
 * @csspart base - The card's wrapper.
 * @csspart cover - The cover image or its placeholder.
 * @csspart badge - Each badge on the cover.
 * @csspart category - Each category label.
 * @csspart title - The title heading.
 * @csspart subtitle - The subtitle.
 * @csspart authors - The author line.
 * @csspart series - "Book 2 of …": the series the book is part of (format 2; not in compact cards).
 * @csspart meta - Pages and year.
 * @csspart preorder - "Pre-order · releases …" for a first edition still to come (format 2).
 * @csspart tagline - The tagline.
 * @csspart link - Each buy, preview or info link.
 * @csspart disclosure - The affiliate disclosure line.
 * @cssprop --book-cover-width - Width of the cover (default 200px vertical, 180px horizontal, 64px compact).
 * @cssprop --book-color-accent - Buttons and links.
 * @fires {CustomEvent<BookLinkClickDetail>} book-link-click - A link was clicked, before the browser follows it; cancelable; `detail` is `{book, link}`.
 * @tag book-card
 */
export class BookCard extends BookElement {
  static override styles = [...BookElement.styles, bookCardStyles];

  static override properties: PropertyDeclarations = {
    structuredData: {attribute: 'structured-data', type: Boolean},
    layout: {reflect: true},
    failedCover: {state: true},
  };

  /** Writes schema.org `Book` data (JSON-LD) into the page for search engines, once per book and page. */
  structuredData = false;

  protected readonly structured = new StructuredData(this, 'Book', () => this.bookSource.view.book);

  protected override updated() {
    // A book given as `.book`, or IDs given on this element, whose links take the retailer catalogue.
    const {book} = this.bookSource.view;
    if (book && needsCatalogue(book, this.affiliate)) void loadCatalogue().then((loaded) => loaded && this.requestUpdate());
  }

  /** `vertical` (default), `horizontal` or `compact` (a sidebar or list). */
  layout: 'vertical' | 'horizontal' | 'compact' = 'vertical';

  /** The cover URL that failed to load, so the placeholder shows instead. */
  private failedCover?: string;

  private renderCover(book: Book) {
    const cover = safeUrl(book.cover?.src) ? book.cover : undefined;
    const compact = this.layout === 'compact';
    const badges = compact ? [] : (book.badges ?? []);
    return html`<div class="cover" part="cover">
      ${
        cover && cover.src !== this.failedCover
          ? html`<img
              src=${cover.src}
              alt=${cover.alt ?? this.say(this.text('card', bookCardStrings).coverOf, {title: book.title})}
              width=${cover.width ?? 400}
              height=${cover.height ?? 600}
              loading=${this.loading === 'eager' ? 'eager' : 'lazy'}
              decoding="async"
              @error=${() => (this.failedCover = cover.src)}
            />`
          : html`<div class="placeholder hue-${hueOf(book.title)}">
              <span class="placeholder-title">${book.title}</span>
              ${book.authors?.[0] && !compact ? html`<span class="placeholder-author">${book.authors[0].name}</span>` : nothing}
            </div>`
      }
      ${
        badges.length
          ? html`<ul class="badges">
              ${badges.map((badge) => html`<li part="badge" class="badge">${badge}</li>`)}
            </ul>`
          : nothing
      }
    </div>`;
  }

  protected override renderBook(book: Book) {
    const compact = this.layout === 'compact';
    const lang = this.locale;
    const words = this.text('card', bookCardStrings);
    const links = shownLinks(book, {affiliate: this.affiliate, max: compact ? 1 : Infinity});
    const meta = [
      book.pages && this.say(words.pages, {count: book.pages}),
      book.published && formatYear(book.published, lang),
    ].filter(Boolean);
    // Format 2: the first edition is a pre-order when marked so or dated after today.
    const edition = book.editions?.[0];
    const date = edition?.published ?? book.published;
    const preorder =
      isPreorder({status: edition?.status, published: date}) &&
      html`<p part="preorder" class="preorder">
        ${date ? this.say(words.preorderDate, {date: formatDate(date, lang)}) : words.preorder}
      </p>`;
    return html`<article class="card">
      ${this.renderCover(book)}
      <div class="body">
        ${
          !compact && book.categories?.length
            ? html`<ul class="categories" aria-label=${words.categories}>
                ${book.categories.map((c) => html`<li part="category">${c}</li>`)}
              </ul>`
            : nothing
        }
        ${this.renderHeading(safeUrl(book.url) ? html`<a href=${book.url}>${book.title}</a>` : book.title, 0, 'title')}
        ${book.subtitle && !compact ? html`<p part="subtitle" class="subtitle">${book.subtitle}</p>` : nothing}
        ${
          book.series && !compact
            ? html`<p part="series" class="series">
                ${this.say(book.series.position === undefined ? words.series : words.seriesBook, {name: book.series.name, position: book.series.position})}
              </p>`
            : nothing
        }
        ${
          book.authors?.length
            ? html`<p part="authors" class="authors">
                ${this.say(words.by, {
                  authors: formatList(
                    book.authors.map((a) => a.name),
                    lang,
                  ),
                })}
              </p>`
            : nothing
        }
        ${
          // A compact card keeps its height: the pre-order line takes the place of pages and year.
          preorder && compact
            ? preorder
            : meta.length
              ? html`<p part="meta" class="meta">${meta.map((m) => html`<span>${m}</span>`)}</p>`
              : nothing
        }
        ${preorder && !compact ? preorder : nothing}
        ${book.tagline && !compact ? html`<p part="tagline" class="tagline">${book.tagline}</p>` : nothing}
        ${renderLinks(book, links, this.target, this.text('links', linkStrings))}
        ${renderDisclosure(
          this.disclosure,
          links.some((l) => l.sponsored),
          this.text('links', linkStrings),
        )}
      </div>
    </article>`;
  }

  // One element: the cover and the text rows are its ::before and ::after, drawn by CSS, in the
  // card's own grid. A compact card (the layout that comes by the hundred) draws its skeleton on
  // its base alone, with no box of its own: 1,000 cards load ~11 % faster (bench A/B).
  protected override renderSkeleton() {
    return this.layout === 'compact' ? nothing : html`<div class="card skeleton" aria-hidden="true"></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'book-card': BookCard;
  }
}
