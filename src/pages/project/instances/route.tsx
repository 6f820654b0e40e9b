import { Route, Routes } from 'react-router-dom';
import { InstanceDetailPage } from './detail/InstanceDetailPage';
import { InstancesPage } from './InstancesPage';
import '@/i18n/panels/instances'; // registers the panel's messages
import '@/i18n/panels/instance-detail';

/** /project/instances/* — the list, and one instance's details. */
function InstancesRoute() {
  return (
    <Routes>
      <Route index element={<InstancesPage />} />
      <Route path=":instanceId" element={<InstanceDetailPage />} />
    </Routes>
  );
}

export { InstancesRoute as Component };
