import { useRef, useState, type FormEvent } from 'react';
import { useI18n } from '@/i18n';
import { useCloud } from './cloud-context';
import { signInErrorMessage } from './sign-in-error';
import { validateSignIn, type SignInErrors, type SignInValues } from './sign-in-form';

/**
 * The state and submit of a sign-in form, shared by the login page and the sign-in-again dialog:
 * required fields checked before Keystone is called, one request at a time, the failure in words.
 */
export function useSignInForm(initial: () => SignInValues) {
  const { t } = useI18n();
  const { signIn } = useCloud();
  const [values, setValues] = useState<SignInValues>(initial);
  const [errors, setErrors] = useState<SignInErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const inFlight = useRef(false);

  const update = (field: keyof SignInValues) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;
    const found = validateSignIn(values, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    inFlight.current = true;
    setPending(true);
    setFailure(null);
    try {
      await signIn({
        username: values.username.trim(),
        password: values.password,
        userDomain: values.userDomain.trim(),
        projectName: values.projectName.trim(),
        region: values.region || undefined,
      });
    } catch (error) {
      setFailure(signInErrorMessage(error, t));
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  }

  return { values, errors, failure, pending, update, onSubmit };
}
