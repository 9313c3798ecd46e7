import { AuthForm } from '../components/AuthForm.tsx';

export function SignInPage() {
  return <AuthForm flow="signin" />;
}
