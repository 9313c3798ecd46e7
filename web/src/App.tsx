import { useEffect } from 'react';
import { BrowserRouter, Navigate, Outlet, Route, Routes } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { catchUpAccount } from './auth/after-sign-in.ts';
import { useSession } from './auth/useSession.ts';
import { DisclaimerModal } from './components/DisclaimerModal.tsx';
import { Header } from './components/Header.tsx';
import { PwaBanner } from './components/PwaBanner.tsx';
import { useLanguage } from './i18n/useLanguage.ts';
import { AccountPage } from './pages/AccountPage.tsx';
import { HistoryPage } from './pages/HistoryPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { ResultPage } from './pages/ResultPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { SignUpPage } from './pages/SignUpPage.tsx';
import { syncProfile } from './settings/profile-sync.ts';
import { useMyCrops } from './settings/usePreferences.ts';
import { syncEngine } from './sync/sync.ts';

function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <Header />
      <PwaBanner />
      <main id="main">
        <Outlet />
      </main>
      <DisclaimerModal />
    </>
  );
}

/** Keeps the server in step with the device: sync on start and when online, profile on every change. */
function useBackgroundSync() {
  const [language] = useLanguage();
  const crops = useMyCrops();
  const { session } = useSession();
  const token = session?.token;

  useEffect(() => {
    const stop = syncEngine.start();
    void catchUpAccount();
    return stop;
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  useEffect(() => {
    if (token !== undefined) void syncProfile();
  }, [language, crops, token]);
}

export function App() {
  useBackgroundSync();
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<HomePage />} />
          <Route path="result/:id" element={<ResultPage />} />
          <Route path="history" element={<HistoryPage />} />
          <Route path="signin" element={<SignInPage />} />
          <Route path="signup" element={<SignUpPage />} />
          <Route path="account" element={<AccountPage />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
