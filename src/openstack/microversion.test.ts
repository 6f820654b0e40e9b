import { atLeast, negotiateMicroversion, versionEntryFor } from './microversion';

describe('microversion negotiation', () => {
  const nova = { id: 'v2.1', status: 'CURRENT', version: '2.104', min_version: '2.1' };

  it('caps at the newest version the client knows', () => {
    expect(negotiateMicroversion(nova, '2.100', '2.1')).toBe('2.100');
  });

  it('takes the server maximum when it is older than the client', () => {
    expect(negotiateMicroversion({ ...nova, version: '2.93' }, '2.100', '2.1')).toBe('2.93');
    expect(negotiateMicroversion({ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0' }, '3.71', '3.0')).toBe('3.70');
  });

  it('compares numerically, not as text (2.9 < 2.45)', () => {
    expect(negotiateMicroversion({ ...nova, version: '2.9' }, '2.100', '2.1')).toBe('2.9');
    expect(atLeast('2.9', '2.45')).toBe(false);
    expect(atLeast('2.45', '2.45')).toBe(true);
    expect(atLeast('2.100', '2.47')).toBe(true);
    expect(atLeast(null, '2.1')).toBe(false);
  });

  it('gives null for a service without microversions or with no overlap', () => {
    expect(negotiateMicroversion({ id: 'v2.0', status: 'SUPPORTED', version: '', min_version: '' }, '2.100', '2.1')).toBeNull();
    expect(negotiateMicroversion({ ...nova, version: '2.60', min_version: '2.50' }, '2.40', '2.1')).toBeNull();
  });

  it('finds the entry of the endpoint major version', () => {
    const versions = [
      { id: 'v2.0', status: 'SUPPORTED', version: '', min_version: '' },
      { id: 'v2.1', status: 'CURRENT', version: '2.93', min_version: '2.1' },
    ];
    expect(versionEntryFor(versions, 'v2.1')?.version).toBe('2.93');
    expect(versionEntryFor([{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0' }], 'v3')?.version).toBe('3.70');
  });
});

describe('negotiateServiceMicroversion', () => {
  it('reads a version list answered with 300 Multiple Choices, as Cinder does', async () => {
    const { http, HttpResponse } = await import('msw');
    const { setupServer } = await import('msw/node');
    const { negotiateServiceMicroversion } = await import('./versions');
    const server = setupServer(
      http.get('http://cinder.test/', () =>
        HttpResponse.json({ versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0' }] }, { status: 300 }),
      ),
    );
    server.listen({ onUnhandledRequest: 'error' });
    try {
      await expect(negotiateServiceMicroversion('volume', 'http://cinder.test/v3/p1', 'tok')).resolves.toBe('3.70');
    } finally {
      server.close();
    }
  });
});
