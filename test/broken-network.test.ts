/** Broken networks: every failure ends in a clear state within the timeout, and nothing loops. */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {loadBook, type BookLoadError} from '../src/loading/load-book.js';
import {demoBook, hits, uniqueKey} from './test-book.js';
import '../src/all.js';

type Widget = HTMLElement & {state: string};
const otherOrigin = () => `${location.protocol}//127.0.0.1:${location.port}`;
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: BookLoadError) => error,
  );

describe('broken networks', () => {
  it('a redirect to another origin that does not allow this site ends as a network error naming CORS', async () => {
    const target = encodeURIComponent(`${otherOrigin()}/fake/type/text%2Fplain${demoBook}`);
    const error = await failure(loadBook(`/fake/redirect/${target}/book.json`));
    expect(error.kind).to.equal('network');
    expect(error.message).to.equal(
      `book.json could not be loaded from ${location.host}: the server is unreachable, or does not allow this site to read it (CORS)`,
    );
  });

  it('a server that dribbles bytes ends in a timeout, not a spinner forever', async () => {
    const started = performance.now();
    const error = await failure(loadBook(`/fake/dribble/50/${uniqueKey()}/slow.json`, {timeout: 600}));
    expect(error.kind).to.equal('timeout');
    expect(performance.now() - started).to.be.below(3000);
  });

  it('a wrong content type with a JSON body still loads; an HTML page says so', async () => {
    const book = await loadBook(`/fake/type/text%2Fplain${demoBook}?${uniqueKey()}`);
    expect(book.title).to.equal('Designing Machine Learning Systems');
    const error = await failure(
      loadBook(`/fake/type/text%2Fhtml/${uniqueKey()}/page.json?body=${encodeURIComponent('<html><body>Login</body></html>')}`),
    );
    expect(error.message).to.equal('page.json is an HTML page, not JSON: check the src URL');
  });

  it('an element in error stays put: no retry loop, and Retry works once the server recovers', async () => {
    const key = uniqueKey();
    const el = await fixture<Widget>(
      html`<book-card loading="eager" src="/fake/count/${key}/flaky/${key}${demoBook}"></book-card>`,
    );
    await waitUntil(() => el.state === 'error');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await hits(key), 'no request after the failure by itself').to.equal(1);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=error] button')!.click();
    await waitUntil(() => el.state === 'ready');
    expect(await hits(key, 'designing-machine-learning-systems.json')).to.equal(2);
  });

  it('a cover that fails, or is slow, never moves the card', async () => {
    const el = await fixture<Widget>(
      html`<book-card
        style="width: 260px"
        .book=${{
          title: 'T',
          cover: {src: '/fake/delay/500/status/404/big.jpg', width: 4000, height: 6000},
        }}
      ></book-card>`,
    );
    const height = el.getBoundingClientRect().height;
    const img = el.shadowRoot!.querySelector('img')!;
    expect([img.getAttribute('width'), img.getAttribute('height'), img.loading]).to.deep.equal(['4000', '6000', 'lazy']);
    await waitUntil(() => el.shadowRoot!.querySelector('.placeholder'), 'no placeholder', {timeout: 3000});
    expect(el.getBoundingClientRect().height).to.equal(height);
  });
});
