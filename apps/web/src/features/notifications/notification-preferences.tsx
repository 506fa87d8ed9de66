import type { RouterOutputs } from '@marque/api';
import type { NotificationChannel, NotificationTopic } from '@marque/schemas';
import { Alert, Button, Card, Spinner } from '@marque/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTRPC } from '../../trpc.js';
import { useApiProblem } from '../../use-api-problem.js';
import './notifications.css';

type Preferences = RouterOutputs['notifications']['get'];

const TOPICS: readonly { topic: NotificationTopic; name: string; about: string }[] = [
  {
    topic: 'payment_reminders',
    name: 'Payment reminders',
    about:
      'A few days before a payment you make yourself is due, and if a payment is missed. Missed-payment notices always come by e-mail as well.',
  },
  { topic: 'statements', name: 'Statements', about: 'When a new statement is ready to view.' },
  {
    topic: 'messages',
    name: 'Secure messages',
    about: 'When we reply to you. The message itself stays in your secure inbox.',
  },
];

const CHANNELS: readonly { channel: NotificationChannel; name: string }[] = [
  { channel: 'email', name: 'E-mail' },
  { channel: 'sms', name: 'Text message' },
];

/** How the customer hears from us, per topic and channel; security alerts are always sent. */
export function NotificationPreferences() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toProblem = useApiProblem();
  const saved = useQuery(trpc.notifications.get.queryOptions());
  const [choices, setChoices] = useState<Preferences | null>(null);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; message: string } | null>(
    null,
  );
  const update = useMutation(trpc.notifications.update.mutationOptions());
  useEffect(() => {
    if (saved.data !== undefined) setChoices(saved.data);
  }, [saved.data]);

  async function save() {
    if (choices === null) return;
    setOutcome(null);
    try {
      const answer = await update.mutateAsync(choices);
      queryClient.setQueryData(trpc.notifications.get.queryKey(), answer);
      setOutcome({ tone: 'success', message: 'Your notification choices have been saved.' });
    } catch (error) {
      setOutcome({ tone: 'error', message: toProblem(error).message });
    }
  }

  return (
    <Card title="Notifications">
      {saved.isPending ? <Spinner label="Loading your notification choices" /> : null}
      {saved.isError ? <Alert tone="error">{saved.error.message}</Alert> : null}
      {choices === null ? null : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {TOPICS.map(({ topic, name, about }) => (
            <fieldset key={topic} className="notification-topic">
              <legend className="mq-field__label">{name}</legend>
              <p className="mq-field__hint">{about}</p>
              <div className="notification-topic__channels">
                {CHANNELS.map(({ channel, name: channelName }) => (
                  <label key={channel} className="notification-choice">
                    <input
                      type="checkbox"
                      checked={choices[topic][channel]}
                      onChange={(event) => {
                        const on = event.target.checked;
                        setChoices((current) =>
                          current === null
                            ? current
                            : { ...current, [topic]: { ...current[topic], [channel]: on } },
                        );
                      }}
                    />
                    <span>{channelName}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <p className="notification-always">
            <strong>Security alerts</strong> (a new sign-in, a changed password or contact details)
            always come by e-mail, so you can act quickly if it was not you.
          </p>
          {outcome === null ? null : <Alert tone={outcome.tone}>{outcome.message}</Alert>}
          <div className="form-actions">
            <Button type="submit" busy={update.isPending}>
              Save notification choices
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
