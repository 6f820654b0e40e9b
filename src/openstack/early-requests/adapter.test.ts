import { AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { afterEach, describe, expect, it } from 'vitest';
import { withEarlyResponses } from './adapter';
import { EARLY_REQUESTS_GLOBAL } from './replay.mjs';

// A closed port: a request that does go out fails at once.
const url = 'http://127.0.0.1:9/image/v2/images?limit=21';

function config(timeout = 0): InternalAxiosRequestConfig {
  return {
    method: 'get',
    baseURL: 'http://127.0.0.1:9/image',
    url: '/v2/images',
    params: { limit: 21 },
    timeout,
    headers: new AxiosHeaders(),
    validateStatus: (status) => status >= 200 && status < 300,
  };
}

function sent(response: Promise<Response>, token = 'the-token') {
  Reflect.set(globalThis, EARLY_REQUESTS_GLOBAL, [{ url, token, at: Date.now(), response }]);
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, EARLY_REQUESTS_GLOBAL);
});

describe('the answer index.html’s script asked for, as axios’s adapter gives it', () => {
  it('gives the body as text with the status and headers, once', async () => {
    sent(Promise.resolve(new Response('{"images":[]}', { status: 200, headers: { 'x-openstack-request-id': 'req-1' } })));
    const answer = await withEarlyResponses('the-token')(config());
    expect(answer).toMatchObject({ status: 200, data: '{"images":[]}' });
    expect(answer.headers['x-openstack-request-id']).toBe('req-1');
    expect(Reflect.get(globalThis, EARLY_REQUESTS_GLOBAL)).toEqual([]);
  });

  it('refuses an error answer as axios would, with the service’s body for its message', async () => {
    sent(Promise.resolve(new Response('{"message":"Not authorized"}', { status: 401 })));
    await expect(withEarlyResponses('the-token')(config())).rejects.toMatchObject({ response: { status: 401, data: '{"message":"Not authorized"}' } });
  });

  it('gives up after the request’s time limit when the answer never comes', async () => {
    sent(new Promise<Response>(() => undefined));
    await expect(withEarlyResponses('the-token')(config(30))).rejects.toMatchObject({ code: 'ECONNABORTED' });
  });

  it('leaves an answer asked for with another token where it is', async () => {
    sent(Promise.resolve(new Response('{}')), 'an-older-token');
    const adapter = withEarlyResponses('the-token');
    await expect(adapter(config(1000))).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(Reflect.get(globalThis, EARLY_REQUESTS_GLOBAL)).toHaveLength(1);
  });
});
