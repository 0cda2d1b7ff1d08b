/** The demo's signup endpoint (demo/subscribe-endpoint.mjs), as the test runner serves it. */
import {expect} from '@open-wc/testing';
import {uniqueKey} from './test-book.js';

const post = (body: string, type = 'application/json') =>
  fetch('/api/subscribe', {method: 'POST', headers: {'content-type': type}, body});

const stored = async () =>
  (await (await fetch(`/fake/subscribers?${uniqueKey()}`, {cache: 'no-store'})).text())
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as {email: string; name?: string; source?: string});

describe('POST /api/subscribe (the demo endpoint)', () => {
  it('stores each distinct email exactly once under 200 concurrent signups', async () => {
    const run = uniqueKey();
    const distinct = Array.from({length: 120}, (_, i) => `reader${i}.${run}@example.com`);
    // 80 repeats of earlier addresses, in other case and with spaces around them.
    const repeats = distinct.slice(0, 80).map((e, i) => (i % 2 ? ` ${e.toUpperCase()} ` : e));
    const bodies = [...distinct, ...repeats].map((email) => JSON.stringify({email, source: 'https://blog.example/post'}));
    const answers = await Promise.all(bodies.map((body) => post(body)));
    expect(
      answers.every((a) => a.ok),
      'every signup answered 2xx',
    ).to.be.true;
    expect(answers.filter((a) => a.status === 201)).to.have.length(120);
    const lines = (await stored()).filter((r) => r.email.endsWith(`.${run}@example.com`));
    expect(lines.map((r) => r.email).sort()).to.deep.equal([...distinct].sort());
    expect(lines[0].source).to.equal('https://blog.example/post');
  });

  it('answers 400 with an error for bad JSON, a missing or invalid email, and a body over 10 KB', async () => {
    const cases: [string, string][] = [
      ['{"email": ', 'The body must be JSON: {"email": "…"}.'],
      ['{}', 'An email address is required.'],
      ['{"email": "not-an-address"}', 'That email address is not valid.'],
      ['{"email": "a@b.c\\r\\nBcc: x@evil.example"}', 'That email address is not valid.'],
      [JSON.stringify({email: 'big@example.com', name: 'x'.repeat(11_000)}), 'The request body is over 10 KB.'],
    ];
    const before = (await stored()).length;
    for (const [body, error] of cases) {
      const answer = await post(body);
      expect(answer.status, body.slice(0, 30)).to.equal(400);
      expect(await answer.json()).to.deep.equal({error});
    }
    expect((await stored()).length, 'nothing stored').to.equal(before);
  });

  it('takes the newsletter element’s own request', async () => {
    const email = `element.${uniqueKey()}@example.com`;
    const answer = await post(JSON.stringify({email, name: 'Ada', consent: true, tags: ['ml'], source: location.href}));
    expect(answer.status).to.equal(201);
    const line = (await stored()).find((r) => r.email === email)!;
    expect(line).to.include({email, name: 'Ada', consent: true});
  });
});
