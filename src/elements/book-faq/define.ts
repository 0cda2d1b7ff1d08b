import {define} from '../../define.js';
import {BookFaq} from './book-faq.js';

define('book-faq', BookFaq);

export {BookFaq};
