/**
 * Defines every element in the registry: the entry of the script-tag bundle (where the imports are
 * inlined, so it defines them as it runs), and `book-widgets/all.js` on npm.
 */
import {elements} from './registry.js';

await Promise.all(Object.values(elements).map((define) => define()));
