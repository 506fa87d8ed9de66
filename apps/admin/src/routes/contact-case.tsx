import { zodResolver } from '@hookform/resolvers/zod';
import { contactCaseReplyInput } from '@marque/schemas';
import type { StaffRouterOutputs } from '@marque/api';
import { Alert, Button, Card, ErrorSummary, Field } from '@marque/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useParams } from 'react-router';
import type { z } from 'zod';
import { apiProblem } from '../api-problem.js';
import { InstantText } from '../features/audit/instant-text.js';
import { AssignControl } from '../features/inbox/assign-control.js';
import { CloseCard } from '../features/inbox/close-card.js';
import { WorkItemPage } from '../features/inbox/work-item-page.js';
import { showApiProblem, summaryOf } from '../forms/form-errors.js';
import { useTRPC } from '../trpc.js';
import '../features/inbox/inbox.css';

type ContactCase = StaffRouterOutputs['contactCases']['get'];
const replyForm = contactCaseReplyInput.pick({ body: true });
type ReplyValues = z.input<typeof replyForm>;

/** One contact-form message: what the sender wrote, staff's e-mailed answers, assign and close. */
export function Component() {
  const { caseId = '' } = useParams();
  const trpc = useTRPC();
  const found = useQuery({ ...trpc.contactCases.get.queryOptions({ caseId }), retry: false });
  return (
    <WorkItemPage
      title={(item) =>
        item === undefined ? 'Contact-form case' : `Contact form ${item.reference}`
      }
      back={{ to: '/contact-cases', label: 'Back to the contact form' }}
      found={found}
      loadingLabel="Loading the case…"
    >
      {(item) => <CaseView item={item} />}
    </WorkItemPage>
  );
}

function CaseView({ item }: { item: ContactCase }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const assign = useMutation(trpc.contactCases.assign.mutationOptions());
  const close = useMutation(trpc.contactCases.close.mutationOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.contactCases.pathFilter());
  return (
    <div className="work-item">
      <div>
        <Card title="From the contact form">
          <Alert tone="warning">
            Not verified: anyone can type any name, address or agreement number here.
          </Alert>
          <dl className="facts">
            <dt>Name</dt>
            <dd>{item.name}</dd>
            <dt>E-mail</dt>
            <dd>{item.email}</dd>
            <dt>Phone</dt>
            <dd>{item.phone}</dd>
            <dt>Agreement</dt>
            <dd>{item.agreementNumber ?? 'Not given'}</dd>
            <dt>Received</dt>
            <dd>
              <InstantText at={item.createdAt} />
            </dd>
          </dl>
          <p className="conversation__body">{item.message}</p>
        </Card>
        {item.replies.length === 0 ? null : (
          <Card title="Our replies">
            <ol className="conversation">
              {item.replies.map((reply) => (
                <li key={reply.id} className="conversation__message conversation__message--staff">
                  <h3 className="conversation__author">{reply.staffName}</h3>
                  <p className="conversation__time">
                    <InstantText at={reply.createdAt} />
                  </p>
                  <p className="conversation__body">{reply.body}</p>
                </li>
              ))}
            </ol>
          </Card>
        )}
        <Card>
          <ReplyForm item={item} onSent={refresh} />
        </Card>
      </div>
      <div className="work-item__side">
        <Card>
          <AssignControl
            assignedStaffId={item.assignedStaffId}
            assignedStaffName={item.assignedStaffName}
            onAssign={async (staffId) => {
              await assign.mutateAsync({ caseId: item.id, assignTo: staffId });
              await refresh();
            }}
          />
        </Card>
        {item.status === 'open' ? (
          <CloseCard
            label="Close case"
            onClose={() => close.mutateAsync({ caseId: item.id }).then(refresh)}
          />
        ) : (
          <p>This case is closed.</p>
        )}
      </div>
    </div>
  );
}

function ReplyForm({ item, onSent }: { item: ContactCase; onSent: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; message: string } | null>(
    null,
  );
  const form = useForm<ReplyValues>({
    resolver: zodResolver(replyForm),
    defaultValues: { body: '' },
  });
  const { errors } = form.formState;
  const reply = useMutation(trpc.contactCases.reply.mutationOptions());
  const submit = form.handleSubmit(async (values) => {
    setOutcome(null);
    try {
      await reply.mutateAsync({ caseId: item.id, body: values.body });
      form.reset();
      await onSent();
      setOutcome({ tone: 'success', message: `Reply e-mailed to ${item.email}.` });
    } catch (error) {
      const message = showApiProblem(apiProblem(error), form.setError, ['body']);
      if (message !== null) setOutcome({ tone: 'error', message });
    }
  });
  return (
    <section aria-labelledby="reply-heading">
      <h2 id="reply-heading">Reply by e-mail</h2>
      {outcome === null ? null : <Alert tone={outcome.tone}>{outcome.message}</Alert>}
      <ErrorSummary problems={summaryOf(errors, ['body'])} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Field
          id="body"
          label="Your reply"
          hint="E-mailed to an address nobody has verified: say nothing about an agreement until you have checked who they are."
          error={errors.body?.message}
        >
          {(control) => (
            <textarea
              rows={6}
              {...form.register('body')}
              {...control}
              className="mq-input message-body"
            />
          )}
        </Field>
        <Button type="submit" busy={reply.isPending}>
          Send reply
        </Button>
      </form>
    </section>
  );
}
