/**
 * `window.BookWidgets` as an attacker or an unlucky page leaves it: clobbered by injected markup (a
 * named iframe with anchors), a cross-origin frame, a throwing getter, a Proxy, values of the wrong
 * type. The config is read only when it is a plain object, each value once and only as a string;
 * anything else gives a console warning and the widgets render as without a config.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/all.js';
import {pageConfig} from '../src/config/page-config.js';

type Widget = HTMLElement & {state: string};
const book = {
  title: 'Configured',
  isbn13: '9781098107963',
  links: [{href: 'https://www.amazon.com/dp/1098107969', retailer: 'amazon'}],
};
const global = window as {BookWidgets?: unknown};

/** Console warnings while `body` runs. */
async function warnings(body: () => Promise<void>) {
  const seen: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    await body();
  } finally {
    console.warn = warn;
  }
  return seen;
}

/** A card rendered under the current config: its Amazon link, which must always be there. */
async function amazonLink() {
  const card = await fixture<Widget>(html`<book-card .book=${book}></book-card>`);
  await waitUntil(() => card.state === 'ready');
  const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=link]');
  expect(link, 'the card rendered its link').to.exist;
  return new URL(link!.href);
}

/** A frame named BookWidgets: `window.BookWidgets` is then that frame's window (named access). */
async function namedFrame(srcdoc: string, sandbox = false) {
  const frame = document.createElement('iframe');
  frame.name = 'BookWidgets';
  if (sandbox) frame.setAttribute('sandbox', '');
  frame.srcdoc = srcdoc;
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('window.BookWidgets', () => {
  afterEach(() => {
    delete global.BookWidgets;
    document.querySelectorAll('iframe[name=BookWidgets]').forEach((f) => f.remove());
  });

  it('a plain object is read: affiliate IDs and source URLs', async () => {
    global.BookWidgets = {affiliate: {amazon: 'site-20'}, sources: {openlibrary: '/sources/openlibrary'}};
    expect((await amazonLink()).searchParams.get('tag')).to.equal('site-20');
    expect(pageConfig().sources.openlibrary).to.equal('/sources/openlibrary');
  });

  it('a same-origin frame named BookWidgets, with anchors, is ignored with a warning', async () => {
    // Markup only, no script: what HTML injection into a comment or a bio can place on a page.
    const clobber =
      '<a id="affiliate"></a><a id="affiliate" name="amazon" href="https://evil.example/evil-20">x</a>' +
      '<a id="sources"></a><a id="sources" name="openlibrary" href="https://evil.example/lookup">x</a>';
    const seen = await warnings(async () => {
      const frame = await namedFrame(clobber);
      expect(global.BookWidgets, 'the frame took the name').to.equal(frame.contentWindow);
      // Chromium and WebKit resolve `.affiliate.amazon` to the anchor (two-level clobbering);
      // Firefox does not reach into a frame's named elements that way.
      if (!navigator.userAgent.includes('Firefox')) {
        const clobbered = (global.BookWidgets as {affiliate: {amazon: unknown}}).affiliate.amazon;
        expect(String(clobbered), 'the clobbering works').to.contain('evil-20');
      }
      expect((await amazonLink()).searchParams.get('tag')).to.equal(null);
      expect(pageConfig()).to.deep.equal({affiliate: {}, sources: {}});
    });
    expect(seen.join()).to.contain('window.BookWidgets is ignored: not a plain object');
  });

  it('a cross-origin frame named BookWidgets, a throwing getter or a Proxy never blanks a widget', async () => {
    let reads = 0;
    const configs: [string, () => Promise<unknown> | void][] = [
      ['a cross-origin frame', () => namedFrame('<p>elsewhere</p>', true)],
      [
        'a throwing getter',
        () =>
          void (global.BookWidgets = {
            get affiliate() {
              throw new Error('getter says no');
            },
          }),
      ],
      [
        'a throwing Proxy',
        () =>
          void (global.BookWidgets = new Proxy(
            {},
            {
              get() {
                throw new Error('proxy says no');
              },
            },
          )),
      ],
      // Answers differently on every read: it is read once, and a non-string is left out.
      ['a shifting Proxy', () => void (global.BookWidgets = new Proxy({}, {get: () => (++reads % 2 ? {amazon: 'a-20'} : 42)}))],
    ];
    for (const [name, install] of configs) {
      const seen = await warnings(async () => {
        await install();
        const link = await amazonLink();
        expect(link.hostname, name).to.equal('www.amazon.com');
      });
      expect(seen.length, `${name}: a warning`).to.be.at.least(name === 'a shifting Proxy' ? 0 : 1);
      delete global.BookWidgets;
      document.querySelectorAll('iframe[name=BookWidgets]').forEach((f) => f.remove());
    }
  });

  it('reads its own properties only: a polluted Object.prototype adds no source or affiliate ID', async () => {
    const proto = Object.prototype as {sources?: unknown; amazon?: unknown};
    global.BookWidgets = {affiliate: {}};
    proto.sources = {google: 'https://evil.example/lookup'};
    proto.amazon = 'evil-20';
    try {
      const {affiliate, sources} = pageConfig();
      expect([affiliate.amazon, sources.google]).to.deep.equal([undefined, undefined]);
      expect((await amazonLink()).searchParams.get('tag')).to.equal(null);
    } finally {
      delete proto.sources;
      delete proto.amazon;
    }
  });

  it('only string values are used; others are left out with a warning', async () => {
    global.BookWidgets = {affiliate: {amazon: {toString: () => 'object-20'}, bookshop: 'shop'}, sources: ['x']};
    const seen = await warnings(async () => {
      expect(pageConfig()).to.deep.equal({affiliate: {bookshop: 'shop'}, sources: {}});
      expect((await amazonLink()).searchParams.get('tag')).to.equal(null);
    });
    expect(seen.join()).to.contain('window.BookWidgets.affiliate.amazon is ignored: not a string');
    expect(seen.join()).to.contain('window.BookWidgets.sources is ignored: not a plain object');
  });
});
