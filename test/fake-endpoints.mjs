/**
 * Fake HTTP endpoints for the browser tests, served by the test runner, so the real loader meets
 * real status codes, delays, broken bodies and counted requests. A path is a chain of steps, then
 * a file of the repository (or `?body=` text):
 *
 *   /fake/count/KEY/…     count this request under KEY      /fake/hits/KEY   → {"hits": N}
 *                         (and under KEY:FILE, the file's name: /fake/hits/KEY:book.json counts that file alone)
 *   /fake/delay/MS/…      answer after MS milliseconds      /fake/status/CODE/…  answer with CODE
 *   /fake/hang/…          never answer                      /fake/reset/…    send half, then cut the connection
 *   /fake/type/T/…        Content-Type T (URL-encoded)       ?body=TEXT       answer TEXT instead of a file
 *   /fake/flaky/KEY/…     503 the first time for KEY, then normally (a server that recovers)
 *   /fake/redirect/URL    301 to URL (URL-encoded): another origin, say
 *   /fake/dribble/MS/…    answer 200, then one byte every MS milliseconds, never finishing
 *   /fake/subscribers     the demo signup endpoint's file, as the tests' server writes it
 *   /fake/record/KEY/…    keep the request (method, content type, accept, body) under KEY
 *                         /fake/recorded/KEY → the requests kept, oldest first
 *   /fake/only/NAME/…     404 unless the path ends in the file NAME (a script whose chunks are missing)
 *   /fake/inflight/KEY/…  count requests under KEY that are open at once
 *                         /fake/most/KEY → {"most": the most open at once, "total": N}
 */
import {readFile} from 'node:fs/promises';
import {resolve, relative} from 'node:path';
import {answerSourceRequest} from './fake-sources.mjs';

const root = resolve(import.meta.dirname, '..');

/** Where the tests' /api/subscribe keeps its signups: outside dist/, which is what npm publishes. */
export const subscribersFile = resolve(root, 'node_modules/.cache/book-widgets-test/subscribers.jsonl');
const hits = new Map();
const flaky = new Set();
const recorded = new Map();
const inflight = new Map();

const bodyText = async (req) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
};
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

export async function fakeEndpoints(ctx, next) {
  if (!ctx.path.startsWith('/fake/')) return next();
  if (ctx.path === '/fake/subscribers') {
    ctx.type = 'text/plain';
    ctx.body = await readFile(subscribersFile, 'utf8').catch(() => '');
    return;
  }
  const steps = ctx.path.slice('/fake/'.length).split('/');
  let status = 200;
  let type = 'application/json';
  for (;;) {
    const [step, value] = steps;
    if (step === 'hits') {
      ctx.body = {hits: hits.get(value) ?? 0};
      return;
    } else if (step === 'only') {
      if (ctx.path.split('/').pop() !== value) status = 404;
    } else if (step === 'most') {
      const {most = 0, total = 0} = inflight.get(value) ?? {};
      ctx.body = {most, total};
      return;
    } else if (step === 'inflight') {
      const count = inflight.get(value) ?? {open: 0, most: 0, total: 0};
      inflight.set(value, count);
      count.open++;
      count.total++;
      count.most = Math.max(count.most, count.open);
      ctx.res.once('close', () => count.open--);
    } else if (step === 'recorded') {
      ctx.body = recorded.get(value) ?? [];
      return;
    } else if (step === 'record') {
      const request = {
        method: ctx.method,
        contentType: ctx.get('content-type'),
        accept: ctx.get('accept'),
        query: ctx.querystring,
        body: await bodyText(ctx.req),
      };
      recorded.set(value, [...(recorded.get(value) ?? []), request]);
    } else if (step === 'count') {
      const file = `${value}:${ctx.path.split('/').pop()}`;
      hits.set(value, (hits.get(value) ?? 0) + 1);
      hits.set(file, (hits.get(file) ?? 0) + 1);
    } else if (step === 'flaky') {
      if (!flaky.has(value)) {
        flaky.add(value);
        status = 503;
      }
    } else if (step === 'delay') {
      await sleep(Number(value));
    } else if (step === 'status') {
      status = Number(value);
    } else if (step === 'type') {
      type = decodeURIComponent(value);
    } else if (step === 'hang') {
      ctx.status = 200;
      ctx.respond = false;
      return;
    } else if (step === 'redirect') {
      ctx.status = 301;
      ctx.redirect(decodeURIComponent(value));
      return;
    } else if (step === 'dribble') {
      ctx.respond = false;
      ctx.res.writeHead(200, {'content-type': 'application/json'});
      ctx.res.write('{"title": "');
      const timer = setInterval(() => ctx.res.write('a'), Number(value));
      // Bounded: stops when the client goes, or after 30 s at the most.
      const stop = () => clearInterval(timer);
      ctx.req.on('close', stop);
      setTimeout(() => (stop(), ctx.res.end('"}')), 30_000);
      return;
    } else if (step === 'reset') {
      ctx.respond = false;
      ctx.res.writeHead(200, {'content-type': 'application/json', 'content-length': '5000'});
      ctx.res.write('{"title": "Half a bo');
      setTimeout(() => ctx.res.socket?.destroy(), 50);
      return;
    } else {
      break;
    }
    steps.splice(0, 2);
  }
  // After the steps, an ISBN source request is answered from the recorded fixtures.
  let body = ctx.query.body ?? (await answerSourceRequest(`/${steps.join('/')}?${ctx.querystring}`));
  if (status >= 400 && body === undefined) {
    body = JSON.stringify({error: `fake ${status}`});
  } else if (body === undefined) {
    const file = resolve(root, steps.join('/'));
    if (relative(root, file).startsWith('..')) return next();
    try {
      body = await readFile(file, 'utf8');
    } catch {
      status = 404;
      body = JSON.stringify({error: 'not found'});
    }
  }
  ctx.status = status;
  ctx.type = type;
  ctx.body = body;
}
