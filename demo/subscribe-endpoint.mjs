/**
 * The demo's real signup endpoint, `POST /api/subscribe`, speaking the custom protocol of
 * <newsletter-signup> (CONTRACT.md). Each new address is appended to a JSON-lines file and flushed
 * to disk before the answer; the same address again (case and spaces aside) is a success without a
 * second line. Bad JSON, a missing or invalid email, or a body over 10 KB get a 400 with {error}.
 */
import {mkdir, open, readFile} from 'node:fs/promises';
import {dirname} from 'node:path';

const maxBody = 10 * 1024;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

class BadRequest extends Error {}

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > maxBody) throw new BadRequest('The request body is over 10 KB.');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const text = (value, max) => (typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined);

export function subscribeEndpoint({file = 'demo/.data/subscribers.jsonl', path = '/api/subscribe'} = {}) {
  let seen;
  // One write at a time: the check for a duplicate and the append happen as one step.
  let queue = Promise.resolve();

  const loadSeen = async () => {
    const set = new Set();
    try {
      for (const line of (await readFile(file, 'utf8')).split('\n')) {
        if (line.trim()) set.add(JSON.parse(line).email.trim().toLowerCase());
      }
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
    return set;
  };

  const save = (record) => {
    const step = queue.then(async () => {
      seen ??= await loadSeen();
      const key = record.email.toLowerCase();
      if (seen.has(key)) return false;
      await mkdir(dirname(file), {recursive: true});
      const handle = await open(file, 'a');
      try {
        await handle.appendFile(`${JSON.stringify(record)}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      seen.add(key);
      return true;
    });
    queue = step.catch(() => {});
    return step;
  };

  return async function subscribe(ctx, next) {
    if (ctx.path !== path) return next();
    if (ctx.method !== 'POST') {
      ctx.status = 405;
      ctx.set('allow', 'POST');
      ctx.body = {error: 'Use POST.'};
      return;
    }
    try {
      let body;
      try {
        body = JSON.parse(await readBody(ctx.req));
      } catch (error) {
        throw error instanceof BadRequest ? error : new BadRequest('The body must be JSON: {"email": "…"}.');
      }
      const email = text(body?.email, 400);
      if (!email) throw new BadRequest('An email address is required.');
      if (email.length > 254 || !emailPattern.test(email)) throw new BadRequest('That email address is not valid.');
      const tags = Array.isArray(body.tags) ? body.tags.map((t) => text(t, 50)).filter(Boolean).slice(0, 20) : undefined;
      const added = await save({
        email,
        name: text(body.name, 100),
        consent: typeof body.consent === 'boolean' ? body.consent : undefined,
        tags: tags?.length ? tags : undefined,
        source: text(body.source, 500),
        at: new Date().toISOString(),
      });
      ctx.status = added ? 201 : 200;
      ctx.body = {ok: true};
    } catch (error) {
      ctx.status = error instanceof BadRequest ? 400 : 500;
      ctx.body = {error: error instanceof BadRequest ? error.message : 'The signup could not be saved. Please try again.'};
    }
  };
}
