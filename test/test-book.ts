/** A minimal widget for testing the shared base: it shows the book's title and its state. */
import {html} from 'lit';
import {fixture, waitUntil} from '@open-wc/testing';
import {BookElement} from '../src/elements/book-element/book-element.js';
import {define} from '../src/define.js';
import {elements} from '../src/registry.js';
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

/** Every element's tag, from the registry: a new element is in every suite that reads this. */
export const tags = Object.keys(elements);

/** The widgets: the defined elements that show a book (a BookElement), not the provider or the form. */
export const widgetTags = () => tags.filter((tag) => customElements.get(tag)?.prototype instanceof BookElement);

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
 * demo book, side by side in a column `width` px wide, in the system font (or `font`): how far the
 * page below it would move when the book arrives. Skeletons are shaped on the demo book.
 */
export async function loadingAndReadyHeights(
  tag: string,
  width: number,
  attributes: Record<string, string> = {},
  font = '16px system-ui, sans-serif',
) {
  const column = await fixture<HTMLElement>(html`<div></div>`);
  column.style.font = font;
  column.style.width = `${width}px`;
  const [loading, ready] = ['/fake/hang/skeleton.json', demoBook].map((src) => {
    const element = document.createElement(tag) as BookElement;
    for (const [name, value] of Object.entries({...attributes, loading: 'eager', src})) element.setAttribute(name, value);
    column.append(element);
    return element;
  });
  await waitUntil(() => ready.state === 'ready', `<${tag}> did not load the demo book`, {timeout: 5000});
  await ready.updateComplete;
  await loading.updateComplete;
  // Sections inside a page, and the table's one-line summaries (measured a frame after rendering),
  // settle over a few frames: measure once both heights held still for two frames.
  const heights = () => `${loading.getBoundingClientRect().height} ${ready.getBoundingClientRect().height}`;
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  for (let last = '', still = 0, frames = 0; still < 2 && frames < 60; frames++) {
    await frame();
    const now = heights();
    still = now === last ? still + 1 : 0;
    last = now;
  }
  return {loading: loading.getBoundingClientRect().height, ready: ready.getBoundingClientRect().height, element: ready};
}

/**
 * The next `type` event from anywhere in the document (ours bubble and are composed). Ask before
 * making the element: one whose book is already on its way may announce it within its first update.
 */
export const nextEvent = <T = unknown>(type: string) =>
  new Promise<CustomEvent<T>>((resolve) => document.addEventListener(type, resolve as EventListener, {once: true}));
