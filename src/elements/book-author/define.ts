import {define} from '../../define.js';
import {BookAuthor} from './book-author.js';

define('book-author', BookAuthor);

export {BookAuthor};
