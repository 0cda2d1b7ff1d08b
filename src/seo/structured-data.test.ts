import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {demoBook} from '../../test/test-book.js';
import '../all.js';

const scripts = () => [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
const data = () => scripts().map((s) => JSON.parse(s.textContent!));
type Widget = HTMLElement & {state: string};

describe('structured-data', () => {
  it('writes one schema.org Book into the light DOM', async () => {
    const el = await fixture<Widget>(html`<book-card structured-data loading="eager" src=${demoBook}></book-card>`);
    await waitUntil(() => scripts().length === 1, 'no JSON-LD');
    expect(scripts()[0].parentElement).to.equal(el);
    const book = data()[0];
    expect(book).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'Book',
      name: 'Designing Machine Learning Systems',
      isbn: '9781098107963',
      numberOfPages: 388,
      datePublished: '2022',
      inLanguage: 'en',
    });
    expect(book.author).to.deep.equal([{'@type': 'Person', name: 'Chip Huyen', url: 'https://huyenchip.com/'}]);
    expect(book.publisher).to.deep.equal({'@type': 'Organization', name: "O'Reilly Media"});
    expect(book.image).to.match(/covers\/designing-machine-learning-systems\.svg$/);
    el.remove();
    expect(scripts(), 'removed with the element').to.have.length(0);
  });

  it('never writes the same book twice, and hands it over when its holder goes', async () => {
    const box = await fixture(
      html`<div>
        <book-card structured-data loading="eager" src=${demoBook}></book-card>
        <book-page structured-data loading="eager" src=${demoBook}></book-page>
        <book-card structured-data loading="eager" src="/demo/data/reliable-machine-learning.json"></book-card>
      </div>`,
    );
    const [first, page] = [box.querySelector('book-card')!, box.querySelector('book-page')!];
    await waitUntil(() => [...box.children].every((c) => (c as Widget).state === 'ready'));
    // Written once the writer has loaded (the first time a page asks for structured data).
    await waitUntil(() => data().length === 2, 'not written');
    expect(
      data()
        .map((d) => d.name)
        .sort(),
    ).to.deep.equal(['Designing Machine Learning Systems', 'Reliable Machine Learning']);
    first.remove();
    expect(
      data()
        .map((d) => d.name)
        .sort(),
    ).to.deep.equal(['Designing Machine Learning Systems', 'Reliable Machine Learning']);
    expect(page.querySelector('script[type="application/ld+json"]')).to.exist;
  });

  it('writes a FAQPage for <book-faq>', async () => {
    await fixture(html`<book-faq structured-data loading="eager" src=${demoBook}></book-faq>`);
    await waitUntil(() => scripts().length === 1);
    const faq = data()[0];
    expect(faq['@type']).to.equal('FAQPage');
    expect(faq.mainEntity[0]).to.deep.equal({
      '@type': 'Question',
      name: 'Do I need to know machine learning before reading it?',
      acceptedAnswer: {'@type': 'Answer', text: faq.mainEntity[0].acceptedAnswer.text},
    });
    expect(faq.mainEntity.length).to.be.at.least(5);
  });

  it('escapes text so it can never end the script', async () => {
    await fixture(html`<book-card structured-data .book=${{title: '</script><script>window.pwned = 1</script>'}}></book-card>`);
    await waitUntil(() => scripts().length === 1);
    expect(scripts()[0].textContent).not.to.contain('</script>');
    expect(data()[0].name).to.equal('</script><script>window.pwned = 1</script>');
    expect((window as {pwned?: number}).pwned).to.equal(undefined);
  });

  it('writes nothing without the attribute', async () => {
    const el = await fixture<Widget>(html`<book-card loading="eager" src=${demoBook}></book-card>`);
    await waitUntil(() => el.state === 'ready');
    expect(scripts()).to.have.length(0);
  });
});
