/**
 * The reader's language: every built-in pack renders every element with no English left, plural
 * forms by the language's own rules, `lang` switched live and nested, an unknown language in English
 * with no error, right-to-left laid out mirrored, a site's own strings, and no English first.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/all.js';
import {registerTranslation, type Plural} from '../src/i18n/translate.js';
import {linkLabel} from '../src/links/book-links.js';
import type {Translation} from '../src/i18n/translation.js';
import {openPage, widgetTags} from './test-book.js';
import {pack as ar} from '../src/i18n/packs/ar.js';
import {pack as de} from '../src/i18n/packs/de.js';
import {pack as es} from '../src/i18n/packs/es.js';
import {pack as fr} from '../src/i18n/packs/fr.js';
import {pack as he} from '../src/i18n/packs/he.js';
import {pack as hi} from '../src/i18n/packs/hi.js';
import {pack as it_} from '../src/i18n/packs/it.js';
import {pack as ja} from '../src/i18n/packs/ja.js';
import {pack as ko} from '../src/i18n/packs/ko.js';
import {pack as nl} from '../src/i18n/packs/nl.js';
import {pack as pl} from '../src/i18n/packs/pl.js';
import {pack as ptBR} from '../src/i18n/packs/pt.js';
import {pack as sv} from '../src/i18n/packs/sv.js';
import {pack as tr} from '../src/i18n/packs/tr.js';
import {pack as zhHans} from '../src/i18n/packs/zh-Hans.js';

const packs: {[lang: string]: Translation} = {
  ar,
  de,
  es,
  fr,
  he,
  hi,
  it: it_,
  ja,
  ko,
  nl,
  pl,
  'pt-BR': ptBR,
  sv,
  tr,
  'zh-Hans': zhHans,
};

/**
 * A book whose own text is all tokens (⟦…⟧) and numbers, with something for every string an
 * element can show: what is left once they are taken out is the elements' own words.
 */
const book = {
  title: '⟦title⟧',
  subtitle: '⟦subtitle⟧',
  authors: [
    {name: '⟦ann⟧', bio: '⟦bio⟧', photo: {src: '/demo/data/photos/wren-alder.svg'}},
    {name: '⟦bo⟧', bio: '⟦bio⟧'},
  ],
  cover: {src: '/demo/data/covers/designing-machine-learning-systems.svg'},
  pages: 386,
  published: '2022-05-17',
  categories: ['⟦category⟧'],
  badges: ['⟦badge⟧'],
  tagline: '⟦tagline⟧',
  description: '⟦description⟧',
  about: ['⟦about⟧'],
  highlights: ['⟦topic⟧'],
  outcomes: ['⟦outcome⟧'],
  audience: ['⟦reader⟧'],
  toc: Array.from({length: 200}, (_, i) => ({title: `⟦chapter⟧`, summary: '⟦summary⟧'.repeat(i ? 1 : 60)})),
  faq: [{question: '⟦question⟧', answer: '⟦answer⟧'}],
  praise: [{quote: '⟦quote⟧', by: '⟦critic⟧'}],
  series: {name: '⟦series⟧', position: 2, books: [{title: '⟦one⟧'}, {title: '⟦title⟧'}]},
  related: [{title: '⟦related⟧', authors: ['⟦cy⟧']}],
  links: [
    {href: 'https://www.amazon.com/dp/1098107969', retailer: 'amazon'},
    {href: 'https://bookshop.org/a/1/9781098107963', retailer: 'bookshop'},
    {href: 'https://example.com/publisher', retailer: 'publisher'},
    {href: 'https://example.com/preview', kind: 'preview'},
    {href: 'https://example.com/info', kind: 'info'},
  ],
  editions: [
    {format: 'hardcover', pages: 386, isbn13: '9781098107963', price: {amount: 20, currency: 'USD'}},
    {format: 'paperback', status: 'out-of-print'},
    {format: 'ebook', published: '2099-03-12'},
    {format: 'audiobook', duration: 'PT9H40M'},
  ],
  sample: {text: '⟦excerpt⟧'},
};

/** Brand names and what Intl writes (region names, prices), which are not our strings. */
const notOurs = /⟦[^⟧]*⟧|Amazon|Bookshop\.org|ISBN|[\d\s.,:;·()$€£¥%'"’“”«»„‘!?…/|-]+/g;

/** The texts an element shows or announces (text, labels, alt text), the book's own taken out. */
function shownTexts(root: ShadowRoot | Element, into = new Set<string>()) {
  for (const node of root.querySelectorAll('*')) {
    if (node.shadowRoot) shownTexts(node.shadowRoot, into);
    // Not shown or announced: styles, Intl's region names, what is hidden from everyone (the bots' trap).
    if (['STYLE', 'SCRIPT', 'OPTION'].includes(node.tagName) || node.closest('[aria-hidden=true]')) continue;
    const own = [...node.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent);
    for (const name of ['aria-label', 'alt', 'title', 'placeholder']) own.push(node.getAttribute(name));
    for (const text of own) {
      const words = (text ?? '').replace(notOurs, ' ').replace(/\s+/g, ' ').trim();
      if (words) into.add(words);
    }
  }
  return into;
}

type Shown = HTMLElement & {state?: string; book?: object; updateComplete: Promise<unknown>};

/** Every element for the book in `lang`, ready, with the newsletter's errors showing. */
async function renderAll(lang: string) {
  const box = await fixture<HTMLElement>(html`<div lang=${lang} style="width: 1000px"></div>`);
  for (const tag of widgetTags()) {
    const el = document.createElement(tag) as Shown;
    el.book = book;
    el.setAttribute('disclosure', '');
    el.setAttribute('affiliate-amazon', 'site-20');
    box.append(el);
  }
  const form = document.createElement('newsletter-signup') as Shown;
  form.setAttribute('action', '/api/subscribe');
  form.setAttribute('name-field', '');
  form.setAttribute('consent', '⟦consent⟧');
  box.append(form);
  const widgets = [...box.children] as Shown[];
  const notReady = () => widgets.filter((el) => el.state !== undefined && el.state !== 'ready');
  await waitUntil(() => !notReady().length, 'not ready', {timeout: 5000}).catch(() => {
    throw new Error(`not ready: ${notReady().map((el) => `${el.localName} ${el.state}`)}`);
  });
  await Promise.all(widgets.map((el) => el.updateComplete));
  // The form's two field errors.
  form.shadowRoot!.querySelector('form')!.requestSubmit();
  await waitUntil(() => form.shadowRoot!.querySelector('[aria-invalid=true]'));
  // Elements inside elements (the recommendations' cards) settle too.
  await new Promise((r) => setTimeout(r, 50));
  return shownTexts(box);
}

/** Strings a language writes as English does, on purpose (loanwords, the same word). */
const sameAsEnglish: {[lang: string]: string[]} = {
  de: ['Format', 'optional'],
  fr: ['Format', 'pages'],
  // Dutch and Polish shops use the English words for these formats.
  nl: ['Paperback'],
  pl: ['Audiobook'],
  sv: ['Format'],
  it: ['Ebook'],
  es: [],
};

describe('a language whose pack is on its way', () => {
  it('keeps the skeleton until its words are here: no English first, and no blank box', async () => {
    // The script tag's code and its chunks (the Korean pack among them) come 400 ms late; only the
    // card is in Korean, so its pack is asked for when the card first draws.
    const {doc} = await openPage({
      srcdoc:
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>' +
        '<script type="module" src="/fake/delay/400/type/text%2Fjavascript/dist/book-widgets.js"></script></head>' +
        '<body style="width: 400px"><book-card lang="ko" loading="eager" src="/demo/data/designing-machine-learning-systems.json?ko"></book-card></body></html>',
    });
    const card = doc.querySelector('book-card') as Shown;
    const seen: string[] = [];
    await waitUntil(() => card.shadowRoot?.querySelector('.skeleton'), 'no skeleton', {timeout: 5000});
    new MutationObserver(() => seen.push(card.shadowRoot!.textContent!)).observe(card.shadowRoot!, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    expect(card.getBoundingClientRect().height, 'the skeleton keeps its place').to.be.above(100);
    const korean = (ko.card.pages as Plural).other.replace('{count}', '').trim();
    await waitUntil(() => card.shadowRoot!.querySelector('[part=meta]')?.textContent!.includes(korean), 'never Korean', {
      timeout: 5000,
    });
    expect(card.state).to.equal('ready');
    expect(
      seen.filter((text) => /pages|Buy on/.test(text)),
      'English shown on the way',
    ).to.deep.equal([]);
  });
});

describe('translations', () => {
  let english: Set<string>;
  before(async () => {
    english = await renderAll('en');
  });

  it('the English render shows the words every other language must translate', () => {
    // A broken collection would make the checks below pass for nothing.
    for (const word of ['Buy the book', 'Table of contents', 'Subscribe', 'Enter your email address', 'Show all chapters'])
      expect([...english].join(' | '), word).to.contain(word);
    expect(english.size).to.be.above(40);
  });

  for (const lang of Object.keys(packs)) {
    it(`${lang}: every element shows no English word of ours`, async () => {
      const shown = await renderAll(lang);
      const allowed = new Set(sameAsEnglish[lang] ?? []);
      const left = [...shown].filter((text) => english.has(text) && !allowed.has(text));
      expect(left, `English left in ${lang}`).to.deep.equal([]);
      expect(shown.size, 'as much shown as in English').to.be.at.least(english.size - 8);
    });

    it(`${lang}: every message has the language's plural forms and the German pack's slots`, () => {
      const english = packs.de as unknown as {[ns: string]: {[key: string]: unknown}};
      const pack = packs[lang] as unknown as {[ns: string]: {[key: string]: unknown}};
      for (const [namespace, strings] of Object.entries(english)) {
        for (const [key, germanValue] of Object.entries(strings)) {
          const value = pack[namespace][key];
          const where = `${lang} ${namespace}.${key}`;
          if (germanValue && typeof germanValue === 'object' && 'other' in germanValue) {
            // CLDR's categories, `other` always; one left out reads as `other`. (Engines' ICU may
            // lag CLDR: French "many" came with CLDR 38, so only known names are asked of them.)
            expect(Object.keys(value as Plural), where).to.include('other');
            expect(['zero', 'one', 'two', 'few', 'many', 'other'], where).to.include.members(Object.keys(value as Plural));
            if (lang === 'pl' || lang === 'ar') expect(Object.keys(value as Plural).length, where).to.be.above(1);
          }
          // Slots as the German pack has them (checked against English by the type and the renders).
          const slots = (v: unknown) =>
            JSON.stringify(v)
              .match(/\{\w+\}/g)
              ?.sort()
              .filter((s, i, a) => a.indexOf(s) === i) ?? [];
          expect(slots(value), where).to.deep.equal(slots(germanValue));
        }
      }
    });
  }

  it('pl and ar: 1, 2, 5 and 21 pages take each language’s own plural form', async () => {
    const expected = (lang: string, count: number) => {
      const forms = packs[lang].card.pages as Plural;
      const category = new Intl.PluralRules(lang).select(count) as keyof Plural;
      return (forms[category] ?? forms.other).replace('{count}', new Intl.NumberFormat(lang).format(count));
    };
    for (const lang of ['pl', 'ar']) {
      const seen: string[] = [];
      for (const count of [1, 2, 5, 21]) {
        const card = await fixture<Shown>(html`<book-card lang=${lang} .book=${{title: 'T', pages: count}}></book-card>`);
        await waitUntil(() => card.shadowRoot!.querySelector('[part=meta]'));
        const text = card.shadowRoot!.querySelector('[part=meta]')!.textContent!.trim();
        expect(text, `${lang} ${count}`).to.equal(expected(lang, count));
        seen.push(text.replace(/[\d٠-٩]+/g, '#'));
      }
      // Polish: 2 and 5 differ, 5 and 21 agree; Arabic: 1, 2, 5 (few) and 21 (many) all differ.
      if (lang === 'pl') expect([seen[1] !== seen[2], seen[2] === seen[3]]).to.deep.equal([true, true]);
      else expect(new Set(seen).size, seen.join(' / ')).to.equal(4);
    }
  });

  it('follows lang when it changes, on the element or above it, and nested lang wins', async () => {
    const box = await fixture<HTMLElement>(
      html`<div lang="en">
        <book-toc .book=${book}></book-toc>
        <div lang="ja"><book-faq .book=${book}></book-faq></div>
      </div>`,
    );
    const toc = box.querySelector<Shown>('book-toc')!;
    const faq = box.querySelector<Shown>('book-faq')!;
    const heading = (el: Element) => el.shadowRoot!.querySelector('h2')!.textContent!.trim();
    await waitUntil(() => toc.shadowRoot!.querySelector('h2') && faq.shadowRoot!.querySelector('h2'));
    expect(heading(toc)).to.equal('Table of contents');
    expect(heading(faq)).to.equal(ja.faq.heading);
    toc.lang = 'de';
    await waitUntil(() => heading(toc) === de.toc.heading, 'the element’s own lang');
    box.lang = 'fr';
    toc.removeAttribute('lang');
    await waitUntil(() => heading(toc) === fr.toc.heading, 'the ancestor’s lang');
    expect(heading(faq), 'the nearer lang still wins').to.equal(ja.faq.heading);
  });

  it('shows an unknown language, or a broken lang, in English with no error', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push(e);
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    try {
      for (const lang of ['xx', 'tlh-Latn', '%%%', 'zh-Hant-TW']) {
        const el = await fixture<Shown>(html`<book-toc lang=${lang} .book=${book}></book-toc>`);
        await waitUntil(() => el.shadowRoot!.querySelector('h2'));
        expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim(), lang).to.equal('Table of contents');
      }
    } finally {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('takes the nearest pack: pt-PT and pt to Brazilian Portuguese, zh-CN to Simplified Chinese, de-AT to German', async () => {
    for (const [lang, heading] of [
      ['pt-PT', ptBR.faq.heading],
      ['pt', ptBR.faq.heading],
      ['zh-CN', zhHans.faq.heading],
      ['de-AT', de.faq.heading],
    ]) {
      const el = await fixture<Shown>(html`<book-faq lang=${lang} .book=${book}></book-faq>`);
      await waitUntil(() => el.shadowRoot!.querySelector('h2'));
      expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim(), lang).to.equal(heading);
    }
  });

  it('a site’s own strings win over the built-in ones, and an element’s attributes over both', async () => {
    registerTranslation('de', {faq: {heading: 'Fragen und Antworten'}});
    (window as {BookWidgets?: unknown}).BookWidgets = {translations: {de: {toc: {heading: 'Kapitelübersicht'}}}};
    try {
      const box = await fixture<HTMLElement>(
        html`<div lang="de">
          <book-faq .book=${book}></book-faq><book-toc .book=${book}></book-toc>
          <book-about heading="Worum es geht" .book=${book}></book-about>
        </div>`,
      );
      const heading = (tag: string) => box.querySelector(tag)!.shadowRoot!.querySelector('h2')?.textContent!.trim();
      await waitUntil(() => heading('book-faq') && heading('book-toc') && heading('book-about'));
      expect(heading('book-faq')).to.equal('Fragen und Antworten');
      expect(heading('book-toc')).to.equal('Kapitelübersicht');
      expect(heading('book-about')).to.equal('Worum es geht');
    } finally {
      registerTranslation('de', {faq: {heading: de.faq.heading}, toc: {heading: de.toc.heading}});
      delete (window as {BookWidgets?: unknown}).BookWidgets;
    }
  });
});

describe('right to left', () => {
  for (const lang of ['ar', 'he']) {
    it(`${lang}: a card is laid out mirrored, unless a dir nearer than its language says otherwise`, async () => {
      // The page's own dir is for its own language (en); a dir nearer than the element's lang wins.
      const box = await fixture<HTMLElement>(
        html`<div lang="en" dir="ltr" style="width: 700px">
          <book-card lang=${lang} layout="horizontal" .book=${book}></book-card>
          <div lang=${lang}>
            <div dir="ltr"><book-card layout="horizontal" .book=${book}></book-card></div>
          </div>
        </div>`,
      );
      const [rtl, ltr] = [...box.querySelectorAll('book-card')] as Shown[];
      await waitUntil(() => rtl.shadowRoot!.querySelector('[part=cover]') && ltr.shadowRoot!.querySelector('[part=cover]'));
      const x = (card: Element, part: string) => card.shadowRoot!.querySelector(`[part~=${part}]`)!.getBoundingClientRect().left;
      expect(x(rtl, 'cover'), 'cover right of the title').to.be.above(x(rtl, 'title'));
      expect(x(ltr, 'cover'), 'the nearer dir="ltr" kept').to.be.below(x(ltr, 'title'));
      expect(rtl.shadowRoot!.querySelector('[part=base]')!.getAttribute('dir')).to.equal('rtl');
    });
  }

  it('a page already right to left is left to set it', async () => {
    const el = await fixture<Shown>(html`<div lang="ar" dir="rtl"><book-faq .book=${book}></book-faq></div>`);
    const faq = el.querySelector<Shown>('book-faq')!;
    await waitUntil(() => faq.shadowRoot!.querySelector('h2'));
    expect(faq.shadowRoot!.querySelector('[part=base]')!.hasAttribute('dir')).to.be.false;
    expect(getComputedStyle(faq.shadowRoot!.querySelector('h2')!).direction).to.equal('rtl');
  });
});

describe('a site’s strings and tags, as sites write them', () => {
  const heading = async (lang: string, tag = 'book-faq') => {
    const el = document.createElement(tag) as Shown & {book: object};
    el.lang = lang;
    el.book = book;
    (await fixture(html`<div></div>`)).append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('h2'), `${tag} in ${lang}`, {timeout: 4000});
    return el.shadowRoot!.querySelector('h2')!.textContent!.trim();
  };

  it('takes a regional override over the language’s pack, not instead of it; any tag spelling', async () => {
    registerTranslation('de-CH', {faq: {heading: 'Häufige Fragen (CH)'}});
    registerTranslation('pt_BR', {faq: {heading: 'Dúvidas'}});
    expect(await heading('de-CH')).to.equal('Häufige Fragen (CH)');
    expect(await heading('de-CH', 'book-toc'), 'the rest from the German pack').to.equal(de.toc.heading);
    expect(await heading('de')).to.equal(de.faq.heading);
    expect(await heading('pt-BR')).to.equal('Dúvidas');
    expect(await heading('pt_BR')).to.equal('Dúvidas');
    expect(await heading('zh-Hans-HK')).to.equal(zhHans.faq.heading);
    expect(await heading('zh-HK')).to.equal('Frequently asked questions');
  });

  it('a site’s own language, with its plural forms; a string of the wrong shape is English, not a blank', async () => {
    registerTranslation('x-pirate', {card: {pages: {other: '{count} leaves'}}});
    const card = await fixture<Shown>(html`<book-card lang="x-pirate" .book=${{title: 'T', pages: 3}}></book-card>`);
    await waitUntil(() => card.shadowRoot!.querySelector('[part=meta]'));
    expect(card.shadowRoot!.querySelector('[part=meta]')!.textContent!.trim()).to.equal('3 leaves');
    registerTranslation('x-pirate', {card: {pages: {one: 'a leaf'} as Plural, by: ['wrong'] as unknown as string}});
    const wrong = await fixture<Shown>(
      html`<book-card lang="x-pirate" .book=${{title: 'T', pages: 3, authors: ['A']}}></book-card>`,
    );
    await waitUntil(() => wrong.shadowRoot!.querySelector('[part=meta]'));
    // No `other`: that string is English again, not a blank or an error.
    expect(wrong.shadowRoot!.querySelector('[part=meta]')!.textContent!.trim()).to.equal('3 pages');
    expect(wrong.shadowRoot!.querySelector('[part=authors]')!.textContent!.trim()).to.equal('by A');
  });

  it('reads window.BookWidgets.translations once per change, even from a getter that answers anew each time', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(String(message));
    let reads = 0;
    (window as {BookWidgets?: unknown}).BookWidgets = {
      get translations() {
        reads++;
        return {it: {faq: {heading: 'Domande'}, toc: {heading: 42}}};
      },
    };
    try {
      expect(await heading('it')).to.equal('Domande');
      expect(await heading('it', 'book-toc'), 'a number left out').to.equal(it_.toc.heading);
      // The page is not busy re-reading it: a timer still runs, and the reads stopped.
      await new Promise((r) => setTimeout(r, 50));
      const settled = reads;
      await new Promise((r) => setTimeout(r, 50));
      expect(reads, 'no reading in a loop').to.equal(settled);
      expect(warnings.filter((w) => w.includes('translations')).length, 'said once').to.equal(1);
      expect(warnings.join()).to.contain('.it.toc.heading');
    } finally {
      console.warn = warn;
      delete (window as {BookWidgets?: unknown}).BookWidgets;
    }
  });

  it('the newsletter service’s failure, with no words of its own, in the reader’s language', async () => {
    const form = await fixture<Shown>(
      html`<newsletter-signup lang="de" provider="buttondown" action="/fake/status/500/signup"></newsletter-signup>`,
    );
    await waitUntil(() => !form.shadowRoot!.querySelector('.waiting'), 'German here', {timeout: 4000});
    const input = form.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!;
    input.value = 'reader@example.com';
    form.shadowRoot!.querySelector('form')!.requestSubmit();
    await waitUntil(() => form.shadowRoot!.querySelector('[role=alert]')!.textContent, 'no error', {timeout: 4000});
    expect(form.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal(de.signup.failed);
  });

  it('puts a store’s name in a label as it is, `$&` and all', () => {
    const link = {href: 'https://x.example', kind: 'buy', retailer: 'x', name: 'Barnes $& Noble'} as const;
    expect(linkLabel(link)).to.equal('Buy on Barnes $& Noble');
  });
});
