/** Defines every element: the entry of the script-tag bundle, and `book-widgets/all.js` on npm. */
import './elements/book-data/define.js';
