import {define} from '../../define.js';
import '../book-about/define.js';
import '../book-card/define.js';
import '../book-faq/define.js';
import '../book-recommendations/define.js';
import '../book-toc/define.js';
import {BookPage} from './book-page.js';

define('book-page', BookPage);

export {BookPage};
