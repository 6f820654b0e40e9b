import { Route, Routes } from 'react-router-dom';
import { ImageDetailPage } from './ImageDetailPage';
import { ImagesPage } from './ImagesPage';
import '@/i18n/panels/images'; // registers the panel's messages
import '@/i18n/panels/policies';
import '@/i18n/panels/snapshot-storage'; // the header's link to the storage view

/** /project/images/* — the list, and one image's details. */
function ImagesRoute() {
  return (
    <Routes>
      <Route index element={<ImagesPage />} />
      <Route path=":imageId" element={<ImageDetailPage />} />
    </Routes>
  );
}

export { ImagesRoute as Component };
