/** A minimal widget for testing the shared base: it shows the book's title and its state. */
import {html} from 'lit';
import {BookElement} from '../src/elements/book-element/book-element.js';
import {define} from '../src/define.js';
import type {Book} from '../src/format/book.js';

export class TestBook extends BookElement {
  protected override renderBook(book: Book) {
    return html`<h2 part="title">${book.title}</h2>`;
  }
}
define('test-book', TestBook);

declare global {
  interface HTMLElementTagNameMap {
    'test-book': TestBook;
  }
}

/** How many requests the fake server has counted under `key` (of the file named `file`, if given). */
export const hits = async (key: string, file?: string) =>
  ((await (await fetch(`/fake/hits/${key}${file ? `:${file}` : ''}`)).json()) as {hits: number}).hits;

/** A key no other test uses, so counts and caches never mix between tests. */
export const uniqueKey = () => Math.random().toString(36).slice(2);

export const demoBook = '/demo/data/designing-machine-learning-systems.json';
