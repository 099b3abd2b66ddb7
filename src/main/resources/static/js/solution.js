// The developer's area for solutions (templates/solution/*): small helpers on top of pages that work
// without them. Kept in a file: the Content-Security-Policy allows no inline script.
(function () {
  'use strict';

  // A submit button may ask before it submits (souk.js does the same for a whole form).
  document.addEventListener('submit', function (event) {
    var button = event.submitter;
    var message = button && button.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  function ready(callback) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', callback);
    } else {
      callback();
    }
  }

  ready(function () {
    // "Add solution": the code the solution will have, live (partnercode.appcode)
    document.querySelectorAll('input[data-partner-code]').forEach(function (input) {
      var target = document.getElementById('code-preview-value');
      if (!target) {
        return;
      }
      var show = function () {
        var typed = input.value.trim().toLowerCase();
        target.textContent = input.getAttribute('data-partner-code') + '.' + (typed || 'appcode');
      };
      input.addEventListener('input', show);
      show();
    });

    // copy a key to the clipboard
    document.querySelectorAll('[data-copy]').forEach(function (button) {
      button.addEventListener('click', function () {
        var field = document.querySelector(button.getAttribute('data-copy'));
        if (!field) {
          return;
        }
        field.select();
        var done = function () {
          var label = button.textContent;
          button.textContent = button.getAttribute('data-copied') || label;
          window.setTimeout(function () { button.textContent = label; }, 2000);
        };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(field.value).then(done, function () {});
        } else {
          try {
            document.execCommand('copy');
            done();
          } catch (e) {
            // the field stays selected: the person copies it by hand
          }
        }
      });
    });

    // the card editor: the language tab that is open comes back open after saving
    var tab = document.getElementById('tab');
    if (tab) {
      document.querySelectorAll('button[data-language]').forEach(function (button) {
        button.addEventListener('shown.bs.tab', function () {
          tab.value = button.getAttribute('data-language');
        });
      });
    }

    // a link to a field in a tab that is not open (the list of errors): open its tab first
    document.querySelectorAll('a[href^="#"]').forEach(function (link) {
      link.addEventListener('click', function () {
        var target = document.getElementById(link.getAttribute('href').slice(1));
        var pane = target && target.closest('.tab-pane');
        var button = pane && document.querySelector('[data-bs-target="#' + pane.id + '"]');
        if (button && window.bootstrap && !pane.classList.contains('active')) {
          window.bootstrap.Tab.getOrCreateInstance(button).show();
        }
        if (target && typeof target.focus === 'function') {
          window.setTimeout(function () { target.focus(); }, 0);
        }
      });
    });

    // at most N ticks in a fieldset (C-02 categories, C-10 tags); the server checks again
    document.querySelectorAll('fieldset[data-max]').forEach(function (fieldset) {
      var max = parseInt(fieldset.getAttribute('data-max'), 10);
      var boxes = Array.prototype.slice.call(fieldset.querySelectorAll('input[type=checkbox]'));
      var counter = fieldset.querySelector('[data-max-counter]');
      var readOnly = fieldset.closest('fieldset[disabled]') !== null;
      var update = function () {
        var checked = boxes.filter(function (b) { return b.checked; }).length;
        if (counter) {
          counter.textContent = checked + ' / ' + max;
          counter.classList.toggle('text-danger', checked > max);
        }
        if (!readOnly) {
          boxes.forEach(function (b) { b.disabled = !b.checked && checked >= max; });
        }
      };
      boxes.forEach(function (b) { b.addEventListener('change', update); });
      update();
      // disabled boxes are not sent; they are unticked anyway
    });

    // a live count of characters where a field has a limit (C-16 keywords)
    document.querySelectorAll('textarea[data-counter]').forEach(function (area) {
      var max = parseInt(area.getAttribute('data-counter'), 10);
      var counter = document.createElement('div');
      counter.className = 'form-text text-end';
      counter.setAttribute('aria-live', 'polite');
      var help = area.parentNode.querySelector('.form-text');
      area.parentNode.insertBefore(counter, help ? help.nextSibling : null);
      var update = function () {
        counter.textContent = area.value.length + ' / ' + max;
        counter.classList.toggle('text-danger', area.value.length > max);
      };
      area.addEventListener('input', update);
      update();
    });

    // screenshots: drag to reorder (the up and down buttons do the same without a mouse)
    var list = document.getElementById('screenshot-list');
    var orderForm = document.getElementById('screenshot-order');
    if (list && orderForm && list.closest('fieldset[disabled]') === null) {
      var items = function () {
        return Array.prototype.slice.call(list.querySelectorAll('li[data-id]'));
      };
      var ids = function () {
        return items().map(function (li) { return li.getAttribute('data-id'); }).join(',');
      };
      var before = ids();
      var dragged = null;
      items().forEach(function (li) {
        li.setAttribute('draggable', 'true');
        li.classList.add('souk-draggable');
        li.addEventListener('dragstart', function (event) {
          dragged = li;
          li.classList.add('opacity-50');
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData('text/plain', li.getAttribute('data-id'));
        });
        li.addEventListener('dragend', function () {
          li.classList.remove('opacity-50');
          dragged = null;
          var after = ids();
          if (after !== before) {
            orderForm.querySelector('input[name=ids]').value = after;
            orderForm.submit();
          }
        });
        li.addEventListener('dragover', function (event) {
          if (!dragged || dragged === li) {
            return;
          }
          event.preventDefault();
          var box = li.getBoundingClientRect();
          var below = event.clientY > box.top + box.height / 2;
          list.insertBefore(dragged, below ? li.nextSibling : li);
        });
        li.addEventListener('drop', function (event) {
          event.preventDefault();
        });
      });
    }
  });
})();
