/** Writes schema/*.schema.json from the built format module: the parser's own field definitions. */
import {writeFile, mkdir} from 'node:fs/promises';
import {bookJsonSchema, bookListJsonSchema} from '../dist/format/json-schema.js';

await mkdir('schema', {recursive: true});
await writeFile('schema/book.schema.json', JSON.stringify(bookJsonSchema(), null, 2) + '\n');
await writeFile('schema/book-list.schema.json', JSON.stringify(bookListJsonSchema(), null, 2) + '\n');
console.log('schema/book.schema.json, schema/book-list.schema.json written');
