// Souk's BX24 for an app's page opened in Souk's frame: include it with
// <script src="https://<souk-host>/js/bx24.js"></script>. BX24.init(callback), BX24.getAuth() and
// BX24.installFinish() talk to the Souk page around the frame by postMessage (the frame was opened with
// APP_SID in its query; Souk answers only its own frame, from the origin it opened).
(function (global) {
  'use strict';
  var query = new URLSearchParams(global.location.search);
  var sid = query.get('APP_SID');
  var auth = null;
  var waiting = [];
  var parentOrigin = (global.location.ancestorOrigins && global.location.ancestorOrigins[0]) || '*';

  function send(method) {
    global.parent.postMessage({ souk: 'bx24', method: method, sid: sid, id: String(Date.now()) }, parentOrigin);
  }

  global.addEventListener('message', function (event) {
    var message = event.data || {};
    if (event.source !== global.parent || message.souk !== 'bx24' || message.sid !== sid || !message.result) {
      return;
    }
    auth = message.result;
    var callbacks = waiting;
    waiting = [];
    callbacks.forEach(function (callback) { callback(); });
  });

  global.BX24 = {
    init: function (callback) {
      if (auth) {
        callback();
      } else {
        waiting.push(callback);
        send('getAuth');
      }
    },
    getAuth: function () {
      return auth ? { access_token: auth.access_token, refresh_token: auth.refresh_token,
        expires_in: auth.expires_in, domain: auth.domain, member_id: auth.member_id } : false;
    },
    installFinish: function () {
      send('installFinish');
    }
  };
})(window);
