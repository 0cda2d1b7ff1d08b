// The embed builder: the options become a snippet, and the preview is made from that very snippet,
// so what you copy is what you saw.
// This demo has no internet: ISBN previews come from recorded answers the demo server keeps.
window.BookWidgets = {...window.BookWidgets, sources: {openlibrary: '/sources/openlibrary', google: '/sources/google'}};
const form = document.querySelector('#options');
const snippetEl = document.querySelector('#snippet');
const preview = document.querySelector('#preview');
// The script: the autoloader, which loads each element's chunks beside it, or the one-file bundle.
const scriptUrl = (options) =>
  `https://unpkg.com/book-widgets/dist/book-widgets${options.script === 'bundle' ? '.bundle' : ''}.js`;

const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The element's markup for the current options. */
export function elementMarkup(options) {
  const attributes = [];
  const add = (name, value) => value && attributes.push(value === true ? name : `${name}="${escape(value)}"`);
  if (options.isbn) {
    add('isbn', options.isbn);
    add('source', options.source);
  } else {
    add('src', options.src);
  }
  if (options.element === 'book-card') add('layout', options.layout);
  add('theme', options.theme);
  add('lang', options.lang);
  add('affiliate-amazon', options['affiliate-amazon']);
  add('affiliate-bookshop', options['affiliate-bookshop']);
  add('disclosure', options.disclosure);
  if (['book-card', 'book-page', 'book-faq'].includes(options.element)) add('structured-data', options['structured-data']);
  return `<${options.element} ${attributes.join(' ')}></${options.element}>`.replace(' >', '>');
}

const readOptions = () => {
  const data = new FormData(form);
  const options = Object.fromEntries([...data].map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]));
  for (const name of ['disclosure', 'structured-data']) options[name] = data.has(name);
  // A demo book is relative to this page; the snippet gets its full URL, which works anywhere.
  options.src = options.src || (options.demo ? new URL(options.demo, location.href).href : '');
  return options;
};

function update() {
  const options = readOptions();
  for (const label of form.querySelectorAll('[data-for]')) label.hidden = label.dataset.for !== options.element;
  const markup = elementMarkup(options);
  snippetEl.textContent = `<script type="module" src="${scriptUrl(options)}"></script>\n${markup}`;
  const template = document.createElement('template');
  template.innerHTML = markup;
  preview.replaceChildren(template.content);
}

form.addEventListener('input', update);
// The snippet follows every change; Enter in a field (or the button) makes it too, without a reload.
form.addEventListener('submit', (e) => {
  e.preventDefault();
  update();
});
form.addEventListener('change', (e) => {
  if ((e.target.name === 'src' || e.target.name === 'isbn') && e.target.value) form.elements.demo.value = '';
  if (e.target.name === 'demo' && e.target.value) form.elements.isbn.value = '';
  update();
});
document.querySelector('#copy').addEventListener('click', async () => {
  const status = document.querySelector('#copied');
  try {
    await navigator.clipboard.writeText(snippetEl.textContent);
    status.textContent = 'Copied.';
  } catch {
    status.textContent = 'Select the snippet and copy it (Ctrl+C / ⌘C).';
  }
});
update();
