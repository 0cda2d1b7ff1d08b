import {define} from '../../define.js';
import {BookCard} from './book-card.js';

define('book-card', BookCard);

export {BookCard};
