import {css, html, nothing, type PropertyValues} from 'lit';
import {state} from 'lit/decorators.js';
import {BookElement} from '../book-element/book-element.js';
import type {Book} from '../../format/book.js';
import {formatChapterNumber} from '../../text/locale.js';

/** Built-in strings; a translation replaces these values. */
export const bookTocStrings = {
  heading: 'Table of contents',
  chapter: (number: string) => `Chapter ${number}`,
  more: 'Show more',
  less: 'Show less',
};

/** `chapter-3`: the id of a chapter, for links like `page.html#chapter-3`. */
export const chapterId = (number: number) => `chapter-${number}`;

/**
 * The numbered chapters (01, 02, …) with their summaries. A summary longer than one line is
 * collapsed behind a "Show more" button. Each chapter has an id (`chapter-3`), and a page URL
 * ending in that fragment scrolls to it.
 *
 * @summary A numbered table of contents with chapter summaries.
 * @slot - Fallback content, shown before the script runs, without JavaScript, and on error.
 * @csspart base - The wrapper.
 * @csspart heading - The section heading.
 * @csspart chapter - Each chapter.
 * @csspart number - Each chapter number.
 * @csspart chapter-title - Each chapter title.
 * @csspart summary - Each chapter summary.
 * @csspart toggle - Each "Show more" button.
 * @csspart error - The error message block.
 * @csspart button - The Retry button.
 * @fires book-load - The book loaded; `detail.book`.
 * @fires book-error - The book could not be loaded; `detail.error` is `{kind, message, status?}`.
 * @tag book-toc
 */
export class BookToc extends BookElement {
  static override styles = [
    ...BookElement.styles,
    css`
      .base {
        display: grid;
        gap: var(--_space);
      }
      ol {
        display: grid;
        margin: 0;
        padding: 0;
        list-style: none;
        border-top: 1px solid var(--_border);
      }
      li {
        display: grid;
        grid-template-columns: 2.6em minmax(0, 1fr);
        gap: 0.15rem 0.75rem;
        padding: 0.9rem 0;
        border-bottom: 1px solid var(--_border);
        scroll-margin-top: 1rem;
      }
      .number {
        grid-row: span 2;
        color: var(--_accent-text);
        font-size: 1.2em;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
        line-height: 1.3;
      }
      .title {
        font-weight: 650;
        line-height: 1.35;
      }
      .summary-row {
        display: flex;
        align-items: baseline;
        gap: 0.5rem;
        min-width: 0;
      }
      .summary {
        color: var(--_muted);
        min-width: 0;
      }
      .collapsed {
        overflow: hidden;
        white-space: nowrap;
        text-overflow: ellipsis;
      }
      /* Narrow columns: the summary keeps the full width, the button goes under it. */
      @container (max-width: 30rem) {
        .summary-row {
          flex-direction: column;
          align-items: start;
          gap: 0;
        }
        .summary {
          width: 100%;
        }
      }
      .toggle {
        flex: none;
        padding: 0.1em 0.2em;
        border: 0;
        background: none;
        color: var(--_accent-text);
        font: inherit;
        font-size: 0.9em;
        font-weight: 600;
        text-decoration: underline;
        text-underline-offset: 0.15em;
        cursor: pointer;
      }
      li:target,
      li.targeted {
        background: color-mix(in srgb, var(--_accent) 8%, transparent);
      }
    `,
  ];

  /** Chapters whose summary is shown in full. */
  @state() private expanded = new Set<number>();
  /** Chapters whose summary does not fit on one line (measured), so they get a button. */
  @state() private overflowing = new Set<number>();
  @state() private targeted?: string;

  private resizeObserver?: ResizeObserver;

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('hashchange', this.onHashChange);
    // Measured a frame later: changing the DOM inside the observer's callback makes it loop, and
    // the browser then reports an error to the page's window.onerror.
    this.resizeObserver ??= new ResizeObserver(() => requestAnimationFrame(() => this.measure()));
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHashChange);
    this.resizeObserver?.disconnect();
  }

  /** Fragment links cannot reach into a shadow root, so the element follows them itself. */
  private onHashChange = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const chapter = id && this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    if (!chapter) return;
    this.targeted = id;
    chapter.scrollIntoView({block: 'start'});
  };

  /** Which collapsed summaries are cut off at the current width. */
  private measure() {
    const overflowing = new Set<number>();
    this.renderRoot.querySelectorAll<HTMLElement>('.summary').forEach((summary) => {
      const index = Number(summary.dataset.index);
      if (this.expanded.has(index) || summary.scrollWidth > summary.clientWidth + 1) overflowing.add(index);
    });
    if ([...overflowing].join() !== [...this.overflowing].join()) this.overflowing = overflowing;
  }

  override updated(changed: PropertyValues) {
    super.updated(changed);
    // Summaries are measured by the ResizeObserver, which also reports the first layout.
    if (changed.has('state') && this.state === 'ready') this.onHashChange();
  }

  private toggle(index: number) {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(index)) expanded.add(index);
    this.expanded = expanded;
  }

  protected override renderBook(book: Book) {
    if (!book.toc?.length) return nothing;
    const lang = this.locale;
    return html`${this.renderHeading(this.heading ?? bookTocStrings.heading)}
      <ol>
        ${book.toc.map((chapter, index) => {
          const id = chapterId(chapter.number);
          const expanded = this.expanded.has(index);
          const number = formatChapterNumber(chapter.number, lang);
          return html`<li part="chapter" id=${id} class=${this.targeted === id ? 'targeted' : ''}>
            <span part="number" class="number" aria-hidden="true">${number}</span>
            <span part="chapter-title" class="title"
              ><span class="visually-hidden">${bookTocStrings.chapter(number)}: </span>${chapter.title}</span
            >
            ${chapter.summary
              ? html`<div class="summary-row">
                  <p part="summary" class="summary ${expanded ? '' : 'collapsed'}" id="${id}-summary" data-index=${index}>
                    ${chapter.summary}
                  </p>
                  ${this.overflowing.has(index)
                    ? html`<button
                        part="toggle"
                        class="toggle"
                        type="button"
                        aria-expanded=${expanded ? 'true' : 'false'}
                        aria-controls="${id}-summary"
                        @click=${() => this.toggle(index)}
                      >
                        ${expanded ? bookTocStrings.less : bookTocStrings.more}<span class="visually-hidden">
                          (${chapter.title})</span
                        >
                      </button>`
                    : nothing}
                </div>`
              : nothing}
          </li>`;
        })}
      </ol>`;
  }

  protected override renderSkeleton() {
    return html`<div aria-hidden="true">
      <span class="skeleton skeleton-line short"></span>
      ${[0, 1, 2, 3].map(() => html`<span class="skeleton skeleton-line"></span><span class="skeleton skeleton-line short"></span>`)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'book-toc': BookToc;
  }
}
