// Souk's small script: CSRF for htmx requests and confirmation before destructive steps.
// (Kept in a file: the Content-Security-Policy allows no inline script.)
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener('submit', function (event) {
  var form = event.target;
  var message = form.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
}, true);
// Plain text with addresses in it (card fields, e-mails in the dev mailbox): http(s) addresses become links.
// Only text nodes and textContent: whatever the text says, it is never parsed as HTML.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-linkify]').forEach(function (element) {
    var text = element.textContent;
    var pattern = /https?:\/\/[^\s<>"'`]+/g;
    var last = 0, match;
    element.textContent = '';
    while ((match = pattern.exec(text)) !== null) {
      // a sentence's full stop or closing bracket after an address is no part of it
      var address = match[0].replace(/[.,;:!?)\]}]+$/, '');
      element.appendChild(document.createTextNode(text.slice(last, match.index)));
      var link = document.createElement('a');
      link.href = address;
      link.rel = 'nofollow noopener';
      link.textContent = address;
      element.appendChild(link);
      last = match.index + address.length;
      pattern.lastIndex = last;
    }
    element.appendChild(document.createTextNode(text.slice(last)));
  });
});
// Canned responses: a button with data-insert-into adds its data-text to that field at the caret.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-insert-into]');
  if (!button) {
    return;
  }
  var field = document.querySelector(button.getAttribute('data-insert-into'));
  if (!field) {
    return;
  }
  var text = button.getAttribute('data-text');
  var at = field.selectionStart || field.value.length;
  var before = field.value.slice(0, at);
  field.value = before + (before && !before.endsWith('\n') ? '\n' : '') + text + field.value.slice(at);
  field.focus();
});
// A row of tabs that scrolls sideways (a phone): the current tab in view, not hidden beyond the right edge.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.souk-tabs').forEach(function (strip) {
    var current = strip.querySelector('.nav-link.active');
    if (current && strip.scrollWidth > strip.clientWidth) {
      strip.scrollLeft = current.offsetLeft - (strip.clientWidth - current.offsetWidth) / 2;
    }
  });
});
// File fields speak the page's language: a browser's own file input says "Choose File" and "No file chosen" in
// the browser's. The input stays in its form (required, the keyboard: its label opens it), out of sight; a
// button-like label and the chosen file's name are shown in its place.
document.addEventListener('DOMContentLoaded', function () {
  var words = document.body.dataset;
  if (!words.fileChoose) {
    return;
  }
  document.querySelectorAll('input[type=file][id]').forEach(function (input) {
    var group = document.createElement('div');
    group.className = 'input-group souk-file' + (input.classList.contains('mb-2') ? ' mb-2' : '');
    var button = document.createElement('label');
    button.className = 'btn btn-outline-secondary';
    button.htmlFor = input.id;
    button.textContent = words.fileChoose;
    var name = document.createElement('span');
    name.className = 'form-control text-truncate text-body-secondary'
        + (input.classList.contains('is-invalid') ? ' is-invalid' : '');
    name.textContent = words.fileNone;
    input.parentNode.insertBefore(group, input);
    group.append(input, button, name);
    input.classList.remove('form-control', 'mb-2');
    input.classList.add('souk-file-input');
    input.addEventListener('change', function () {
      var names = Array.prototype.map.call(input.files, function (file) { return file.name; });
      name.textContent = names.length ? names.join(', ') : words.fileNone;
      name.classList.toggle('text-body-secondary', !names.length);
    });
  });
});
