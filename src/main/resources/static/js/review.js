// The moderator's review page: a remark is attached to a field by clicking the field, and a decision is
// confirmed in a dialog before it is sent. (A file of its own: the Content-Security-Policy allows no inline script.)
(function () {
  'use strict';

  var form = null;
  var counter = 0;

  function format(pattern, value) {
    return (pattern || '').replace('{0}', value);
  }

  function editors() {
    return form ? document.querySelectorAll('[data-remark-editor]') : [];
  }

  function editorOf(field) {
    var found = null;
    editors().forEach(function (editor) {
      if (editor.getAttribute('data-remark-editor') === field) {
        found = editor;
      }
    });
    return found;
  }

  // the remarks written, counted in the decision bar and listed in the decision form
  function written() {
    var remarks = [];
    editors().forEach(function (editor) {
      var text = editor.querySelector('textarea');
      if (text && text.value.trim() !== '') {
        remarks.push({ label: editor.getAttribute('data-remark-label') || editor.getAttribute('data-remark-editor'),
          text: text.value.trim() });
      }
    });
    return remarks;
  }

  function refreshCount() {
    var count = document.getElementById('remark-count');
    if (count) {
      count.textContent = format(form.getAttribute('data-remark-count'), written().length);
    }
  }

  // an editor beside the field: its inputs belong to the decision form wherever they stand (form="decision-form")
  function openEditor(button) {
    var field = button.getAttribute('data-remark-field');
    var existing = editorOf(field);
    if (existing) {
      existing.querySelector('textarea').focus();
      return;
    }
    var label = button.getAttribute('data-remark-label');
    var item = button.closest('[data-remark-item]');
    var host = item ? item.querySelector('[data-remark-host]') || item : button.parentNode;
    var n = 'r' + (++counter);
    var editor = document.createElement('div');
    editor.className = 'souk-remark mt-2';
    editor.setAttribute('data-remark-editor', field);
    editor.setAttribute('data-remark-label', label);
    var hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = 'field.' + n;
    hidden.value = field;
    hidden.setAttribute('form', 'decision-form');
    var caption = document.createElement('label');
    caption.className = 'form-label small mb-1';
    caption.htmlFor = 'remark-' + n;
    caption.textContent = format(form.getAttribute('data-remark-label'), label);
    var text = document.createElement('textarea');
    text.className = 'form-control form-control-sm';
    text.rows = 2;
    text.id = 'remark-' + n;
    text.name = 'remark.' + n;
    text.setAttribute('form', 'decision-form');
    text.addEventListener('input', refreshCount);
    var remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'btn btn-link btn-sm p-0 mt-1';
    remove.textContent = form.getAttribute('data-remark-remove');
    remove.addEventListener('click', function () {
      editor.remove();
      button.focus();
      refreshCount();
    });
    editor.append(hidden, caption, text, remove);
    host.appendChild(editor);
    text.focus();
  }

  function confirmDecision(event) {
    var dialog = document.getElementById('decision-confirm');
    if (form.getAttribute('data-confirmed') === 'yes' || !dialog || typeof dialog.showModal !== 'function') {
      return; // confirmed, or a browser without dialogs: the form goes as it is
    }
    event.preventDefault();
    var submitter = event.submitter;
    var outcome = submitter ? submitter.value : 'approve';
    var texts = document.getElementById('decision-texts');
    var comment = document.getElementById('comment').value.trim();
    var remarks = written();
    document.getElementById('decision-confirm-title').textContent = texts.getAttribute('data-title-' + outcome);
    document.getElementById('decision-confirm-effect').textContent = texts.getAttribute('data-effect-' + outcome);
    document.getElementById('decision-confirm-comment').textContent = comment || texts.getAttribute('data-no-comment');
    var list = document.getElementById('decision-confirm-remarks');
    list.textContent = format(texts.getAttribute('data-remarks'), remarks.length)
      + (remarks.length ? ': ' + remarks.map(function (r) { return r.label; }).join(', ') : '');
    var missing = outcome === 'return' && comment === '';
    document.getElementById('decision-confirm-missing').hidden = !missing;
    var ok = document.getElementById('decision-ok');
    ok.textContent = texts.getAttribute('data-ok-' + outcome);
    ok.disabled = missing;
    ok.onclick = function () {
      form.setAttribute('data-confirmed', 'yes');
      dialog.close();
      if (form.requestSubmit && submitter) {
        form.requestSubmit(submitter);
      } else {
        var chosen = document.createElement('input');
        chosen.type = 'hidden';
        chosen.name = 'outcome';
        chosen.value = outcome;
        form.appendChild(chosen);
        form.submit();
      }
    };
    document.getElementById('decision-cancel').onclick = function () {
      dialog.close();
      if (missing) {
        document.getElementById('comment').focus();
      }
    };
    dialog.showModal();
    (missing ? document.getElementById('decision-cancel') : ok).focus();
  }

  document.addEventListener('DOMContentLoaded', function () {
    form = document.getElementById('decision-form');
    if (!form) {
      return;
    }
    document.addEventListener('click', function (event) {
      var button = event.target.closest('[data-remark-field]');
      if (button) {
        openEditor(button);
      }
    });
    editors().forEach(function (editor) {
      editor.querySelector('textarea').addEventListener('input', refreshCount);
    });
    form.addEventListener('submit', confirmDecision);
    refreshCount();
  });
}());
