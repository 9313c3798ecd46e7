import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/useSession.ts';
import { CropPicker } from '../components/CropPicker.tsx';
import { DeleteAccountPanel } from '../components/DeleteAccountPanel.tsx';
import { LanguageSwitcher } from '../components/LanguageSwitcher.tsx';
import { SignOutPanel } from '../components/SignOutPanel.tsx';
import { StorageInfo } from '../components/StorageInfo.tsx';
import { preferences } from '../settings/preferences.ts';
import { useMyCrops } from '../settings/usePreferences.ts';

export function AccountPage() {
  const { t } = useTranslation();
  const { session, expired } = useSession();
  const myCrops = useMyCrops();
  const [deleted, setDeleted] = useState(false);

  return (
    <>
      <section className="card" aria-labelledby="account-title">
        <h1 id="account-title">{t('account.title')}</h1>
        {session !== null ? (
          <>
            <p data-testid="account-user">
              {t('account.signedInAs', { name: session.user.name, phone: session.user.phone })}
            </p>
            <SignOutPanel userId={session.user.id} />
          </>
        ) : (
          <>
            {deleted && (
              <p className="notice" role="status" data-testid="account-deleted">
                {t('accountDeletion.done')}
              </p>
            )}
            <p>{expired ? t('sync.sessionExpired') : t('account.signedOut')}</p>
            <div className="row">
              <Link to="/signin" className="button primary" data-testid="go-signin">
                {t('auth.signInTitle')}
              </Link>
              <Link to="/signup" className="button" data-testid="go-signup">
                {t('auth.signUpTitle')}
              </Link>
            </div>
          </>
        )}
      </section>
      <section className="card" aria-labelledby="language-title">
        <h2 id="language-title">{t('account.language')}</h2>
        <LanguageSwitcher testId="account-language" />
      </section>
      <section className="card" aria-labelledby="crops-title">
        <h2 id="crops-title">{t('crops.promptTitle')}</h2>
        <p className="muted">{t('crops.promptBody')}</p>
        <CropPicker value={myCrops ?? []} onChange={(crops) => preferences.setMyCrops(crops)} />
      </section>
      <StorageInfo />
      <section className="card" aria-labelledby="retention-title">
        <h2 id="retention-title">{t('retention.title')}</h2>
        <p>{t('retention.server')}</p>
        <p>{t('retention.erasure')}</p>
        {session !== null && (
          <DeleteAccountPanel userId={session.user.id} onDeleted={() => setDeleted(true)} />
        )}
      </section>
    </>
  );
}
