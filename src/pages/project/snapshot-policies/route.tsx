import { Route, Routes } from 'react-router-dom';
import { PoliciesPage } from './PoliciesPage';
import { PolicyDetailPage } from './PolicyDetailPage';
import '@/i18n/panels/policies'; // registers the panel's messages
import './PoliciesPage.css';

/** /project/policies/* — the list and one policy. */
function PoliciesRoute() {
  return (
    <Routes>
      <Route index element={<PoliciesPage />} />
      <Route path=":policyId" element={<PolicyDetailPage />} />
    </Routes>
  );
}

export { PoliciesRoute as Component };
