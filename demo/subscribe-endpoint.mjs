/**
 * The demo's real signup endpoint, `POST /api/subscribe`, speaking the custom protocol of
 * <newsletter-signup> (see the README). Each new address is appended to a JSON-lines file as one
 * write and flushed to disk before the answer; the same address again (case and spaces aside) is a
 * success without a second line. Bad JSON, a missing or invalid email, or a body over 10 KB get a 400
 * with {error}. A line of the file that cannot be read (torn by a crash or a full disk) is skipped
 * and reported, never a reason to refuse the next signup.
 *
 * Only `application/json` posts from this server's own pages (or from `origins`) are taken: another
 * site's page cannot sign anyone up with a form or a `text/plain` fetch, which need no preflight.
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

/**
 * @param {object} [options]
 * @param {string} [options.file] The JSON-lines file the signups go to.
 * @param {string} [options.path] The endpoint's path.
 * @param {string[]} [options.origins] Other origins whose pages may post here (`https://blog.example`).
 * @param {(message: string) => void} [options.report] Where problems with the file are reported.
 */
export function subscribeEndpoint({
  file = 'demo/.data/subscribers.jsonl',
  path = '/api/subscribe',
  origins = [],
  report = (message) => console.warn(`subscribe endpoint: ${message}`),
} = {}) {
  let seen;
  /** Whether the file ends mid-line (a torn last write): the next record then starts on a new line. */
  let torn = false;
  // One write at a time: the check for a duplicate and the append happen as one step.
  let queue = Promise.resolve();

  const loadSeen = async () => {
    const set = new Set();
    let text = '';
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
    const bad = [];
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      try {
        set.add(JSON.parse(line).email.trim().toLowerCase());
      } catch {
        bad.push(i + 1);
      }
    });
    if (bad.length)
      report(
        `${file}: skipped ${bad.length} line(s) that are not a signup record (line ${bad.join(', ')}); they are left as they are.`,
      );
    torn = text.length > 0 && !text.endsWith('\n');
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
        // One write per record, so a crash tears at most that line; after a torn one, a new line first.
        try {
          await handle.appendFile(`${torn ? '\n' : ''}${JSON.stringify(record)}\n`);
          await handle.sync();
        } catch (error) {
          torn = true; // Part of the record may be on disk (a full disk): the next one starts a new line.
          throw error;
        }
        torn = false;
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
    // Browsers send Origin with every POST; a page of this server sends this server's own origin. Its
    // host must be this machine's own name too: a rebinding attacker's name can point here as well.
    const origin = ctx.get('origin');
    const local = ['localhost', '127.0.0.1', '[::1]', '::1'].includes(ctx.hostname);
    if (!origins.includes(origin) && (origin !== ctx.origin || !local)) {
      ctx.status = 403;
      ctx.body = {error: `Signups are taken from this site's own pages only${origin ? `, not from ${origin}` : ''}.`};
      return;
    }
    if (!/^application\/json\s*(;|$)/i.test(ctx.get('content-type'))) {
      ctx.status = 415;
      ctx.body = {error: 'Send the signup as JSON (Content-Type: application/json).'};
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
      const tags = Array.isArray(body.tags)
        ? body.tags
            .map((t) => text(t, 50))
            .filter(Boolean)
            .slice(0, 20)
        : undefined;
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
