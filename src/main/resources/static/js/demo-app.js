// The demo apps' pages (templates/demo/app.html): wait for the account's authorization through BX24, then
// finish the installation (installer page) or say which account the app works on (app page).
(function () {
  'use strict';
  var status = document.getElementById('demo-status');
  if (!status || !window.BX24) {
    return;
  }
  BX24.init(function () {
    var auth = BX24.getAuth();
    if (status.getAttribute('data-demo-step') === 'install') {
      status.textContent = 'Connected to ' + auth.domain + '. Finishing the installation…';
      BX24.installFinish();
    } else {
      status.textContent = 'Working on ' + auth.domain + '.';
    }
  });
})();
