import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './ErrorMessage.tsx';
import { OtpCodeSchema, type OtpRequestReply } from '@phyto/shared';
import { catchUpAccount } from '../app/services.ts';
import { sessionStore } from '../auth/session.ts';
import {
  callingCode,
  countryChoices,
  defaultCountry,
  toE164,
  type CountryCode,
} from '../auth/phone-number.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useServices } from '../services/context.ts';
import type { AuthFlow } from '../sync/api-client.ts';
import { useBusyAction } from './useBusyAction.ts';
import { OtpInput } from './OtpInput.tsx';

/** Phone (+ name at sign-up) → one-time code by SMS → signed in. Shared by /signin and /signup. */
export function AuthForm({ flow }: { flow: AuthFlow }) {
  const services = useServices();
  const { api } = services;
  const { t } = useTranslation();
  const { busy, error, setError, run } = useBusyAction();
  const [language] = useLanguage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [phone, setPhone] = useState('');
  const [country, setCountry] = useState<CountryCode>(() => defaultCountry(navigator.languages, language));
  const countries = useMemo(() => countryChoices(language), [language]);
  // What the server gets: the typed number in E.164 (local formats read as numbers of `country`).
  const e164 = toE164(phone, country);
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState<(OtpRequestReply & { at: number }) | null>(null);
  const now = useNow(sent !== null);
  const cooldown =
    sent === null
      ? 0
      : Math.max(0, Math.ceil((sent.at + sent.retryAfterSeconds * 1000 - Math.max(now, sent.at)) / 1000));

  function requestCode(e?: FormEvent) {
    e?.preventDefault();
    if (e164 === null) {
      const countryName = countries.find((c) => c.code === country)?.name ?? country;
      return setError(t('auth.phoneInvalid', { country: countryName }));
    }
    if (flow === 'signup' && name.trim() === '') return setError(t('auth.nameRequired'));
    void run(async () => {
      const reply = await api.requestOtp(flow, { phone: e164 });
      setSent({ ...reply, at: Date.now() });
      setCode('');
    });
  }

  function verify(e: FormEvent) {
    e.preventDefault();
    if (!OtpCodeSchema.safeParse(code).success) return setError(t('auth.codeIncomplete'));
    if (e164 === null || sent === null) return setSent(null);
    // The code belongs to the request that asked for it: the verify names that request.
    const { challengeId } = sent;
    void run(async () => {
      const reply =
        flow === 'signup'
          ? await api.verifySignup({ phone: e164, challengeId, code, name: name.trim(), language })
          : await api.verifySignin({ phone: e164, challengeId, code });
      sessionStore.signIn(reply);
      void catchUpAccount(services);
      void navigate(params.get('next') ?? '/', { replace: true });
    });
  }

  return (
    <section className="card auth">
      <h1>{t(flow === 'signup' ? 'auth.signUpTitle' : 'auth.signInTitle')}</h1>
      <p className="muted">{t('auth.why')}</p>
      {sent === null ? (
        <form onSubmit={requestCode} noValidate>
          {flow === 'signup' && (
            <label>
              {t('auth.name')}
              <input
                data-testid="name-input"
                value={name}
                autoComplete="name"
                maxLength={80}
                onChange={(e) => setName(e.target.value)}
              />
            </label>
          )}
          <label>
            {t('auth.country')}
            <select
              data-testid="country-select"
              value={country}
              onChange={(e) => setCountry(e.target.value as CountryCode)}
            >
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('auth.phone')}
            <input
              data-testid="phone-input"
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              placeholder={`${callingCode(country)} …`}
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
            />
          </label>
          <button type="submit" className="button primary" data-testid="request-otp" disabled={busy}>
            {t('auth.sendCode')}
          </button>
        </form>
      ) : (
        <form onSubmit={verify} noValidate>
          <p>{t('auth.codeSent', { phone: e164, minutes: Math.round(sent.expiresInSeconds / 60) })}</p>
          {sent.devCode !== undefined && (
            <p className="dev-hint" data-testid="dev-code">
              {t('auth.devCode', { code: sent.devCode })}
            </p>
          )}
          <OtpInput value={code} onChange={setCode} disabled={busy} />
          <button type="submit" className="button primary" data-testid="verify-otp" disabled={busy}>
            {t('auth.verify')}
          </button>
          <div className="row">
            <button
              type="button"
              className="button link"
              data-testid="resend-otp"
              disabled={busy || cooldown > 0}
              onClick={() => requestCode()}
            >
              {cooldown > 0 ? t('auth.resendIn', { seconds: cooldown }) : t('auth.resend')}
            </button>
            <button type="button" className="button link" onClick={() => setSent(null)}>
              {t('auth.changePhone')}
            </button>
          </div>
        </form>
      )}
      <ErrorMessage error={error} testId="auth-error" />
      <p>
        {flow === 'signup' ? (
          <Link className="tap-link" to={`/signin${params.size > 0 ? `?${params.toString()}` : ''}`}>
            {t('auth.haveAccount')}
          </Link>
        ) : (
          <Link className="tap-link" to={`/signup${params.size > 0 ? `?${params.toString()}` : ''}`}>
            {t('auth.noAccount')}
          </Link>
        )}
      </p>
    </section>
  );
}

/** Date.now(), re-rendered every second while `ticking` (for the resend cool-down). */
function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}
