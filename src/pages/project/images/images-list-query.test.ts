import { hashKey } from '@tanstack/react-query';
import { readUrlState } from '@/lib/use-url-state';
import { newestImagesPage } from '@/openstack/glance/image-catalog';
import { imageKeys } from '@/openstack/glance/queries';
import { testApi } from '@/openstack/test-support';
import { imagesListQuery } from './images-list-query';
import { imagesUrlFields } from './images-url-state';

describe('the Images panel’s opening page', () => {
  it('is the page the data layer reads ahead for a new snapshot (same cache entry)', () => {
    const api = testApi();
    const opening = imagesListQuery(api, readUrlState(imagesUrlFields, new URLSearchParams()));
    expect(hashKey(opening.queryKey)).toBe(hashKey(imageKeys.list(api, newestImagesPage)));
  });
});
