/**
 * The JSON Schemas of the book and list files (`schema/*.schema.json`), written from the same field
 * definitions the parser reads with: at build time (`npm run build`), or by a program that imports
 * `bookJsonSchema`. Nothing here ships with the elements.
 */
import {bookField, listField} from './book.js';
import type {Field} from './schema.js';

export type JsonSchema = {[key: string]: unknown};

/** One field as JSON Schema. */
export function jsonSchema(field: Field<unknown>): JsonSchema {
  const d = field.describe;
  switch (d.kind) {
    case 'text':
      return {type: 'string', maxLength: d.max, ...(d.nonEmpty && {minLength: 1, pattern: '\\S'})};
    case 'pattern':
      // A normalised value's raw form may differ (ISBN hyphens), so only the plain case states the pattern.
      return d.normalised ? {type: 'string', description: d.what} : {type: 'string', pattern: d.re.source, description: d.what};
    case 'integer':
      return {type: 'integer', minimum: d.min};
    case 'number':
      return {type: 'number', minimum: d.min};
    case 'boolean':
      return {type: 'boolean'};
    case 'oneOf':
      return {enum: d.values};
    case 'url':
      return {
        type: 'string',
        format: 'uri-reference',
        maxLength: d.max,
        pattern: d.image ? '^(?!\\s*(javascript|vbscript|data(?!:image/)):)' : '^(?!\\s*(javascript|vbscript|data):)',
      };
    case 'list':
      return {type: 'array', items: jsonSchema(d.item), maxItems: d.max};
    case 'record': {
      const properties: {[key: string]: JsonSchema} = {};
      for (const key of Object.keys(d.shape)) properties[key] = jsonSchema(d.shape[key]);
      return {
        type: 'object',
        properties,
        ...(d.required.length && {required: [...d.required]}),
        ...(d.oneOf && {anyOf: d.oneOf.map((key) => ({required: [key]}))}),
      };
    }
    case 'anyOf':
      return {anyOf: d.of.map(jsonSchema)};
    case 'ref':
      return {$ref: d.ref};
  }
}

/** Field notes for editors that read the JSON Schema. */
const bookFieldNotes: {[field: string]: string} = {
  title: "The book's title (required).",
  authors: 'Author names, or {"name", "url"} objects.',
  cover: 'Cover image URL, or {"src", "alt", "width", "height"}. Relative URLs resolve against this file.',
  published: 'Publication year or date: "2022" or "2022-05-17".',
  url: "The book's own web page.",
  badges: 'Short labels shown on the cover, like "New".',
  about: 'Paragraphs of the "About this book" section.',
  highlights: 'Key topics.',
  outcomes: '"What you\'ll learn" items.',
  audience: '"Who is this book for?" items.',
  toc: 'Chapters in order; a missing number continues from the previous chapter.',
  related: 'Other books: URLs of book files, or books written inline.',
  links:
    'Where to buy, preview or read more: an "href", or a "retailer" of the catalogue to build it from the ISBN for the reader\'s store.',
  enrich: 'With isbn13: fill missing fields from the ISBN source.',
  editions:
    'Format 2. The formats the book comes in, each with its ISBN, pages or duration, date (a date to come is a pre-order), prices and links. Without it, the book is one edition of its top-level fields.',
  series: "Format 2. The series the book belongs to: its name, this book's position, its books in reading order.",
  praise: 'Format 2. Endorsements and review quotes, as given: never invented.',
  sample: 'Format 2. "Read a sample": {"href", "label"}, or an excerpt {"title", "text"} shown on the page.',
};

const withNotes = (schema: JsonSchema): JsonSchema => {
  const properties = schema.properties as {[field: string]: JsonSchema};
  for (const [field, description] of Object.entries(bookFieldNotes)) {
    properties[field] = {description, ...properties[field]};
  }
  return schema;
};

const schemaDocument = (root: string, title: string, description: string): JsonSchema => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `https://unpkg.com/book-widgets/schema/${root}.schema.json`,
  title,
  description,
  $ref: `#/$defs/${root}`,
  $defs: {book: withNotes(jsonSchema(bookField)), ...(root === 'book' ? {} : {[root]: jsonSchema(listField)})},
});

/** JSON Schema of the book file format, as written to `schema/book.schema.json`. */
export const bookJsonSchema = () =>
  schemaDocument('book', 'Book file (book-widgets format 2)', 'One book for the book-widgets elements.');

/** JSON Schema of the list file format, as written to `schema/book-list.schema.json`. */
export const bookListJsonSchema = () =>
  schemaDocument('list', 'Book list file (book-widgets format 2)', 'A list of books for <book-recommendations src>.');
