/**
 * A small schema kit: each field reads a value (checking and normalising it) and describes itself
 * as data (`describe`), from which ./json-schema.ts writes `schema/book.schema.json` at build time:
 * the parser and the schema come from one source and cannot drift, and no schema code ships with
 * the parser. Hand-written rather than a library: ~2 KB gzip against valibot's 2.6 and zod's 12.5,
 * and the objects it returns have no prototype.
 */

/** One problem in a data file: where it is (`toc[3].title`) and what is wrong. */
export interface Issue {
  path: string;
  message: string;
}

export interface ReadContext {
  issues: Issue[];
  /** URL that relative URLs in the data are resolved against (the data file's own URL). */
  baseUrl: string;
}

/** What a field is, as data: everything the JSON Schema needs, nothing the parser runs. */
export type Description =
  | {kind: 'text'; nonEmpty: boolean; max: number}
  | {kind: 'pattern'; re: RegExp; what: string; normalised: boolean}
  | {kind: 'integer'; min: number}
  | {kind: 'number'; min: number}
  | {kind: 'boolean'}
  | {kind: 'oneOf'; values: readonly string[]}
  | {kind: 'url'; image: boolean; max: number}
  | {kind: 'list'; item: Field<unknown>; max: number}
  | {kind: 'record'; shape: Shape; required: readonly string[]; oneOf?: readonly string[]}
  | {kind: 'anyOf'; of: Field<unknown>[]}
  | {kind: 'ref'; ref: string};

/** A field of a data format. `read` returns undefined when the value is invalid (and records why). */
export interface Field<T> {
  read(value: unknown, path: string, ctx: ReadContext): T | undefined;
  describe: Description;
}

/**
 * An object without a prototype: what the parser makes, so fields a page adds to Object.prototype
 * (deliberately or through a polluting library) never show up as a book's fields.
 */
export const own = <T extends object>(fields: T): T => Object.assign(Object.create(null), fields);

/** A URL the elements may put in an href or src: what the parser allows, checked again as it renders. */
export const safeUrl = (url: string | undefined) => (url && /^(https?:|data:image\/)/i.test(url) ? url : undefined);

const typeName = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value;

const fail = (ctx: ReadContext, path: string, message: string): undefined => {
  ctx.issues.push({path, message});
  return undefined;
};

const expected = (ctx: ReadContext, path: string, what: string, value: unknown) =>
  fail(ctx, path, `expected ${what}, got ${typeName(value)}`);

/**
 * Plain text. Never parsed as HTML anywhere: elements render it as text nodes. At most `max`
 * characters, so one file cannot make a page lay out megabytes of text.
 */
export const text = ({nonEmpty = false, max = 1_000} = {}): Field<string> => ({
  read: (value, path, ctx) =>
    typeof value !== 'string'
      ? expected(ctx, path, 'a string', value)
      : nonEmpty && !value.trim()
        ? fail(ctx, path, 'must not be empty')
        : value.length > max
          ? fail(ctx, path, `expected at most ${max} characters, got ${value.length}`)
          : value,
  describe: {kind: 'text', nonEmpty, max},
});

export const pattern = (re: RegExp, what: string, normalise?: (s: string) => string): Field<string> => ({
  read: (value, path, ctx) => {
    if (typeof value !== 'string') return expected(ctx, path, 'a string', value);
    const normalised = normalise ? normalise(value) : value;
    return re.test(normalised) ? normalised : fail(ctx, path, `expected ${what}, got "${value.slice(0, 40)}"`);
  },
  describe: {kind: 'pattern', re, what, normalised: !!normalise},
});

/** A number of at least `min`: a whole one (`integer`: pages, a chapter's number) or any finite one (`number`: a price). */
const numeric =
  (whole: boolean) =>
  ({min = 0} = {}): Field<number> => ({
    read: (value, path, ctx) =>
      typeof value !== 'number' || !(whole ? Number.isInteger(value) : Number.isFinite(value))
        ? expected(ctx, path, whole ? 'a whole number' : 'a number', value)
        : value < min
          ? fail(ctx, path, `expected a number of at least ${min}, got ${value}`)
          : value,
    describe: {kind: whole ? 'integer' : 'number', min},
  });
export const integer = numeric(true);
export const number = numeric(false);

export const boolean = (): Field<boolean> => ({
  read: (value, path, ctx) => (typeof value === 'boolean' ? value : expected(ctx, path, 'true or false', value)),
  describe: {kind: 'boolean'},
});

export const oneOf = <T extends string>(values: readonly T[]): Field<T> => ({
  read: (value, path, ctx) =>
    values.includes(value as T)
      ? (value as T)
      : fail(ctx, path, `expected one of ${values.map((v) => `"${v}"`).join(', ')}, got ${JSON.stringify(value)}`),
  describe: {kind: 'oneOf', values},
});

/**
 * A URL: `http:`, `https:` or relative (resolved against the file's URL); with `image`, also
 * `data:image/…`. Everything else (`javascript:`, `data:text/html`, `vbscript:` …) is refused.
 */
export const url = ({image = false} = {}): Field<string> => {
  // A cover may be a data: URL of a small image; a link's URL is never this long.
  const max = image ? 1_000_000 : 4_000;
  return {
    read: (value, path, ctx) => {
      if (typeof value !== 'string') return expected(ctx, path, 'a URL string', value);
      if (!value.trim()) return fail(ctx, path, 'expected a URL, got an empty string');
      if (value.length > max) return fail(ctx, path, `expected a URL of at most ${max} characters, got ${value.length}`);
      let resolved: URL;
      try {
        resolved = new URL(value, ctx.baseUrl);
      } catch {
        return fail(ctx, path, `"${value.slice(0, 80)}" is not a valid URL`);
      }
      const ok =
        resolved.protocol === 'https:' ||
        resolved.protocol === 'http:' ||
        (image && resolved.protocol === 'data:' && /^data:image\/(png|jpe?g|gif|webp|avif|svg\+xml)[;,]/i.test(resolved.href));
      return ok ? resolved.href : fail(ctx, path, `"${resolved.protocol}" URLs are not allowed; use an http(s) or relative URL`);
    },
    describe: {kind: 'url', image, max},
  };
};

/** A list of at most `max` items (each format list has its own cap: what a real book needs, ten times over). */
export const list = <T>(item: Field<T>, max: number): Field<T[]> => ({
  read: (value, path, ctx) => {
    if (!Array.isArray(value)) return expected(ctx, path, 'a list', value);
    if (value.length > max) return fail(ctx, path, `expected at most ${max} items, got ${value.length}`);
    const out: T[] = [];
    value.forEach((v, i) => {
      const read = item.read(v, `${path}[${i}]`, ctx);
      if (read !== undefined) out.push(read);
    });
    return out;
  },
  describe: {kind: 'list', item, max},
});

export type Shape = {[key: string]: Field<unknown>};
export type FieldType<F> = F extends Field<infer T> ? T : never;
export type Flat<T> = {[K in keyof T]: T[K]};
export type RecordOf<S extends Shape, R extends keyof S> = Flat<
  {[K in R]: FieldType<S[K]>} & {[K in Exclude<keyof S, R>]?: FieldType<S[K]>}
>;

/**
 * An object with known fields; `required` ones must be present, and at least one of `oneOf` (a link
 * needs its `href` or a `retailer` to build it from); unknown fields are ignored.
 */
export const record = <S extends Shape, R extends keyof S & string = never>(
  shape: S,
  required: readonly R[] = [],
  oneOf?: readonly (keyof S & string)[],
): Field<RecordOf<S, R>> => ({
  read: (value, path, ctx) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return expected(ctx, path, 'an object', value);
    }
    const before = ctx.issues.length;
    const out: {[key: string]: unknown} = Object.create(null);
    for (const key of Object.keys(shape)) {
      const at = path ? `${path}.${key}` : key;
      // Own properties only: a page that extends Object.prototype must not add fields.
      const present = Object.prototype.hasOwnProperty.call(value, key) && (value as Shape)[key] !== undefined;
      if (!present) {
        if ((required as readonly string[]).includes(key)) fail(ctx, at, 'is required');
        continue;
      }
      const read = shape[key].read((value as {[key: string]: unknown})[key], at, ctx);
      if (read !== undefined) out[key] = read;
    }
    if (oneOf && ctx.issues.length === before && !oneOf.some((key) => out[key]))
      fail(ctx, path, `needs ${oneOf.map((key) => `"${key}"`).join(' or ')}`);
    return ctx.issues.length === before ? (out as RecordOf<S, R>) : undefined;
  },
  describe: {kind: 'record', shape, required, oneOf},
});

/** A value that may be written short as a string (`"Chip Huyen"`) or in full as an object. */
export const shorthand = <T>(short: Field<string>, full: Field<T>, expand: (value: string) => T): Field<T> => ({
  read: (value, path, ctx) => {
    if (typeof value === 'string') {
      const read = short.read(value, path, ctx);
      return read === undefined ? undefined : expand(read);
    }
    return full.read(value, path, ctx);
  },
  describe: {kind: 'anyOf', of: [short, full]},
});

/** Either of two fields, told apart by the value's JSON type. */
export const either = <A, B>(isA: (value: unknown) => boolean, a: Field<A>, b: Field<B>): Field<A | B> => ({
  read: (value, path, ctx) => (isA(value) ? a.read(value, path, ctx) : b.read(value, path, ctx)),
  describe: {kind: 'anyOf', of: [a, b]},
});

/** A field defined later (for recursion), described by a JSON Schema reference. */
export const lazy = <T>(get: () => Field<T>, ref: string): Field<T> => ({
  read: (value, path, ctx) => get().read(value, path, ctx),
  describe: {kind: 'ref', ref},
});

/** Reads a whole document; throws nothing, returns the value or undefined with issues recorded. */
export const readDocument = <T>(root: Field<T>, value: unknown, baseUrl: string) => {
  const ctx: ReadContext = {issues: [], baseUrl};
  let result: T | undefined;
  try {
    result = root.read(value, '', ctx);
  } catch (e) {
    // Only a pathologically deep document can get here (stack overflow): report, don't crash.
    ctx.issues.push({path: '', message: `could not be read (${(e as Error).message})`});
  }
  return {value: ctx.issues.length ? undefined : result, issues: ctx.issues};
};
