import { AuthForm } from '../components/AuthForm.tsx';

export function SignUpPage() {
  return <AuthForm flow="signup" />;
}
