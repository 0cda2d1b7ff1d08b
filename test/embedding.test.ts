/**
 * The bundle on pages nobody here controls: loaded async, deferred, late, by another script, twice;
 * elements created before and after it, moved and removed mid-load; a strict CSP with Trusted Types.
 * Each page is a real page in an iframe, with the built dist/book-widgets.js.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {demoBook, hits, openPage, uniqueKey} from './test-book.js';

type Frame = Window & {errors: string[]; violations?: string[]};

/** A page in an iframe that records its errors from the very start. */
const page = (body: string) =>
  openPage<Frame>({
    srcdoc: `<!doctype html><html lang="en"><head><script>
      window.errors = [];
      addEventListener('error', (e) => errors.push(String(e.message)));
      addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
    </script></head><body>${body}</body></html>`,
  });

const states = (doc: Document) =>
  [...doc.querySelectorAll<HTMLElement>('book-card, book-faq, book-page')].map((el) => el.getAttribute('state'));
const allReady = (doc: Document) =>
  waitUntil(() => states(doc).length && states(doc).every((s) => s === 'ready'), 'widgets not ready', {timeout: 5000});
const bundle = '/dist/book-widgets.js';
const card = `<book-card loading="eager" src="${demoBook}"></book-card>`;

describe('embedding the bundle', () => {
  for (const [name, tag] of [
    ['async', `<script type="module" async src="${bundle}"></script>`],
    ['defer', `<script type="module" defer src="${bundle}"></script>`],
    ['before the elements, in the head of the body', `<script type="module" src="${bundle}"></script>`],
  ]) {
    it(`works loaded ${name}`, async () => {
      const {doc, win} = await page(`${tag}${card}<book-faq loading="eager" src="${demoBook}"></book-faq>`);
      await allReady(doc);
      expect(win.errors).to.deep.equal([]);
    });
  }

  it('works loaded late, by another script, after the elements are in the page', async () => {
    const {doc, win} = await page(card);
    await new Promise((r) => setTimeout(r, 200));
    expect(states(doc)).to.deep.equal([null]);
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = bundle;
    doc.head.append(script);
    await allReady(doc);
    expect(win.errors).to.deep.equal([]);
  });

  it('works loaded twice, and with a second copy of the library', async () => {
    const {doc, win} = await page(
      `<script type="module" src="${bundle}"></script><script type="module" src="${bundle}"></script>` +
        `<script type="module" src="${bundle}?copy=2"></script>${card}`,
    );
    await allReady(doc);
    expect(win.errors).to.deep.equal([]);
  });

  it('takes elements created before and after it is defined', async () => {
    const {doc, win} = await page('');
    const early = doc.createElement('book-card');
    early.setAttribute('src', demoBook);
    early.setAttribute('loading', 'eager');
    doc.body.append(early);
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = bundle;
    doc.head.append(script);
    await waitUntil(() => win.customElements.get('book-card'));
    const late = doc.createElement('book-card');
    (late as HTMLElement & {book: object}).book = {title: 'Created later'};
    doc.body.append(late);
    await allReady(doc);
    expect(win.errors).to.deep.equal([]);
  });

  it('survives elements moved and removed while their book loads, leaving no request hanging', async () => {
    const key = uniqueKey();
    const slow = `/fake/count/${key}/delay/300${demoBook}`;
    const {doc, win} = await page(
      `<script type="module" src="${bundle}"></script><div id="a"></div><div id="b"></div>` +
        `<book-card id="moved" loading="eager" src="${slow}"></book-card><book-card id="removed" loading="eager" src="/fake/delay/300/x${demoBook}"></book-card>`,
    );
    await waitUntil(() => win.customElements.get('book-card'));
    await waitUntil(async () => (await hits(key)) === 1);
    doc.querySelector('#b')!.append(doc.querySelector('#moved')!);
    doc.querySelector('#removed')!.remove();
    await waitUntil(() => doc.querySelector('#moved')!.getAttribute('state') === 'ready', 'moved card never ready');
    await new Promise((r) => setTimeout(r, 400));
    expect(win.errors).to.deep.equal([]);
    expect(await hits(key, 'designing-machine-learning-systems.json')).to.equal(1);
  });

  it('makes one request for 100 cards on one src', async () => {
    const key = uniqueKey();
    const src = `/fake/count/${key}/delay/50${demoBook}`;
    const {doc, win} = await page(
      `<script type="module" src="${bundle}"></script>${`<book-card layout="compact" loading="eager" src="${src}"></book-card>`.repeat(100)}`,
    );
    await allReady(doc);
    expect(states(doc)).to.have.length(100);
    expect(await hits(key, 'designing-machine-learning-systems.json')).to.equal(1);
    expect(win.errors).to.deep.equal([]);
  });
});

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('shows every widget, writes its JSON-LD, and violates nothing', async () => {
    const {doc, win} = await openPage<Frame>({src: '/test/pages/strict.html'});
    await waitUntil(
      () => ['book-page', 'book-faq'].every((t) => doc.querySelector(t)?.getAttribute('state') === 'ready'),
      'not ready',
      {timeout: 5000},
    );
    await waitUntil(() => doc.querySelector('book-card')?.getAttribute('state') === 'error');
    const page = doc.querySelector('book-page')!;
    const recs = page.shadowRoot!.querySelector('book-recommendations')!;
    recs.scrollIntoView();
    await waitUntil(
      () => [...recs.shadowRoot!.querySelectorAll('book-card')].every((c) => c.getAttribute('state') === 'ready'),
      'related cards',
      {timeout: 5000},
    );
    const jsonLd = [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
      (s) => JSON.parse(s.textContent!)['@type'],
    );
    expect(jsonLd.sort()).to.deep.equal(['Book', 'FAQPage']);
    // The styles really applied (adopted style sheets), not blocked.
    const title = page.shadowRoot!.querySelector('book-card')!.shadowRoot!.querySelector('[part=title]')!;
    expect(getComputedStyle(title).fontWeight).to.equal('700');
    expect(win.violations).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });
});
