import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { OfflineBadge } from './OfflineBadge.tsx';

export function Header() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header-top">
        <NavLink to="/" className="brand">
          <span aria-hidden="true">🌱</span> {t('app.name')}
        </NavLink>
        <OfflineBadge />
        <LanguageSwitcher />
      </div>
      <nav className="app-nav" aria-label={t('nav.label')}>
        <NavLink to="/" end data-testid="nav-home">
          {t('nav.home')}
        </NavLink>
        <NavLink to="/history" data-testid="nav-history">
          {t('nav.history')}
        </NavLink>
        <NavLink to="/account" data-testid="nav-account">
          {t('nav.account')}
        </NavLink>
      </nav>
    </header>
  );
}
