import { sendMessage } from '@/lib/messaging/send';

/**
 * For a practitioner who may be overlooked: blanks the sidebar at once, in this frame, without waiting
 * for anything, then asks the background to remove the frame from the page. Highlights on the page stay.
 */
export function QuickHideButton() {
  const hide = () => {
    document.body.style.setProperty('visibility', 'hidden', 'important');
    void sendMessage('sidebar/close', {});
  };
  return (
    <button type="button" class="button button--secondary" aria-label="Hide sidebar quickly" onClick={hide}>
      Hide
    </button>
  );
}
