// The storefront's small script: the screenshot lightbox of the solution page and the filter panel of the result
// pages. Both pages work without it: a screenshot is a link to the full image, the filters a plain form.
(function () {
  'use strict';

  function lightbox() {
    var dialog = document.getElementById('lightbox');
    if (!dialog || typeof dialog.showModal !== 'function') {
      return;
    }
    var links = Array.prototype.slice.call(document.querySelectorAll('[data-lightbox-item]'));
    var holder = dialog.querySelector('[data-lightbox-image]');
    var caption = dialog.querySelector('figcaption');
    var counter = dialog.querySelector('[data-lightbox-counter]');
    var previous = dialog.querySelector('[data-lightbox-prev]');
    var next = dialog.querySelector('[data-lightbox-next]');
    var index = 0;
    var opener = null;

    function show(i) {
      index = (i + links.length) % links.length;
      var link = links[index];
      var thumbnail = link.querySelector('img');
      var image = document.createElement('img');
      image.src = link.href;
      image.alt = thumbnail ? thumbnail.alt : '';
      if (link.dataset.width && link.dataset.height) {
        image.width = Number(link.dataset.width);
        image.height = Number(link.dataset.height);
      }
      holder.replaceChildren(image);
      caption.textContent = link.dataset.caption || '';
      counter.textContent = dialog.dataset.of.replace('%1', String(index + 1)).replace('%2', String(links.length));
    }

    var single = links.length < 2;
    previous.hidden = single;
    next.hidden = single;
    links.forEach(function (link, i) {
      link.addEventListener('click', function (event) {
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
          return; // a new tab or window for the full image, as the person asked
        }
        event.preventDefault();
        opener = link;
        show(i);
        dialog.showModal();
      });
    });
    previous.addEventListener('click', function () { show(index - 1); });
    next.addEventListener('click', function () { show(index + 1); });
    dialog.querySelector('[data-lightbox-close]').addEventListener('click', function () { dialog.close(); });
    // Esc closes a modal dialog by itself; the arrows page through the screenshots
    dialog.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowRight' && !single) {
        event.preventDefault();
        show(index + 1);
      } else if (event.key === 'ArrowLeft' && !single) {
        event.preventDefault();
        show(index - 1);
      }
    });
    // a click on the dimmed backdrop (the dialog element itself, outside its content) closes too
    dialog.addEventListener('click', function (event) {
      if (event.target === dialog) {
        dialog.close();
      }
    });
    dialog.addEventListener('close', function () {
      holder.replaceChildren();
      if (opener) {
        opener.focus();
      }
    });
  }

  // The filter panel is open on a wide screen, folded under the results' count on a narrow one.
  function filters() {
    var panel = document.getElementById('filter-panel');
    if (!panel || !window.matchMedia) {
      return;
    }
    var wide = window.matchMedia('(min-width: 992px)');
    var apply = function () { panel.open = wide.matches; };
    apply();
    wide.addEventListener('change', apply);
  }

  function ready() {
    lightbox();
    filters();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
})();
