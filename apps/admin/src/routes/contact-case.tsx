import type { StaffRouterOutputs } from '@marque/api';
import { Alert, Card } from '@marque/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { InstantText } from '../features/audit/instant-text.js';
import { AssignControl } from '../features/inbox/assign-control.js';
import { CloseCard } from '../features/inbox/close-card.js';
import { ReplyForm } from '../features/inbox/reply-form.js';
import { WorkItemPage } from '../features/inbox/work-item-page.js';
import { useTRPC } from '../trpc.js';
import '../features/inbox/inbox.css';

type ContactCase = StaffRouterOutputs['contactCases']['get'];

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
  const reply = useMutation(trpc.contactCases.reply.mutationOptions());
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
          <ReplyForm
            heading="Reply by e-mail"
            hint="E-mailed to an address nobody has verified: say nothing about an agreement until you have checked who they are."
            send={async (body) => {
              await reply.mutateAsync({ caseId: item.id, body });
              await refresh();
              return `Reply e-mailed to ${item.email}.`;
            }}
          />
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
