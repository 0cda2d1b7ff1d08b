/**
 * What every book widget promises, checked for each of them: accessible in its loading, ready and
 * error states; the page's fallback shown on error; theming through a custom property and a part;
 * no request for a `.book` property; and its entry in custom-elements.json.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {unsafeStatic, html as staticHtml} from 'lit/static-html.js';
import '../src/all.js';
import * as api from '../src/index.js';
import {demoBook, tags, widgetTags} from './test-book.js';

const widgets = widgetTags();
type Widget = HTMLElement & {state: string; src?: string; book?: object; updateComplete: Promise<unknown>};

const make = (tag: string, attributes: string) =>
  fixture<Widget>(
    staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attributes)}><a href="/fallback">Fallback link</a></${unsafeStatic(tag)}>`,
  );

for (const tag of widgets) {
  describe(`<${tag}>`, () => {
    it('is accessible while loading, when ready and on error', async () => {
      // Its own URL, so no earlier test's load is reused; recommendations read a list file.
      const file = tag === 'book-recommendations' ? '/demo/data/production-ml-shelf.json' : demoBook;
      const loading = await make(tag, `loading="eager" src="/fake/delay/400${file}?for=${tag}"`);
      expect(loading.state).to.equal('loading');
      expect(loading.shadowRoot!.querySelector('[aria-busy=true]')).to.exist;
      await expect(loading).to.be.accessible();
      await waitUntil(() => loading.state === 'ready', 'never ready', {timeout: 4000});
      await expect(loading).to.be.accessible();

      const failed = await make(tag, 'loading="eager" src="/fake/status/404/missing.json"');
      await waitUntil(() => failed.state === 'error', 'never failed');
      const slot = failed.shadowRoot!.querySelector('slot:not([name])') as HTMLSlotElement;
      expect(slot.assignedElements()[0].textContent, 'fallback content shown').to.equal('Fallback link');
      expect(failed.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('missing.json answered 404');
      await expect(failed).to.be.accessible();
    });

    it('takes a custom property and a part from the page', async () => {
      const box = await fixture(
        html`<div>
          <style>
            .themed {
              --book-color-accent: rgb(200, 0, 100);
            }
            .themed::part(base) {
              outline: 3px solid rgb(0, 128, 0);
            }
          </style>
        </div>`,
      );
      const el = document.createElement(tag) as Widget;
      el.className = 'themed';
      el.src = '/fake/status/500/x.json';
      el.setAttribute('loading', 'eager');
      box.append(el);
      await waitUntil(() => el.state === 'error');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part=base]')!).outlineColor).to.equal('rgb(0, 128, 0)');
      expect(getComputedStyle(el.shadowRoot!.querySelector('button')!).borderColor).to.equal('rgb(200, 0, 100)');
    });

    it('makes no request for a .book property', async () => {
      await new Promise((r) => setTimeout(r, 100));
      const since = performance.now();
      const el = document.createElement(tag) as Widget;
      el.book = {title: 'Property book', toc: [{title: 'One'}], faq: [{question: 'q?', answer: 'a'}], description: 'd'};
      (await fixture(html`<div></div>`)).append(el);
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      await new Promise((r) => setTimeout(r, 50));
      // Fetches only: an earlier test's lazy cover image may start loading meanwhile, and this book has none.
      const requests = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.startTime >= since && e.initiatorType === 'fetch')
        .map((e) => e.name);
      expect(requests).to.deep.equal([]);
    });
  });
}

describe('the registry (src/registry.ts)', () => {
  it("names every element: each defined, its class exported by the package's main entry", () => {
    expect(widgets).to.include.members(['book-card', 'book-page']);
    const exported = Object.values(api);
    for (const tag of tags) {
      const element = customElements.get(tag);
      expect(element, `<${tag}> defined by all.js`).to.exist;
      expect(exported, `<${tag}>'s class exported from index.ts`).to.include(element);
    }
  });
});

describe('custom-elements.json', () => {
  it('is what README documents: every attribute, event, part and custom property', async () => {
    const readme = await (await fetch('/README.md')).text();
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const missing: string[] = [];
    for (const d of manifest.modules.flatMap((m: {declarations?: object[]}) => m.declarations ?? []) as Record<
      string,
      {name: string}[] | string
    >[]) {
      if (!d.tagName) continue;
      for (const kind of ['attributes', 'events', 'cssParts', 'cssProperties']) {
        for (const {name} of (d[kind] as {name: string}[] | undefined) ?? []) {
          if (!readme.includes(`\`${name}\``)) missing.push(`${d.tagName} ${kind} ${name}`);
        }
      }
    }
    expect(missing, 'not in README.md').to.deep.equal([]);
  });

  it('gives every event its detail type', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const untyped: string[] = [];
    for (const d of manifest.modules.flatMap((m: {declarations?: object[]}) => m.declarations ?? []) as {
      tagName?: string;
      events?: {name: string; type?: {text: string}}[];
    }[]) {
      for (const event of d.tagName ? (d.events ?? []) : []) {
        if (!/^CustomEvent<\w+>$/.test(event.type?.text ?? '')) untyped.push(`${d.tagName} ${event.name}`);
      }
    }
    expect(untyped).to.deep.equal([]);
  });

  it('lists every element with its attributes, events, parts and slots', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const declarations = manifest.modules.flatMap((m: {declarations?: object[]}) => m.declarations ?? []) as {
      tagName?: string;
      attributes?: {name: string}[];
      events?: {name: string}[];
      cssParts?: {name: string}[];
      slots?: {name: string}[];
    }[];
    const byTag = new Map(declarations.filter((d) => d.tagName).map((d) => [d.tagName!, d]));
    for (const tag of tags) expect(byTag.has(tag), tag).to.be.true;
    const card = byTag.get('book-card')!;
    expect(card.attributes!.map((a) => a.name)).to.include.members(['src', 'loading', 'theme', 'layout', 'heading-level']);
    expect(card.events!.map((e) => e.name)).to.include.members(['book-load', 'book-error', 'book-link-click']);
    expect(card.cssParts!.map((p) => p.name)).to.include.members(['cover', 'title', 'link']);
    expect(byTag.get('book-page')!.slots!.map((s) => s.name)).to.include('newsletter');
    expect(byTag.get('newsletter-signup')!.events!.map((e) => e.name)).to.include.members([
      'newsletter-submit',
      'newsletter-success',
      'newsletter-error',
    ]);
  });
});
