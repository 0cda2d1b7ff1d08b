import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {demoBook} from '../../test/test-book.js';
import '../all.js';
import {bookJsonLd, faqJsonLd} from './json-ld.js';
import {parseBook} from '../format/book.js';

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
      numberOfPages: 386,
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

/** test/fixtures/schema-org.json: schema.org's own vocabulary (release 30.0) for the types we write. */
type Vocabulary = {version: string; types: {[type: string]: string[]}; enumerations: {[name: string]: string[]}};
const vocabulary = async (): Promise<Vocabulary> => (await fetch('/test/fixtures/schema-org.json')).json();

/** Every type we write is one we know, every property one its type may have, every enumeration value a member. */
function schemaProblems(node: unknown, vocab: Vocabulary, path = '$'): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => schemaProblems(item, vocab, `${path}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  const object = node as {[key: string]: unknown};
  const type = object['@type'] as string;
  const allowed = vocab.types[type];
  if (!allowed) return [`${path}: unknown @type ${type}`];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(object)) {
    if (key.startsWith('@')) continue;
    if (!allowed.includes(key)) problems.push(`${path}.${key}: not a property of ${type}`);
    const enumeration = {bookFormat: 'BookFormatType', availability: 'ItemAvailability'}[key];
    if (enumeration && !vocab.enumerations[enumeration].includes(String(value).replace('https://schema.org/', '')))
      problems.push(`${path}.${key}: ${String(value)} is not a ${enumeration}`);
    problems.push(...schemaProblems(value, vocab, `${path}.${key}`));
  }
  return problems;
}

describe('structured data, format 2', () => {
  const book = parseBook(
    {
      title: 'The Glass Orchard',
      authors: [{name: 'Ann Author', bio: 'Ann writes.', photo: 'https://books.example/ann.jpg', url: 'https://ann.example'}],
      isbn13: '9781098107963',
      editions: [
        {format: 'hardcover', isbn13: '9781098107963', pages: 320, published: '2026-03-12', price: {amount: 28, currency: 'USD'}},
        {
          format: 'ebook',
          price: [
            {amount: 9.99, currency: 'USD'},
            {amount: 8.99, currency: 'GBP'},
          ],
          status: 'preorder',
        },
        {format: 'audiobook', duration: 'PT11H32M', published: '2027-03-12', price: {amount: 24.95, currency: 'USD'}},
        {format: 'paperback', status: 'out-of-print', price: {amount: 12, currency: 'EUR'}},
        {format: 'braille'},
      ],
      series: {name: 'The Orchard Cycle', position: 2, url: 'https://books.example/orchard'},
      praise: [{quote: 'Wonderful.', by: 'A Reviewer'}],
      faq: [{question: 'Q?', answer: 'A.'}],
    },
    {baseUrl: 'https://books.example/'},
  );

  it('writes editions as workExamples with offers, authors with bios, and the series', () => {
    const json = bookJsonLd(book, '2026-12-02');
    expect(json.workExample).to.deep.equal([
      {
        '@type': 'Book',
        bookFormat: 'https://schema.org/Hardcover',
        isbn: '9781098107963',
        numberOfPages: 320,
        datePublished: '2026-03-12',
        offers: [{'@type': 'Offer', price: 28, priceCurrency: 'USD', availability: 'https://schema.org/InStock'}],
      },
      {
        '@type': 'Book',
        bookFormat: 'https://schema.org/EBook',
        offers: [
          {'@type': 'Offer', price: 9.99, priceCurrency: 'USD', availability: 'https://schema.org/PreOrder'},
          {'@type': 'Offer', price: 8.99, priceCurrency: 'GBP', availability: 'https://schema.org/PreOrder'},
        ],
      },
      {
        '@type': 'Audiobook',
        bookFormat: 'https://schema.org/AudiobookFormat',
        duration: 'PT11H32M',
        datePublished: '2027-03-12',
        offers: [{'@type': 'Offer', price: 24.95, priceCurrency: 'USD', availability: 'https://schema.org/PreOrder'}],
      },
      {
        '@type': 'Book',
        bookFormat: 'https://schema.org/Paperback',
        offers: [{'@type': 'Offer', price: 12, priceCurrency: 'EUR', availability: 'https://schema.org/Discontinued'}],
      },
      {'@type': 'Book'},
    ]);
    expect(json.author).to.deep.equal([
      {
        '@type': 'Person',
        name: 'Ann Author',
        url: 'https://ann.example/',
        description: 'Ann writes.',
        image: 'https://books.example/ann.jpg',
      },
    ]);
    expect(json.isPartOf).to.deep.equal({'@type': 'BookSeries', name: 'The Orchard Cycle', url: 'https://books.example/orchard'});
    expect(json.position).to.equal(2);
    expect(JSON.stringify(json)).not.to.contain('Wonderful', 'praise is not written as reviews');
  });

  it('uses only schema.org types, properties and enumeration members (checked against the vocabulary)', async () => {
    const vocab = await vocabulary();
    expect(vocab.version).to.equal('30.0');
    expect(schemaProblems(bookJsonLd(book, '2026-12-02'), vocab)).to.deep.equal([]);
    expect(schemaProblems(faqJsonLd(book), vocab)).to.deep.equal([]);
    // The check itself tells a wrong property and a wrong member apart from right ones.
    expect(
      schemaProblems({'@type': 'Offer', price: 1, rating: 5, availability: 'https://schema.org/Maybe'}, vocab),
    ).to.deep.equal(['$.rating: not a property of Offer', '$.availability: https://schema.org/Maybe is not a ItemAvailability']);
  });
});
