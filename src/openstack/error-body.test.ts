import { messageFromErrorBody } from './error-body';

describe('messageFromErrorBody', () => {
  it('reads a Nova or Cinder fault object', () => {
    expect(messageFromErrorBody({ itemNotFound: { code: 404, message: 'Instance abc could not be found.' } })).toEqual({
      message: 'Instance abc could not be found.',
      faultName: 'itemNotFound',
    });
    expect(
      messageFromErrorBody({ overLimit: { code: 413, message: 'SnapshotLimitExceeded: Maximum number of snapshots allowed (10) exceeded', retryAfter: '0' } }),
    ).toEqual({ message: 'SnapshotLimitExceeded: Maximum number of snapshots allowed (10) exceeded', faultName: 'overLimit' });
  });

  it('reads Keystone and Neutron bodies', () => {
    expect(messageFromErrorBody({ error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } })).toEqual({
      message: 'The request you have made requires authentication.',
      faultName: 'Unauthorized',
    });
    expect(messageFromErrorBody({ NeutronError: { type: 'NetworkNotFound', message: 'Network x could not be found.', detail: '' } })).toEqual({
      message: 'Network x could not be found.',
      faultName: 'NetworkNotFound',
    });
  });

  it('cleans Glance JSON with markup and Glance HTML pages', () => {
    expect(
      messageFromErrorBody({ message: 'Image 1 is protected and cannot be deleted.<br /><br />\n\n\n', code: '403 Forbidden', title: 'Forbidden' }),
    ).toEqual({ message: 'Image 1 is protected and cannot be deleted.', faultName: 'Forbidden' });
    const html =
      '<html>\n <head>\n  <title>403 Forbidden</title>\n </head>\n <body>\n  <h1>403 Forbidden</h1>\n  Image 1 is protected and cannot be deleted.<br /><br />\n\n\n\n </body>\n</html>';
    expect(messageFromErrorBody(html)).toEqual({ message: 'Image 1 is protected and cannot be deleted.', faultName: '403 Forbidden' });
  });

  it('keeps plain text and gives up on empty or unknown bodies', () => {
    expect(messageFromErrorBody('Bad gateway: upstream closed')).toEqual({ message: 'Bad gateway: upstream closed' });
    expect(messageFromErrorBody('')).toBeNull();
    expect(messageFromErrorBody({ a: 1, b: 2 })).toBeNull();
    expect(messageFromErrorBody(null)).toBeNull();
  });
});
