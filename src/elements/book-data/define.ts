import {define} from '../../define.js';
import {BookData} from './book-data.js';

define('book-data', BookData);

export {BookData};
