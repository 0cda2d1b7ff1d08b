/** A minimal widget for testing the shared base: it shows the book's title and its state. */
import {html} from 'lit';
import {fixture, waitUntil} from '@open-wc/testing';
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

/** Opens a page (`src`, or `srcdoc` markup) in an iframe of the given size and waits for it to load. */
export async function openPage<W extends Window = Window>(
  page: {src?: string; srcdoc?: string},
  size = 'width: 1000px; height: 800px',
): Promise<{doc: Document; win: W}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = size;
  if (page.src) frame.src = page.src;
  if (page.srcdoc) frame.srcdoc = page.srcdoc;
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  (await fixture(html`<div></div>`)).append(frame);
  await loaded;
  return {doc: frame.contentDocument!, win: frame.contentWindow as W};
}

/**
 * Heights of a widget still loading (its source never answers) and of the same widget showing the
 * demo book, side by side in a column `width` px wide, in the system font: how far the page below
 * it would move when the book arrives. Skeletons are shaped on the demo book.
 */
export async function loadingAndReadyHeights(tag: string, width: number, attributes: Record<string, string> = {}) {
  const column = await fixture<HTMLElement>(html`<div style="font: 16px system-ui, sans-serif"></div>`);
  column.style.width = `${width}px`;
  const [loading, ready] = ['/fake/hang/skeleton.json', demoBook].map((src) => {
    const element = document.createElement(tag) as BookElement;
    for (const [name, value] of Object.entries({...attributes, loading: 'eager', src})) element.setAttribute(name, value);
    column.append(element);
    return element;
  });
  await waitUntil(() => ready.state === 'ready', `<${tag}> did not load the demo book`);
  await ready.updateComplete;
  await loading.updateComplete;
  return {loading: loading.getBoundingClientRect().height, ready: ready.getBoundingClientRect().height};
}
