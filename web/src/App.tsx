import { lazy, Suspense, useEffect } from 'react';
import { BrowserRouter, Navigate, Outlet, Route, Routes } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { startServices } from './app/services.ts';
import { useSession } from './auth/useSession.ts';
import { DeletionUndoProvider } from './components/DeletionUndo.tsx';
import { DisclaimerModal } from './components/DisclaimerModal.tsx';
import { Header } from './components/Header.tsx';
import { PwaBanner } from './components/PwaBanner.tsx';
import { useLanguage } from './i18n/useLanguage.ts';
import { HistoryPage } from './pages/HistoryPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { ResultPage } from './pages/ResultPage.tsx';
import { syncProfile } from './settings/profile-sync.ts';
import { useMyCrops } from './settings/usePreferences.ts';
import { useServices } from './services/context.ts';

// Pages a farmer rarely opens load as their own chunks (precached by the service worker, so offline too):
// they keep the app shell small.
const AccountPage = lazy(() => import('./pages/AccountPage.tsx').then((m) => ({ default: m.AccountPage })));
const SignInPage = lazy(() => import('./pages/SignInPage.tsx').then((m) => ({ default: m.SignInPage })));
const SignUpPage = lazy(() => import('./pages/SignUpPage.tsx').then((m) => ({ default: m.SignUpPage })));

function Layout() {
  const { t } = useTranslation();
  return (
    <DeletionUndoProvider>
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <Header />
      <PwaBanner />
      <main id="main">
        <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
      <DisclaimerModal />
    </DeletionUndoProvider>
  );
}

/** Keeps the server in step with the device: sync on start and when online, profile on every change. */
function useBackgroundSync() {
  const [language] = useLanguage();
  const crops = useMyCrops();
  const { session } = useSession();
  const token = session?.token;
  const services = useServices();

  useEffect(() => startServices(services), [services]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  useEffect(() => {
    if (token !== undefined) void syncProfile(services.api);
  }, [language, crops, token, services]);
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
