import { useCloud } from '@/cloud/cloud-context';
import { CopyPlanResumer } from './CopyPlanResumer';
import { FirstRequestRecorder } from './FirstRequestRecorder';
import { PlanResumer } from './PlanResumer';
import { SignInAgain } from './SignInAgain';
import { Shell } from './layout/Shell';
import { OperationWatcher } from './watch/OperationWatcher';

/**
 * The shell of a signed-in session and the session's services (the resumers of multi-step work,
 * the operation watches, signing in again over an expired token). A lazy route of its own
 * (routes.tsx): the login page does not download it, a signed-in page gets it with its panel's code.
 */
export function SignedInLayout() {
  const { ended } = useCloud();
  return (
    <>
      <Shell />
      <SignInAgain />
      <FirstRequestRecorder />
      {ended !== 'expired' && <PlanResumer />}
      {ended !== 'expired' && <CopyPlanResumer />}
      {ended !== 'expired' && <OperationWatcher />}
    </>
  );
}
