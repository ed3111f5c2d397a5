import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { SessionGate } from './session/SessionGate.tsx';
import { createQueryClient } from './shared/queries.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root saknas i index.html');
const queryClient = createQueryClient();
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <SessionGate>
        <App />
      </SessionGate>
    </QueryClientProvider>
  </StrictMode>,
);
