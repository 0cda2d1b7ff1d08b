import {define} from '../../define.js';
import {BookToc} from './book-toc.js';

define('book-toc', BookToc);

export {BookToc};
