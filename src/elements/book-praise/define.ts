import {define} from '../../define.js';
import {BookPraise} from './book-praise.js';

define('book-praise', BookPraise);

export {BookPraise};
