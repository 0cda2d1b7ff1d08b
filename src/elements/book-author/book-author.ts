import {css, html, nothing} from 'lit';
import {BookElement} from '../book-element/book-element.js';
import type {Author, Book} from '../../format/book.js';
import {safeUrl} from '../../format/schema.js';
import {filler, skeletonText} from '../../templates/skeleton-text.js';

/** Built-in strings (namespace `author`); a translation replaces these values. */
export const bookAuthorStrings = {
  heading: {one: 'About the author', other: 'About the authors'},
  photoOf: 'Photo of {name}',
};

/** The authors this section is about: those the file says more of than a name (format 2). */
export const authorsWithBios = (book: Book) => (book.authors ?? []).filter((a) => a.bio || a.photo);

/** A bio of the usual length, and a photo: what the skeleton stands for. */
const typicalBook = {
  title: '',
  authors: [
    {
      name: filler(12),
      bio: filler(420),
      photo: {src: 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=='},
    },
  ],
} as Book;

/**
 * The book's authors, for each one the file gives a bio or a photo of (format 2): photo, name
 * (linked to their page where the file says), bio and their links. Renders nothing for a book whose
 * authors are names only.
 *
 * @summary Who wrote the book.
 * @csspart heading - The section heading.
 * @csspart author - Each author.
 * @csspart photo - An author's photo.
 * @csspart name - An author's name.
 * @csspart bio - An author's bio.
 * @csspart link - Each of an author's links.
 * @tag book-author
 */
export class BookAuthor extends BookElement {
  static override styles = [
    ...BookElement.styles,
    css`
      ul {
        display: grid;
        gap: calc(var(--_space) * 1.5);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        gap: var(--_space);
        align-items: start;
      }
      .photo {
        width: 6rem;
        aspect-ratio: 1;
        border-radius: 50%;
        object-fit: cover;
        background: var(--_skeleton);
      }
      .text {
        display: grid;
        gap: 0.5rem;
        grid-column: -2;
      }
      [part='name'] {
        font-size: 1.15em;
      }
      [part='name'] a {
        color: inherit;
      }
      .bio {
        margin: 0;
        max-width: 68ch;
        line-height: 1.6;
        white-space: pre-line;
      }
      .links {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .links a {
        color: var(--_accent-text);
      }
      /* A narrow column puts the photo above the words. */
      @container (max-width: 26rem) {
        li {
          grid-template-columns: minmax(0, 1fr);
        }
      }
    `,
  ];

  private renderAuthor(author: Author) {
    const photo = author.photo && safeUrl(author.photo.src);
    const page = safeUrl(author.url);
    const links = (author.links ?? []).filter((link) => safeUrl(link.href));
    return html`<li part="author">
      ${
        photo
          ? html`<img
              part="photo"
              class="photo"
              src=${photo}
              alt=${author.photo!.alt ?? this.say(this.text('author', bookAuthorStrings).photoOf, {name: author.name})}
              width="96"
              height="96"
              loading="lazy"
              decoding="async"
            />`
          : nothing
      }
      <div class="text">
        ${this.renderHeading(page ? html`<a href=${page} target=${this.target || nothing}>${author.name}</a>` : author.name, 1, 'name')}
        ${author.bio ? html`<p part="bio" class="bio">${author.bio}</p>` : nothing}
        ${
          links.length
            ? html`<ul class="links">
                ${links.map(
                  (link) =>
                    html`<li>
                      <a part="link" href=${link.href!} rel="noopener" target=${this.target || nothing}
                        >${link.label ?? new URL(link.href!).hostname.replace(/^www\./, '')}</a
                      >
                    </li>`,
                )}
              </ul>`
            : nothing
        }
      </div>
    </li>`;
  }

  protected override renderBook(book: Book) {
    const authors = authorsWithBios(book);
    if (!authors.length) return nothing;
    return html`${this.renderHeading(this.heading ?? this.say(this.text('author', bookAuthorStrings).heading, {count: authors.length}))}
      <ul>
        ${authors.map((author) => this.renderAuthor(author))}
      </ul>`;
  }

  // One author with a bio of the usual length, drawn as bars, so that the page under it does not move.
  protected override renderSkeleton() {
    return skeletonText(this.renderBook(typicalBook));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'book-author': BookAuthor;
  }
}
