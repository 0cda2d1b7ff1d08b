/** Defines every element: the entry of the script-tag bundle, and `book-widgets/all.js` on npm. */
import './elements/book-data/define.js';
import './elements/book-card/define.js';
import './elements/book-about/define.js';
import './elements/book-toc/define.js';
import './elements/book-faq/define.js';
import './elements/book-recommendations/define.js';
import './elements/book-page/define.js';
import './elements/newsletter-signup/define.js';
