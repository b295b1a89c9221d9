import './zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { selectHost } from './host/select';
import { initI18n } from './i18n';
import './app/app.css';
import './editor/release.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={initI18n(navigator.languages)}>
      <App host={selectHost()} />
    </I18nextProvider>
  </StrictMode>,
);
