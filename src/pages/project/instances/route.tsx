import { Navigate, Route, Routes, useLocation, useParams } from 'react-router-dom';
import { paths } from '@/paths';
import { InstanceDetailPage } from './detail/InstanceDetailPage';
import { InstancesPage } from './InstancesPage';
import '@/i18n/panels/instances'; // registers the panel's messages
import '@/i18n/panels/instance-detail';
import '@/i18n/panels/restore';
import '@/i18n/panels/policies';

/** The former snapshots page of an instance (bookmarks, `?restore=`): its content is on the detail page now. */
function InstanceSnapshotsRedirect() {
  const { instanceId = '' } = useParams();
  const { search } = useLocation();
  return <Navigate to={`${paths.instanceDetail(instanceId)}${search}`} replace />;
}

/** /project/instances/* — the list, and one instance's details (with its snapshots and Restore). */
function InstancesRoute() {
  return (
    <Routes>
      <Route index element={<InstancesPage />} />
      <Route path=":instanceId" element={<InstanceDetailPage />} />
      <Route path=":instanceId/snapshots" element={<InstanceSnapshotsRedirect />} />
    </Routes>
  );
}

export { InstancesRoute as Component };
