import {css, html, nothing, type PropertyValues, type PropertyDeclarations} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {BookElement} from '../book-element/book-element.js';
import type {Book, Chapter} from '../../format/book.js';
import {formatChapterNumber} from './chapter-number.js';

/** Built-in strings (namespace `toc`); a translation replaces these values. */
export const bookTocStrings = {
  heading: 'Table of contents',
  chapter: 'Chapter {number}',
  more: 'Show more',
  less: 'Show less',
  showAll: {one: 'Show {count} chapter', other: 'Show all {count} chapters'},
};

/** Chapters shown at first; a longer table gets a "Show all" button. */
const firstChapters = 100;
/** Chapters added per frame when showing all, so the page never freezes. */
const chapterBatch = 100;

/** `chapter-3`: the id of a chapter, for links like `page.html#chapter-3`. */
export const chapterId = (number: number) => `chapter-${number}`;

/**
 * The numbered chapters (01, 02, …) with their summaries. A summary longer than one line is
 * collapsed behind a "Show more" button. Each chapter has an id (`chapter-3`), and a page URL
 * ending in that fragment scrolls to it.
 *
 * @summary A numbered table of contents with chapter summaries.
 * @csspart heading - The section heading.
 * @csspart chapter - Each chapter.
 * @csspart number - Each chapter number.
 * @csspart chapter-title - Each chapter title.
 * @csspart summary - Each chapter summary.
 * @csspart toggle - Each "Show more" button.
 * @csspart show-all - The "Show all N chapters" button of a long table.
 * @tag book-toc
 */
export class BookToc extends BookElement {
  static override properties: PropertyDeclarations = {
    expanded: {state: true},
    overflowing: {state: true},
    targeted: {state: true},
    shown: {state: true},
  };

  static override styles = [
    ...BookElement.styles,
    css`
      ol {
        display: grid;
        margin: 0;
        padding: 0;
        list-style: none;
        border-top: 1px solid var(--_border);
      }
      /* A long table comes as lists of a batch each: those off screen skip layout and paint. */
      ol.batch {
        content-visibility: auto;
        contain-intrinsic-size: auto 450rem;
      }
      ol + ol {
        border-top: 0;
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
      /* Pre-rendered and read without JavaScript: no "Show more" to open them, so summaries are whole. */
      @media (scripting: none) {
        .collapsed {
          white-space: normal;
        }
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
      .show-all {
        justify-self: start;
      }
      li .skeleton-line {
        margin: 0.3em 0;
      }
      /* In a narrow column each chapter has its "Show more" under the summary: room for it. */
      @container (max-width: 30rem) {
        [inert] li {
          padding-bottom: 3.3em;
        }
      }
      li.targeted {
        background: color-mix(in srgb, var(--_accent) 8%, transparent);
      }
    `,
  ];

  /** Chapters whose summary is shown in full. */
  private expanded = new Set<number>();
  /** Chapters whose summary does not fit on one line (measured), so they get a button. */
  private overflowing = new Set<number>();
  private targeted?: number;
  /** How many chapters are rendered (long tables grow in batches, one per frame). */
  private shown = firstChapters;

  private resizeObserver?: ResizeObserver;

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('hashchange', this.onHashChange);
    // Measured a frame later: changing the DOM inside the observer's callback makes it loop, and
    // the browser then reports an error to the page's window.onerror.
    this.resizeObserver ??= new ResizeObserver(([entry]) => {
      // Only a new width changes what fits; a taller list (rows added) keeps the known row width.
      if (entry.contentRect.width !== this.hostWidth) this.rowWidth = undefined;
      this.hostWidth = entry.contentRect.width;
      requestAnimationFrame(() => this.measure());
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHashChange);
    this.resizeObserver?.disconnect();
  }

  /** Fragment links cannot reach into a shadow root, so the element follows them itself. */
  private onHashChange = () => {
    // Not drawn yet (a pre-rendered table waits for its outer element to be adopted first).
    if (!this.hasUpdated) return;
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return; // A malformed fragment (`#%E0%A4%A`) names no chapter; never an error in the host page.
    }
    const chapter = id && this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    if (!chapter) return;
    const index = [...this.renderRoot.querySelectorAll<HTMLElement>('li')].indexOf(chapter);
    this.changed(this.targeted, index);
    this.targeted = index;
    chapter.scrollIntoView({block: 'start'});
  };

  /**
   * Chapters render in batches that Lit skips unless something in them changed (`guard`), so a
   * 10,000-row table costs only the rows that change. A batch's version goes up when one does.
   */
  private versions: number[] = [];

  /** Rows per batch: a whole short table is one batch, a long one comes in `chapterBatch`es. */
  private batchSize(total = this.bookSource.view.book?.toc?.length ?? 0) {
    return total <= firstChapters * 1.5 ? Math.max(total, 1) : chapterBatch;
  }

  private changed(...indexes: (number | undefined)[]) {
    const size = this.batchSize();
    for (const index of indexes) {
      if (index === undefined) continue;
      const batch = Math.floor(index / size);
      this.versions[batch] = (this.versions[batch] ?? 0) + 1;
    }
  }

  private canvas?: CanvasRenderingContext2D | null;
  /** Summary widths in the current font, so growing the list measures only the new chapters. */
  private widths?: WeakMap<object, number>;
  private hostWidth?: number;
  private measuredBook?: Book;
  /** Width a summary has on its row; read from layout only when the element's width changes. */
  private rowWidth?: number;

  /**
   * Which summaries are longer than one line at the current width. Measured as text on a canvas in
   * the summaries' font, not by reading each element's layout, so 10,000 chapters cost no more than
   * a few milliseconds.
   */
  private measure() {
    if (!this.hasUpdated) return;
    const all = this.bookSource.view.book?.toc ?? [];
    const toc = all.slice(0, this.limit(all.length));
    if (this.rowWidth === undefined) {
      const first = this.renderRoot.querySelector<HTMLElement>('.summary');
      if (!first) return;
      this.canvas ??= document.createElement('canvas').getContext('2d');
      if (!this.canvas) return;
      const {font} = getComputedStyle(first);
      if (this.canvas.font !== font || !this.widths) {
        this.canvas.font = font;
        this.widths = new WeakMap();
      }
      this.rowWidth = first.parentElement!.clientWidth;
    }
    const width = this.rowWidth;
    const overflowing = new Set<number>();
    toc.forEach((chapter, index) => {
      if (!chapter.summary) return;
      let textWidth = this.widths!.get(chapter);
      if (textWidth === undefined) this.widths!.set(chapter, (textWidth = this.canvas!.measureText(chapter.summary).width));
      if (this.expanded.has(index) || textWidth > width) overflowing.add(index);
    });
    const flipped = [...overflowing].filter((i) => !this.overflowing.has(i));
    flipped.push(...[...this.overflowing].filter((i) => !overflowing.has(i)));
    if (!flipped.length) return;
    this.changed(...flipped);
    this.overflowing = overflowing;
  }

  override updated(changed: PropertyValues) {
    super.updated(changed);
    if (changed.has('state') && this.state === 'ready') this.onHashChange();
    // New rows, or another book: measure their summaries (the ResizeObserver covers new widths).
    if (changed.has('shown') || this.bookSource.view.book !== this.measuredBook) {
      this.measuredBook = this.bookSource.view.book;
      requestAnimationFrame(() => this.measure());
    }
  }

  /** How many chapters to render: all of a short table, else those shown so far. */
  private limit(total: number) {
    // A table a little longer than the first batch is shown whole: a button for a few rows is silly.
    return total <= firstChapters * 1.5 ? total : this.shown;
  }

  /** Renders the remaining chapters a batch per frame. */
  private showAll(total: number) {
    const step = () => {
      this.shown = Math.min(total, this.shown + chapterBatch);
      if (this.shown < total) requestAnimationFrame(step);
    };
    step();
  }

  private toggle(index: number) {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(index)) expanded.add(index);
    this.changed(index);
    this.expanded = expanded;
  }

  private renderChapter(chapter: Chapter, index: number, lang: string, words: typeof bookTocStrings) {
    const id = chapterId(chapter.number);
    const expanded = this.expanded.has(index);
    const number = formatChapterNumber(chapter.number, lang);
    return html`<li part="chapter" id=${id} class=${this.targeted === index ? 'targeted' : ''}>
      <span part="number" class="number" aria-hidden="true">${number}</span>
      <span part="chapter-title" class="title"
        ><span class="visually-hidden">${this.say(words.chapter, {number})}: </span>${chapter.title}</span
      >
      ${
        chapter.summary
          ? html`<div class="summary-row">
              <p part="summary" class="summary ${expanded ? '' : 'collapsed'}" id="${id}-summary">${chapter.summary}</p>
              ${
                this.overflowing.has(index)
                  ? html`<button
                      part="toggle"
                      class="toggle"
                      type="button"
                      aria-expanded=${expanded ? 'true' : 'false'}
                      aria-controls="${id}-summary"
                      @click=${() => this.toggle(index)}
                    >
                      ${expanded ? words.less : words.more}<span class="visually-hidden"> (${chapter.title})</span>
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </li>`;
  }

  protected override renderBook(book: Book) {
    if (!book.toc?.length) return nothing;
    const lang = this.locale;
    const words = this.text('toc', bookTocStrings);
    const total = book.toc.length;
    const limit = this.limit(total);
    const toc = book.toc;
    const size = this.batchSize(total);
    const lists = [];
    for (let first = 0; first < limit; first += size) {
      const last = Math.min(limit, first + size);
      const version = this.versions[first / size] ?? 0;
      lists.push(
        html`<ol start=${first + 1} class=${size < total ? 'batch' : ''}>
          ${guard([toc, lang, words, version, last], () =>
            toc.slice(first, last).map((c, i) => this.renderChapter(c, first + i, lang, words)),
          )}
        </ol>`,
      );
    }
    return html`${this.renderHeading(this.heading ?? words.heading)}${lists}
    ${
      limit < total
        ? html`<button part="show-all" class="button secondary show-all" type="button" @click=${() => this.showAll(total)}>
            ${this.say(words.showAll, {count: total})}
          </button>`
        : nothing
    }`;
  }

  protected override renderSkeleton() {
    // The rows of a typical ten-chapter book, in the real row style, so the table does not jump.
    return html`<span class="skeleton skeleton-heading" aria-hidden="true"></span>
      <ol aria-hidden="true" inert>
        ${Array.from(
          {length: 10},
          () =>
            html`<li>
              <span class="number"><span class="skeleton skeleton-line"></span></span>
              <span class="skeleton skeleton-line short"></span>
              <span class="skeleton skeleton-line"></span>
            </li>`,
        )}
      </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'book-toc': BookToc;
  }
}
