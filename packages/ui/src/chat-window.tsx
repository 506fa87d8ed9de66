import {
  useEffect,
  useId,
  useRef,
  useState,
  type SyntheticEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { Button } from './button.js';
import { TYPING_SHOWN_MS, type ChatLine, type ChatTranscript } from './chat-transcript.js';
import { useLocale } from './locale-context.js';

export interface ChatWindowProps {
  transcript: ChatTranscript;
  /** Whose window this is: their own lines sit on the right with delivered/read ticks. */
  viewer: ChatLine['author'];
  /** How each side is named in the transcript, e.g. { customer: 'You', staff: 'Sam' }. */
  names: Record<ChatLine['author'], string>;
  /** Where the chat stands, announced politely (waiting, who answers, ended). */
  status: ReactNode;
  /** True while the stream is re-establishing a dropped connection. */
  reconnecting: boolean;
  canWrite: boolean;
  /** Sends a message; resolves false when it was not sent (the text is kept to try again). */
  onSend: (body: string) => Promise<boolean>;
  /** Called as the viewer types (the caller throttles). */
  onTyping: () => void;
  sendError?: string | null;
  sending?: boolean;
  /** Buttons under the composer (end chat, transfer…). */
  actions?: ReactNode;
}

function receiptOf(line: ChatLine, transcript: ChatTranscript): string {
  const state = transcript.state;
  if (state !== null && line.seq <= state.readThrough) return 'Read';
  if (state !== null && line.seq <= state.deliveredThrough) return 'Delivered';
  return 'Sent';
}

/**
 * A live chat: the transcript as an ARIA log (new lines are announced by screen readers), the
 * other side's typing, and a composer where Enter sends and Shift+Enter starts a new line.
 */
export function ChatWindow({
  transcript,
  viewer,
  names,
  status,
  reconnecting,
  canWrite,
  onSend,
  onTyping,
  sendError = null,
  sending = false,
  actions,
}: ChatWindowProps) {
  const locale = useLocale();
  const composerId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState('');
  const [now, setNow] = useState(() => Date.now());
  const logRef = useRef<HTMLDivElement>(null);
  const other = viewer === 'customer' ? 'staff' : 'customer';
  const typing = transcript.typingAt !== null && now - transcript.typingAt < TYPING_SHOWN_MS;

  // Keeps the newest line in view as lines arrive.
  useEffect(() => {
    const log = logRef.current;
    if (log !== null) log.scrollTop = log.scrollHeight;
  }, [transcript.lines.length]);

  // "Typing…" fades by itself when the signals stop.
  useEffect(() => {
    if (transcript.typingAt === null) return;
    const timer = setTimeout(() => {
      setNow(Date.now());
    }, TYPING_SHOWN_MS);
    setNow(Date.now());
    return () => {
      clearTimeout(timer);
    };
  }, [transcript.typingAt]);

  async function send(event?: SyntheticEvent) {
    event?.preventDefault();
    const body = draft.trim();
    if (body === '' || sending) return;
    if (await onSend(body)) setDraft('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send();
    }
  }

  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return (
    <section className="mq-chat" aria-label="Chat">
      <p className="mq-chat__status" role="status">
        {status}
        {reconnecting ? ' Reconnecting…' : null}
      </p>
      <div ref={logRef} className="mq-chat__log" role="log" aria-label="Chat messages" tabIndex={0}>
        <ol className="mq-chat__lines">
          {transcript.lines.map((line) => {
            const own = line.author === viewer;
            return (
              <li
                key={line.seq}
                className={`mq-chat__line mq-chat__line--${own ? 'own' : 'other'}`}
              >
                <span className="mq-chat__author">{names[line.author]}</span>
                <p className="mq-chat__body">{line.body}</p>
                <span className="mq-chat__meta">
                  {time.format(new Date(line.createdAt))}
                  {own ? ` · ${receiptOf(line, transcript)}` : null}
                </span>
              </li>
            );
          })}
        </ol>
      </div>
      <p className="mq-chat__typing" aria-live="polite">
        {typing ? `${names[other]} is typing…` : null}
      </p>
      {canWrite ? (
        <form className="mq-chat__composer" noValidate onSubmit={(event) => void send(event)}>
          <label htmlFor={composerId} className="mq-field__label">
            Your message
          </label>
          <p className="mq-field__hint" id={`${composerId}-hint`}>
            Enter sends; Shift and Enter starts a new line.
          </p>
          {sendError === null ? null : (
            <p className="mq-field__error" id={errorId} role="alert">
              {sendError}
            </p>
          )}
          <div className="mq-chat__compose-row">
            <textarea
              id={composerId}
              className="mq-input mq-chat__input"
              rows={2}
              maxLength={2000}
              value={draft}
              aria-describedby={`${composerId}-hint${sendError === null ? '' : ` ${errorId}`}`}
              aria-invalid={sendError === null ? undefined : true}
              onChange={(event) => {
                setDraft(event.target.value);
                if (event.target.value.trim() !== '') onTyping();
              }}
              onKeyDown={onKeyDown}
            />
            <Button type="submit" busy={sending}>
              Send
            </Button>
          </div>
        </form>
      ) : null}
      {actions === undefined ? null : <div className="mq-chat__actions">{actions}</div>}
    </section>
  );
}
