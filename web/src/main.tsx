import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageReady } from './i18n/index.ts';
import './styles/app.css';
import { App } from './App.tsx';
import { createServices } from './app/services.ts';
import { ServicesContext } from './services/context.ts';

const services = createServices();
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
// Render in the farmer's language from the first frame (its chunk is precached, so this is quick offline).
void languageReady.finally(() =>
  createRoot(root).render(
    <StrictMode>
      <ServicesContext value={services}>
        <App />
      </ServicesContext>
    </StrictMode>,
  ),
);
