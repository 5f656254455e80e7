import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ExtensionUrlContext, NewChallengeDraftsContext } from '@/components/browser-services';
import { MessengerContext } from '@/components/messenger';
import { sendMessage } from '@/lib/messaging/send';
import { sessionNewChallengeDrafts } from '@/lib/store/new-challenge-drafts';
import '@/components/styles/base.css';
import { DashboardApp } from './DashboardApp';

// Components reach the browser only through what is provided here (components/messenger.ts,
// components/browser-services.ts).
render(
  <MessengerContext.Provider value={sendMessage}>
    <NewChallengeDraftsContext.Provider value={sessionNewChallengeDrafts()}>
      <ExtensionUrlContext.Provider value={(path) => browser.runtime.getURL(path)}>
        <DashboardApp />
      </ExtensionUrlContext.Provider>
    </NewChallengeDraftsContext.Provider>
  </MessengerContext.Provider>,
  document.getElementById('app')!,
);
