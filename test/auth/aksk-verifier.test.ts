import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { stringify as sdkQueryString } from 'node:querystring';
import { describe, expect, it } from 'vitest';
import { request as undiciRequest } from 'undici';
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core';
import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner';
import { akskAuth, signRequest } from '../../src/upstream/auth/aksk';
import type { OutgoingRequest } from '../../src/upstream/auth/types';
import {
  bodyHashRequired,
  isAkSkSigned,
  verifyAkSkRequest,
  type AkSkAccount,
  type AkSkSignedRequest,
} from '../../src/simulator/auth/aksk';

const ALICE_AK = 'ALICEACCESSKEY000001';
const ALICE_SK = 'alice-secret-key';
const ALPHA = '6a204bd89f3c8348afd5c77c717a097a';
const accounts = new Map<string, AkSkAccount>([[ALICE_AK, { secretKey: ALICE_SK, projectId: ALPHA }]]);
const lookup = (accessKey: string) => accounts.get(accessKey);

const NOW = new Date(Date.UTC(2024, 5, 4, 18, 11, 6));
const ORIGIN = 'https://ims.example.test';
const IMAGE = '4ce9b1d4-7a5a-4e31-8d8e-0e4e2f2b6b1a';
const MINUTE = 60_000;

const sha256 = (body: string) => createHash('sha256').update(body).digest('hex');

/** What the simulator sees of a request our signer signed: wire path and query, lower-case headers. */
function received(req: OutgoingRequest, added: Record<string, string>, body = typeof req.body === 'string' ? req.body : ''): AkSkSignedRequest {
  return {
    method: req.method,
    path: req.url.pathname,
    rawQuery: req.url.search,
    headers: { ...req.headers, ...added },
    bodySha256Hex: sha256(body),
  };
}

function signedByUs(req: OutgoingRequest, at = NOW, secretKey = ALICE_SK): AkSkSignedRequest {
  return received(req, signRequest(req, { accessKey: ALICE_AK, secretKey }, at));
}

const listRequest: OutgoingRequest = {
  method: 'GET',
  url: new URL(`${ORIGIN}/v2/cloudimages?__imagetype=private&tag=b&tag=a&name=web%20server&limit=`),
  headers: { 'content-type': 'application/json' },
};
const createRequest: OutgoingRequest = {
  method: 'POST',
  url: new URL(`${ORIGIN}/v2/cloudimages/action`),
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ name: 'web', instance_id: '877a2cda-ba63-4e1e-b95f-e67e48b6129a' }),
};

describe('verifyAkSkRequest accepts genuine signatures', () => {
  it('a request signed by the gateway signer, with the project of the access key', () => {
    expect(verifyAkSkRequest(signedByUs(listRequest), lookup, NOW)).toEqual({ ok: true, accessKey: ALICE_AK, projectId: ALPHA });
    expect(verifyAkSkRequest(signedByUs(createRequest), lookup, NOW)).toMatchObject({ ok: true });
  });

  it('a request signed by the Huawei SDK, as the SDK puts it on the wire', () => {
    const queryParams = { __imagetype: 'private', tag: ['b', 'a'], name: 'web server/€', limit: '' };
    const data = { name: 'web', image_tags: [{ key: 'env', value: 'prod' }] };
    const signed = AKSKSigner.sign(
      {
        method: 'POST',
        endpoint: `${ORIGIN}/v2/cloudimages/action`,
        queryParams,
        headers: { 'content-type': 'application/json', 'X-Sdk-Date': '20240604T181106Z' },
        data,
      },
      new BasicCredentials().withAk(ALICE_AK).withSk(ALICE_SK),
    ) as Record<string, string>;
    const headers = Object.fromEntries(Object.entries(signed).map(([k, v]) => [k.toLowerCase(), v]));
    const view: AkSkSignedRequest = {
      method: 'POST',
      path: '/v2/cloudimages/action',
      rawQuery: sdkQueryString(queryParams),
      headers,
      bodySha256Hex: sha256(JSON.stringify(data)),
    };
    expect(isAkSkSigned(view.headers)).toBe(true);
    expect(verifyAkSkRequest(view, lookup, NOW)).toEqual({ ok: true, accessKey: ALICE_AK, projectId: ALPHA });
  });

  it('temporary credentials and X-Project-Id signed by the provider', async () => {
    const provider = akskAuth({ accessKey: ALICE_AK, secretKey: ALICE_SK, securityToken: 'sts-token' }, { projectId: ALPHA, clock: () => NOW });
    const added = await provider.authorize(listRequest);
    expect(verifyAkSkRequest(received(listRequest, added), lookup, NOW)).toMatchObject({ ok: true, projectId: ALPHA });
  });

  it('a streamed upload signed UNSIGNED-PAYLOAD needs no body hash', () => {
    const upload: OutgoingRequest = {
      method: 'PUT',
      url: new URL(`${ORIGIN}/v2/images/${IMAGE}/file`),
      headers: { 'content-type': 'application/octet-stream' },
      streamingBody: true,
    };
    const view = signedByUs(upload);
    expect(bodyHashRequired(view.headers)).toBe(false);
    expect(verifyAkSkRequest({ ...view, bodySha256Hex: 'UNSIGNED-PAYLOAD' }, lookup, NOW)).toMatchObject({ ok: true });
    expect(bodyHashRequired(signedByUs(createRequest).headers)).toBe(true);
  });

  it('a date up to 15 minutes off either way is accepted', () => {
    const view = signedByUs(listRequest);
    expect(verifyAkSkRequest(view, lookup, new Date(NOW.getTime() + 15 * MINUTE))).toMatchObject({ ok: true });
    expect(verifyAkSkRequest(view, lookup, new Date(NOW.getTime() - 15 * MINUTE))).toMatchObject({ ok: true });
  });

  it('over real HTTP: the raw path and headers a server receives verify (tag key with a space and %)', async () => {
    const verdicts: unknown[] = [];
    const server = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const [path = '', query = ''] = (req.url ?? '').split(/\?(.*)/s);
        verdicts.push(
          verifyAkSkRequest(
            {
              method: req.method ?? '',
              path,
              rawQuery: query,
              headers: req.headers,
              bodySha256Hex: createHash('sha256').update(Buffer.concat(chunks)).digest('hex'),
            },
            lookup,
            NOW,
          ),
        );
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const provider = akskAuth({ accessKey: ALICE_AK, secretKey: ALICE_SK }, { projectId: ALPHA, clock: () => NOW });
      const body = JSON.stringify({ tag: { key: 'my key%', value: 'ü' } });
      const req: OutgoingRequest = {
        method: 'PUT',
        url: new URL(`http://127.0.0.1:${port}/v2/${ALPHA}/images/${IMAGE}/tags/${encodeURIComponent('my key%')}?x=1+2&x=%C3%BC`),
        headers: { 'content-type': 'application/json' },
        body,
      };
      const added = await provider.authorize(req);
      const res = await undiciRequest(req.url, { method: 'PUT', headers: { ...req.headers, ...added }, body });
      await res.body.dump();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(verdicts).toEqual([{ ok: true, accessKey: ALICE_AK, projectId: ALPHA }]);
  });
});

describe('verifyAkSkRequest rejects', () => {
  const genuine = signedByUs(createRequest);
  const genuineList = signedByUs(listRequest);
  const reasonOf = (view: AkSkSignedRequest, now = NOW) => {
    const verdict = verifyAkSkRequest(view, lookup, now);
    expect(verdict.ok).toBe(false);
    return verdict.ok ? '' : verdict.reason;
  };

  it('a tampered query string', () => {
    expect(reasonOf({ ...genuineList, rawQuery: genuineList.rawQuery.replace('tag=a', 'tag=c') })).toBe('signature mismatch');
    expect(reasonOf({ ...genuineList, rawQuery: `${genuineList.rawQuery}&marker=x` })).toBe('signature mismatch');
  });

  it('a tampered path or method', () => {
    expect(reasonOf({ ...genuine, path: '/v2/cloudimages/actions' })).toBe('signature mismatch');
    expect(reasonOf({ ...genuine, method: 'PUT' })).toBe('signature mismatch');
  });

  it('a tampered body', () => {
    expect(reasonOf({ ...genuine, bodySha256Hex: sha256('{"name":"evil"}') })).toBe('signature mismatch');
  });

  it('a body that does not match its declared x-sdk-content-sha256', () => {
    const view = { ...genuine, headers: { ...genuine.headers, 'x-sdk-content-sha256': sha256('other') } };
    expect(reasonOf(view)).toMatch(/X-Sdk-Content-Sha256/);
  });

  it('a tampered signed header', () => {
    expect(reasonOf({ ...genuine, headers: { ...genuine.headers, 'content-type': 'text/plain' } })).toBe('signature mismatch');
    expect(reasonOf({ ...genuine, headers: { ...genuine.headers, host: 'other.example.test' } })).toBe('signature mismatch');
  });

  it('a signed header missing from the request', () => {
    const { 'content-type': _dropped, ...headers } = genuine.headers;
    expect(reasonOf({ ...genuine, headers })).toMatch(/content-type/);
  });

  it('a signature made with the wrong secret key', () => {
    expect(reasonOf(signedByUs(createRequest, NOW, 'not-alice-secret'))).toBe('signature mismatch');
  });

  it('an unknown access key, without echoing any key material', () => {
    const view = received(createRequest, signRequest(createRequest, { accessKey: 'NOBODY', secretKey: ALICE_SK }, NOW));
    const reason = reasonOf(view);
    expect(reason).toBe('unknown access key');
    expect(reason).not.toContain(ALICE_SK);
  });

  it('a stale or future date (more than 15 minutes off)', () => {
    expect(reasonOf(genuine, new Date(NOW.getTime() + 15 * MINUTE + 1000))).toMatch(/15 minutes/);
    expect(reasonOf(genuine, new Date(NOW.getTime() - 16 * MINUTE))).toMatch(/15 minutes/);
    // Re-dating the request to pass the window breaks the signature.
    expect(reasonOf({ ...genuine, headers: { ...genuine.headers, 'x-sdk-date': '20240604T183000Z' } }, new Date(NOW.getTime() + 20 * MINUTE))).toBe(
      'signature mismatch',
    );
  });

  it('a malformed or impossible X-Sdk-Date', () => {
    expect(reasonOf({ ...genuine, headers: { ...genuine.headers, 'x-sdk-date': '2024-06-04T18:11:06Z' } })).toMatch(/X-Sdk-Date/);
    expect(reasonOf({ ...genuine, headers: { ...genuine.headers, 'x-sdk-date': '20240231T181106Z' } })).toMatch(/X-Sdk-Date/);
  });

  it('SignedHeaders without host or x-sdk-date', () => {
    const authorization = String(genuine.headers.authorization);
    const withoutHost = authorization.replace('SignedHeaders=content-type;host;x-sdk-date', 'SignedHeaders=content-type;x-sdk-date');
    const withoutDate = authorization.replace('SignedHeaders=content-type;host;x-sdk-date', 'SignedHeaders=content-type;host');
    expect(withoutHost).not.toBe(authorization);
    expect(reasonOf({ ...genuine, headers: { ...genuine.headers, authorization: withoutHost } })).toMatch(/host and x-sdk-date/);
    expect(reasonOf({ ...genuine, headers: { ...genuine.headers, authorization: withoutDate } })).toMatch(/host and x-sdk-date/);
  });

  it('a malformed Authorization header', () => {
    expect(reasonOf({ ...genuine, headers: { ...genuine.headers, authorization: 'SDK-HMAC-SHA256 Access=x' } })).toMatch(/Authorization/);
    expect(isAkSkSigned({ authorization: 'Bearer abc' })).toBe(false);
  });

  it('an X-Project-Id that is not the project of the access key', () => {
    const req = { ...listRequest, headers: { ...listRequest.headers, 'x-project-id': 'f'.repeat(32) } };
    expect(reasonOf(signedByUs(req))).toMatch(/X-Project-Id/);
  });

  it('a body the simulator did not hash when the request did not declare UNSIGNED-PAYLOAD', () => {
    expect(reasonOf({ ...genuine, bodySha256Hex: 'UNSIGNED-PAYLOAD' })).toMatch(/not hashed/);
  });
});
