// The demo page's controls, and a code sample under each example made from its own markup,
// so the sample is always exactly what renders above it.
// The demo server has no internet: books by ISBN come from recorded Open Library and Google Books
// answers it serves under /sources/. On a real site, leave this out.
window.BookWidgets = {sources: {openlibrary: '/sources/openlibrary', google: '/sources/google'}};

const root = document.documentElement;
const widgets = () => document.querySelectorAll('.stage *');
const isWidget = (el) => el.localName.startsWith('book-') && el.localName !== 'book-data';

for (const example of document.querySelectorAll('.example')) {
  // `.book='{…}'` in the markup is demo shorthand for setting the property from script.
  for (const el of example.querySelectorAll('[\\.book]')) el.book = JSON.parse(el.getAttribute('.book'));
  const code = document.createElement('pre');
  code.className = 'code';
  // It scrolls sideways: focusable, so a keyboard can scroll it too, and named for screen readers.
  code.tabIndex = 0;
  code.setAttribute('aria-label', 'The markup of the example above');
  code.textContent = example.innerHTML
    .replace(/ \.book="[^"]*">/g, '>  <!-- card.book = { … } set from script -->')
    .replace(/^\n+|\s+$/g, '');
  example.after(code);
}

document.querySelector('#page-theme').addEventListener('change', (e) => {
  if (e.target.value) root.dataset.theme = e.target.value;
  else delete root.dataset.theme;
});
document.querySelector('#widget-theme').addEventListener('change', (e) => {
  for (const el of widgets()) {
    if (!isWidget(el)) continue;
    if (e.target.value) el.setAttribute('theme', e.target.value);
    else el.removeAttribute('theme');
  }
});
// The widgets' own words in another language (`lang` on each; the book's text stays the file's).
// `?lang=ar` in the address picks one as the page opens.
const language = document.querySelector('#widget-lang');
const setLanguage = () => {
  for (const el of widgets()) {
    if (!isWidget(el) && el.localName !== 'newsletter-signup') continue;
    if (language.value) el.setAttribute('lang', language.value);
    else el.removeAttribute('lang');
  }
};
language.value = new URLSearchParams(location.search).get('lang') ?? '';
language.addEventListener('change', setLanguage);
if (language.value) setLanguage();
const width = document.querySelector('#width');
const showWidth = () => {
  root.style.setProperty('--stage-width', `${width.value}px`);
  document.querySelector('#width-value').value = `${width.value} px`;
};
width.addEventListener('input', showWidth);
showWidth();
