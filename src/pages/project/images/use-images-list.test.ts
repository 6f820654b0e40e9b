import { hashKey } from '@tanstack/react-query';
import { newestImagesPage } from '@/openstack/glance/image-catalog';
import { imageKeys } from '@/openstack/glance/queries';
import { testApi } from '@/openstack/test-support';
import { imagesUrlFields, type ImagesListFilters } from './images-url-state';
import { toGlanceFilters } from './use-images-list';

describe('the Images panel’s opening page', () => {
  it('is the page the data layer reads ahead for a new snapshot (same cache entry)', () => {
    const api = testApi();
    const { markers: _markers, ...fields } = imagesUrlFields;
    const defaults: ImagesListFilters = {
      type: fields.type.default,
      visibility: fields.visibility.default,
      name: fields.name.default,
      status: fields.status.default,
      policy: fields.policy.default,
      sort: fields.sort.default,
      limit: fields.limit.default,
    };
    expect(Object.keys(defaults).sort()).toEqual(Object.keys(fields).sort());
    expect(hashKey(imageKeys.list(api, toGlanceFilters(api, defaults, undefined)))).toBe(hashKey(imageKeys.list(api, newestImagesPage)));
  });
});
