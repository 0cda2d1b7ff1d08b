/** demo/builder.html: the snippet it gives reproduces the widget it shows. */
import {expect, waitUntil} from '@open-wc/testing';
import {openPage} from './test-book.js';

describe('the embed builder', () => {
  it('gives a snippet that makes exactly the widget in its preview', async () => {
    const {doc} = await openPage({src: '/demo/builder.html'}, 'width: 1200px; height: 900px');
    await waitUntil(() => doc.querySelector('#snippet')?.textContent, 'no snippet');
    const form = doc.querySelector<HTMLFormElement>('#options')!;
    const set = (name: string, value: string | boolean) => {
      const field = form.elements.namedItem(name) as HTMLInputElement;
      if (typeof value === 'boolean') field.checked = value;
      else field.value = value;
      field.dispatchEvent(new Event('change', {bubbles: true}));
    };
    set('element', 'book-card');
    set('layout', 'compact');
    set('theme', 'dark');
    set('lang', 'de');
    set('affiliate-amazon', 'reader"s-20');
    set('disclosure', true);
    set('structured-data', true);

    const snippet = doc.querySelector('#snippet')!.textContent!;
    const [script, markup] = snippet.split('\n');
    expect(script).to.equal('<script type="module" src="https://unpkg.com/book-widgets/dist/book-widgets.js"></script>');
    const demoUrl = new URL('/demo/data/designing-machine-learning-systems.json', location.href).href;
    expect(markup).to.equal(
      `<book-card src="${demoUrl}" layout="compact" theme="dark" lang="de" affiliate-amazon="reader&quot;s-20" disclosure structured-data></book-card>`,
    );

    // The same markup, parsed on its own, gives the element the preview shows.
    const parsed = new DOMParser().parseFromString(markup, 'text/html').body.firstElementChild!;
    const shown = doc.querySelector('#preview')!.firstElementChild!;
    expect(shown.localName).to.equal(parsed.localName);
    const attributes = (el: Element) =>
      [...el.attributes]
        .filter((a) => a.name !== 'state')
        .map((a) => `${a.name}=${a.value}`)
        .sort();
    expect(attributes(shown)).to.deep.equal(attributes(parsed));
    await waitUntil(() => shown.getAttribute('state') === 'ready', 'preview not ready', {timeout: 4000});
    const link = shown.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=link]')!;
    expect(link.href).to.contain('tag=reader%22s-20');
    expect(link.textContent!.trim(), 'in the language picked').to.equal('Bei Amazon kaufen');
    expect(shown.shadowRoot!.querySelector('[part=authors]')!.textContent!.trim()).to.equal('von Chip Huyen');

    set('isbn', '978-1-0981-0796-3');
    set('source', 'google');
    const byIsbn = doc.querySelector('#snippet')!.textContent!.split('\n')[1];
    expect(byIsbn).to.match(/^<book-card isbn="978-1-0981-0796-3" source="google" layout="compact"/);
    const isbnCard = doc.querySelector('#preview')!.firstElementChild!;
    await waitUntil(() => isbnCard.getAttribute('state') === 'ready', 'ISBN preview not ready', {timeout: 4000});
    set('isbn', '');
    set('demo', 'data/designing-machine-learning-systems.json');

    set('element', 'book-page');
    await waitUntil(() => doc.querySelector('#preview')!.firstElementChild!.localName === 'book-page');
    expect(doc.querySelector('#snippet')!.textContent).not.to.contain('layout=');

    // Where only one file can be uploaded: the one-file bundle.
    set('script', 'bundle');
    expect(doc.querySelector('#snippet')!.textContent!.split('\n')[0]).to.equal(
      '<script type="module" src="https://unpkg.com/book-widgets/dist/book-widgets.bundle.js"></script>',
    );
  });

  it('makes the snippet on Enter without reloading, and its snippet can be scrolled from the keyboard', async () => {
    const {doc, win} = await openPage({src: '/demo/builder.html'}, 'width: 1200px; height: 900px');
    await waitUntil(() => doc.querySelector('#snippet')?.textContent, 'no snippet');
    const form = doc.querySelector<HTMLFormElement>('#options')!;
    (form.elements.namedItem('affiliate-amazon') as HTMLInputElement).value = 'enter-20';
    form.requestSubmit();
    await new Promise((r) => setTimeout(r, 100));
    expect(win.document, 'no reload').to.equal(doc);
    expect(doc.querySelector('#snippet')!.textContent).to.contain('affiliate-amazon="enter-20"');
    expect(form.querySelector('button[type=submit]'), 'a form has a submit button').to.exist;
    expect(doc.querySelector<HTMLElement>('pre.code')!.tabIndex).to.equal(0);
  });

  it('the demo page: settings are a group, not a form without a button; code samples are focusable and named', async () => {
    const {doc} = await openPage({src: '/demo/'}, 'width: 1200px; height: 900px');
    await waitUntil(() => doc.querySelector('pre.code'), 'no code samples');
    for (const form of doc.querySelectorAll('form'))
      expect(form.querySelector('[type=submit]'), form.outerHTML.slice(0, 80)).to.exist;
    expect(doc.querySelector('.controls')!.getAttribute('role')).to.equal('group');
    for (const pre of doc.querySelectorAll<HTMLElement>('pre.code')) {
      expect(pre.tabIndex).to.equal(0);
      expect(pre.getAttribute('aria-label')).to.equal('The markup of the example above');
    }
  });
});
