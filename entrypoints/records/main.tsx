import { render } from 'preact';
import { MessengerContext } from '@/components/messenger';
import { sendMessage } from '@/lib/messaging/send';
import '@/components/styles/base.css';
import './records.css';
import { RecordsApp } from './RecordsApp';

// Components reach the background only through this messenger (components/messenger.ts).
render(
  <MessengerContext.Provider value={sendMessage}>
    <RecordsApp />
  </MessengerContext.Provider>,
  document.getElementById('app')!,
);
