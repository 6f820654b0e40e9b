import { paths, safeReturnPath } from './paths';

const origin = 'https://dash.example';

describe('safeReturnPath', () => {
  it.each([
    '/\\evil.example/x',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\\/evil.example',
    '//evil.example/x',
    '/%5Cevil.example/x',
    '/%2F/evil.example',
    '/%09/evil.example',
    '/%E0%A4%A',
    'https://evil.example/x',
    'javascript:alert(1)',
    'project/instances',
    '/auth/login?next=%2Fproject',
    '',
    null,
  ])('sends %j to the default page', (candidate) => {
    expect(safeReturnPath(candidate, origin)).toBe(paths.instances);
  });

  it('keeps a path of this app with its query and hash', () => {
    expect(safeReturnPath('/project/images?status=active&page=2#top', origin)).toBe('/project/images?status=active&page=2#top');
  });
});
