import { render } from 'preact';
import { MessengerContext } from '@/components/messenger';
import { sendMessage } from '@/lib/messaging/send';
import '@/components/styles/base.css';
import './reports.css';
import { ReportsApp } from './ReportsApp';

// Components reach the background only through this messenger (components/messenger.ts).
render(
  <MessengerContext.Provider value={sendMessage}>
    <ReportsApp />
  </MessengerContext.Provider>,
  document.getElementById('app')!,
);
