// The card's full description in a WYSIWYG editor (Trix, vendored under js/vendor/). The HTML textarea stays the
// field that is sent: without script it is edited as HTML; with it, it is hidden and kept equal to what the editor
// writes. What the editor can write is what the sanitizer (web.RichText) keeps: paragraphs (div), h2 headings,
// bold, italic, strike, links, quotes, code blocks, bulleted and numbered lists; no attachments.
(function () {
  'use strict';
  if (!window.Trix || !window.customElements) {
    return;
  }
  // the policy keeps h2-h6, not h1 (the page's title is the h1)
  Trix.config.blockAttributes.heading1.tagName = 'h2';

  // "bold:Bold;italic:Italic;…" from the page, in the UI's language
  function language(textarea) {
    (textarea.getAttribute('data-editor-lang') || '').split(';').forEach(function (pair) {
      var colon = pair.indexOf(':');
      if (colon > 0) {
        Trix.config.lang[pair.slice(0, colon).trim()] = pair.slice(colon + 1).trim();
      }
    });
  }

  // Trix 2 marks each block with an empty comment; links get the rel the sanitizer would add anyway, so that the
  // sanitizer has nothing left to change (RichTextTest, RichTextEditorBrowserTest)
  function clean(html) {
    var doc = new DOMParser().parseFromString('<body>' + html.replace(/<!--block-->/g, '') + '</body>', 'text/html');
    doc.body.querySelectorAll('a[href]').forEach(function (a) { a.setAttribute('rel', 'nofollow noopener'); });
    return doc.body.innerHTML;
  }

  document.addEventListener('trix-file-accept', function (event) {
    event.preventDefault(); // images come as screenshots of the card, not inside the text
  });

  document.querySelectorAll('textarea[data-rich-text]').forEach(function (textarea) {
    if (textarea.disabled || textarea.readOnly) {
      return;
    }
    language(textarea);
    var input = document.createElement('input');
    input.type = 'hidden';
    input.id = textarea.id + '-editor-input';
    input.value = textarea.value;
    var editor = document.createElement('trix-editor');
    editor.id = textarea.id + '-editor';
    editor.setAttribute('input', input.id);
    editor.setAttribute('aria-labelledby', textarea.id + '-label');
    editor.className = 'form-control trix-content souk-rich souk-editor';
    if (textarea.classList.contains('is-invalid')) {
      editor.classList.add('is-invalid');
    }
    textarea.hidden = true;
    textarea.insertAdjacentElement('afterend', input);
    input.insertAdjacentElement('afterend', editor);
    editor.addEventListener('trix-change', function () {
      textarea.value = clean(input.value);
      // the live check of the field (htmx, on keyup of the textarea)
      textarea.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    });
  });
})();
