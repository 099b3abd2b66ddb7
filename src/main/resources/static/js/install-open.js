// "Open" an installed app (templates/install/open.html): POST protocol.md's fields into the frame, then answer
// the app's BX24 script (/js/bx24.js) by postMessage: getAuth, and installFinish for an installer page.
// Messages are accepted only from the frame, from the app's origin, with this page's APP_SID.
(function () {
  'use strict';
  var launch = document.getElementById('app-launch');
  if (!launch) {
    return;
  }
  var frame = document.getElementById('app-frame');
  var origin = launch.getAttribute('data-origin');
  var sid = launch.getAttribute('data-sid');
  var auth = JSON.parse(launch.getAttribute('data-auth'));
  window.addEventListener('message', function (event) {
    var message = event.data || {};
    if (event.source !== frame.contentWindow || event.origin !== origin || message.sid !== sid) {
      return;
    }
    if (message.method === 'getAuth') {
      frame.contentWindow.postMessage({ souk: 'bx24', sid: sid, id: message.id, result: auth }, origin);
    } else if (message.method === 'installFinish') {
      document.getElementById('app-finish').submit();
    }
  });
  launch.submit();
})();
