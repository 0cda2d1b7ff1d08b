/**
 * Hostile data through every element: no exception or rejection reaches the page, no injected script
 * runs, no dangerous URL lands in an href or src, and each element shows either the book or the error
 * state naming the bad field. Very large valid books render without long freezes.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {unsafeStatic, html as staticHtml} from 'lit/static-html.js';
import '../src/all.js';
import {brokenFiles, canary, hostileCases, largeBooks} from './hostile-data.js';

type Widget = HTMLElement & {state: string; book?: unknown; updateComplete: Promise<unknown>};
const widgets = ['book-card', 'book-about', 'book-toc', 'book-faq', 'book-recommendations', 'book-page'];

/** Every element under `root`, inside shadow roots too. */
const deepElements = (root: ParentNode): Element[] =>
  [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deepElements(el.shadowRoot) : [])]);

const dangerous = /^\s*(javascript|vbscript|data:text)/i;

/** Collects what reaches the page: errors and unhandled rejections. */
function watchPage() {
  const problems: string[] = [];
  const onError = (e: ErrorEvent) => problems.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => problems.push(`rejection: ${e.reason}`);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return {problems, stop: () => (removeEventListener('error', onError), removeEventListener('unhandledrejection', onRejection))};
}

async function checkRendered(el: Widget, path: string | undefined, label: string) {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  for (const node of deepElements(el)) {
    for (const attr of ['href', 'src', 'action', 'formaction']) {
      const value = node.getAttribute(attr);
      if (value && dangerous.test(value)) throw new Error(`${label}: ${node.localName}[${attr}] = ${value}`);
    }
  }
  expect((window as unknown as Record<string, unknown>)[canary], `${label}: injected script ran`).to.equal(undefined);
  if (path === undefined) {
    expect(el.state, `${label}: should render`).to.equal('ready');
  } else {
    expect(el.state, `${label}: should be an error`).to.equal('error');
    const message = el.shadowRoot!.querySelector('[part=error]')!.textContent!;
    if (path) expect(message, label).to.contain(`${path}:`);
  }
}

describe('hostile data', () => {
  for (const tag of widgets) {
    it(`<${tag}> shows the book or names the bad field, and runs nothing`, async function () {
      this.timeout(20_000);
      const page = watchPage();
      try {
        for (const {name, data, path} of hostileCases()) {
          const el = await fixture<Widget>(staticHtml`<${unsafeStatic(tag)} .book=${data}></${unsafeStatic(tag)}>`);
          await checkRendered(el, path, `${tag} with ${name}`);
        }
      } finally {
        page.stop();
      }
      expect(page.problems).to.deep.equal([]);
    });
  }

  for (const [name, body, message] of brokenFiles) {
    it(`a file that is ${name} ends in a clear error`, async () => {
      const page = watchPage();
      const el = await fixture<Widget>(html`<book-card loading="eager" src="/fake/book.json?body=${encodeURIComponent(body)}"></book-card>`);
      await waitUntil(() => el.state !== 'loading');
      page.stop();
      expect(el.state).to.equal('error');
      expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain(message);
      expect(page.problems).to.deep.equal([]);
    });
  }
});

describe('very large valid books', () => {
  // How long the page freezes is for the benchmark to measure; here we check the mechanism that
  // keeps it short: a first batch, then batches a frame apart, and rows off screen skipped by layout.
  it('10,000 chapters render a first batch, then the rest in batches a frame apart', async function () {
    this.timeout(20_000);
    const el = await fixture<Widget>(html`<book-toc .book=${largeBooks.chapters()}></book-toc>`);
    await el.updateComplete;
    const rows = () => el.shadowRoot!.querySelectorAll('li[part=chapter]').length;
    expect(el.state).to.equal('ready');
    expect(rows()).to.equal(100);
    expect(getComputedStyle(el.shadowRoot!.querySelector('ol')!).contentVisibility).to.equal('auto');
    const showAll = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=show-all]')!;
    expect(showAll.textContent!.trim()).to.equal('Show all 10,000 chapters');
    showAll.click();
    await el.updateComplete;
    expect(rows(), 'one batch added at once, not all').to.equal(200);
    await waitUntil(() => rows() === 10_000, 'not all chapters', {timeout: 15_000});
    expect(el.shadowRoot!.querySelector('button[part=show-all]')).to.equal(null);
    const titles = el.shadowRoot!.querySelectorAll('[part=chapter-title]');
    expect(titles[titles.length - 1].textContent).to.contain('Chapter 10000');
    expect(el.shadowRoot!.querySelectorAll('ol')[1].getAttribute('start'), 'batches number on').to.equal('101');
  });

  it('a table a little over the first batch is shown whole', async () => {
    const toc = Array.from({length: 140}, (_, i) => ({title: `C${i}`}));
    const el = await fixture<Widget>(html`<book-toc .book=${{title: 'T', toc}}></book-toc>`);
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(140);
    expect(el.shadowRoot!.querySelector('button[part=show-all]')).to.equal(null);
  });

  for (const [name, make, tag] of [
    ['a 1 MB description', largeBooks.description, 'book-about'],
    ['2,000 questions', largeBooks.faq, 'book-faq'],
    ['5,000 authors', largeBooks.authors, 'book-card'],
  ] as const) {
    it(`${name} renders`, async () => {
      const el = await fixture<Widget>(staticHtml`<${unsafeStatic(tag)} .book=${make()}></${unsafeStatic(tag)}>`);
      await el.updateComplete;
      expect(el.state).to.equal('ready');
    });
  }
});
