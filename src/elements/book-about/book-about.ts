import {css, html, nothing, type PropertyDeclarations} from 'lit';
import {BookElement} from '../book-element/book-element.js';
import type {Book} from '../../format/book.js';
import {filler, skeletonText} from '../../templates/skeleton-text.js';

/** Built-in strings (namespace `about`); a translation replaces these values. */
export const bookAboutStrings = {
  about: 'About this book',
  highlights: 'Key topics',
  outcomes: 'What you’ll learn',
  audience: 'Who is this book for?',
};

type Section = 'description' | 'about' | 'highlights' | 'outcomes' | 'audience';

/** The lengths of the demo book's texts: the typical book a skeleton stands for. */
const typicalBook = {
  description: filler(360),
  about: [282, 300, 186].map(filler),
  highlights: [41, 34, 31, 38, 27, 34, 44, 39].map(filler),
  outcomes: [98, 75, 99, 94, 82, 70, 86].map(filler),
  audience: [57, 47, 62, 46, 67].map(filler),
} as Book;
const allSections: Section[] = ['description', 'about', 'highlights', 'outcomes', 'audience'];

/**
 * The book's prose and lists: description, "About this book", key topics, "What you'll learn" and
 * "Who is this book for?". Sections without data are left out.
 *
 * @summary What the book is about, what readers learn and who it is for.
 * @csspart heading - Each section heading.
 * @csspart description - The description paragraph.
 * @csspart topic - Each key topic.
 * @csspart item - Each item of "What you'll learn" and "Who is this book for?".
 * @tag book-about
 */
export class BookAbout extends BookElement {
  static override properties: PropertyDeclarations = {
    sections: {},
  };

  static override styles = [
    ...BookElement.styles,
    css`
      .base {
        gap: calc(var(--_space) * 1.75);
      }
      section {
        display: grid;
        gap: 0.75rem;
      }
      .description {
        max-width: 70ch;
        font-size: 1.15em;
        line-height: 1.6;
      }
      .prose {
        display: grid;
        gap: 0.9em;
        max-width: 72ch;
        line-height: 1.65;
      }
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .topics {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .topics li {
        padding: 0.35em 0.85em;
        border: 1px solid var(--_border);
        border-radius: 999px;
        background: var(--_surface);
        font-size: 0.9em;
      }
      .items {
        display: grid;
        gap: 0.6rem;
      }
      @container (min-width: 40rem) {
        .items {
          grid-template-columns: 1fr 1fr;
          column-gap: calc(var(--_space) * 1.5);
        }
      }
      .items li {
        position: relative;
        padding-inline-start: 1.9em;
      }
      .items li::before {
        content: '';
        position: absolute;
        inset-inline-start: 0;
        top: 0.2em;
        width: 1.15em;
        height: 1.15em;
        border-radius: 50%;
        background: var(--_accent);
      }
      .items li::after {
        content: '';
        position: absolute;
        inset-inline-start: 0.42em;
        top: 0.38em;
        width: 0.28em;
        height: 0.55em;
        border: solid var(--_on-accent);
        border-width: 0 0.14em 0.14em 0;
        transform: rotate(45deg);
      }
      .audience li::before {
        background: color-mix(in srgb, var(--_accent) 18%, transparent);
      }
      .audience li::after {
        border-color: var(--_accent-text);
      }
    `,
  ];

  /** Which sections to show, in what order: any of `description about highlights outcomes audience`. */
  sections = allSections.join(' ');

  private renderList(items: string[] | undefined, title: string, kind: string) {
    if (!items?.length) return nothing;
    return html`<section class=${kind}>
      ${this.renderHeading(title)}
      <ul class=${kind === 'highlights' ? 'topics' : 'items'}>
        ${items.map((item) => html`<li part=${kind === 'highlights' ? 'topic' : 'item'}>${item}</li>`)}
      </ul>
    </section>`;
  }

  private renderSection(book: Book, section: Section) {
    switch (section) {
      case 'description':
        return book.description ? html`<p part="description" class="description">${book.description}</p>` : nothing;
      case 'about':
        return book.about?.length
          ? html`<section>
              ${this.renderHeading(this.heading ?? this.text('about', bookAboutStrings).about)}
              <div class="prose">${book.about.map((p) => html`<p>${p}</p>`)}</div>
            </section>`
          : nothing;
      default:
        return this.renderList(book[section], this.text('about', bookAboutStrings)[section], section);
    }
  }

  protected override renderBook(book: Book) {
    const chosen = this.sections.split(/[\s,]+/).filter((s): s is Section => allSections.includes(s as Section));
    return [...new Set(chosen)].map((section) => this.renderSection(book, section));
  }

  // The real sections, filled with text as long as the demo book's and drawn as bars: the skeleton
  // wraps like the book will, in the page's font, at any width, and shows only the chosen sections.
  protected override renderSkeleton() {
    return skeletonText(this.renderBook(typicalBook));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'book-about': BookAbout;
  }
}
