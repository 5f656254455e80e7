import { render } from 'preact';
import { MessengerContext } from '@/components/messenger';
import { sendMessage } from '@/lib/messaging/send';
import '@/components/styles/base.css';
import { DashboardApp } from './DashboardApp';

// Components reach the background only through this messenger (components/messenger.ts).
render(
  <MessengerContext.Provider value={sendMessage}>
    <DashboardApp />
  </MessengerContext.Provider>,
  document.getElementById('app')!,
);
