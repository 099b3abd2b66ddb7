// The official JS SDK (@bitrix24/b24jssdk) against Souk, as a partner's server uses it: B24OAuth built from
// the auth of ONAPPINSTALL. Steps, each printed as one JSON line for SdkFlowTest:
//   app.info with the installation's access token;
//   "expire": the test ends the access token's hour in the database and answers on stdin;
//   app.info again: Souk answers 401 expired_token, the SDK refreshes by itself (POST /oauth/token/) and retries;
//   the refresh token the SDK spent, sent again: refused, and the chain revoked (the SDK's new tokens too).
// Usage: node sdk-flow.mjs  with the SDK in NODE_PATH's node_modules and the JSON of the install on argv[2].
import { createInterface } from 'node:readline';
import { B24OAuth } from '@bitrix24/b24jssdk';

const install = JSON.parse(process.argv[2]);
const say = (step, data) => console.log(JSON.stringify({ step, ...data }));
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();

const b24 = new B24OAuth({
  applicationToken: install.applicationToken,
  userId: install.userId,
  memberId: install.memberId,
  accessToken: install.accessToken,
  refreshToken: install.refreshToken,
  expires: install.expires,
  expiresIn: 3600,
  scope: install.scope,
  domain: install.domain,
  clientEndpoint: install.clientEndpoint,
  serverEndpoint: install.serverEndpoint,
  status: install.status,
}, { clientId: install.clientId, clientSecret: install.clientSecret });
let refreshed = null;
b24.setCallbackRefreshAuth(async ({ authData }) => { refreshed = authData; });

const info = async () => {
  try {
    const answer = await b24.callMethod('app.info');
    return { ok: true, result: answer.getData().result };
  } catch (error) {
    return { ok: false, error: String(error?.code ?? error?.message ?? error) };
  }
};

say('app.info', await info());
say('expire', { accessToken: install.accessToken });
await lines.next();
const after = await info();
say('app.info after expiry', { ...after, refreshed: refreshed !== null, newRefreshToken: refreshed?.refresh_token,
  newAccessToken: refreshed?.access_token });

const reuse = await fetch(new URL('/oauth/token/', install.serverEndpoint), {
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ grant_type: 'refresh_token', client_id: install.clientId,
    client_secret: install.clientSecret, refresh_token: install.refreshToken }),
});
say('reuse', { status: reuse.status, body: await reuse.json() });
say('app.info after reuse', await info());
process.exit(0);
