import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_MESSAGE } from '@marque/schemas';
import { AttachmentLinks, AttachmentPicker, Card, type Attachment } from '@marque/ui';
import type { StaffRouterOutputs } from '@marque/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useBrand } from '../brand.js';
import { InstantText } from '../features/audit/instant-text.js';
import { AssignControl } from '../features/inbox/assign-control.js';
import { CloseCard } from '../features/inbox/close-card.js';
import { ReplyForm } from '../features/inbox/reply-form.js';
import { WorkItemPage } from '../features/inbox/work-item-page.js';
import { useTRPC } from '../trpc.js';
import '../features/inbox/inbox.css';

type Thread = StaffRouterOutputs['messages']['thread'];

/** One conversation for staff: every message and file, who holds it, a reply, and closing it. */
export function Component() {
  const { threadId = '' } = useParams();
  const trpc = useTRPC();
  const thread = useQuery({ ...trpc.messages.thread.queryOptions({ threadId }), retry: false });
  return (
    <WorkItemPage
      title={(found) => found?.subject ?? 'Conversation'}
      back={{ to: '/messages', label: 'Back to messages' }}
      found={thread}
      loadingLabel="Loading the conversation…"
    >
      {(found) => <Conversation thread={found} />}
    </WorkItemPage>
  );
}

function Conversation({ thread }: { thread: Thread }) {
  const brand = useBrand();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const assign = useMutation(trpc.messages.assign.mutationOptions());
  const close = useMutation(trpc.messages.close.mutationOptions());
  const reply = useMutation(trpc.messages.reply.mutationOptions());
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const refresh = () => queryClient.invalidateQueries(trpc.messages.pathFilter());
  return (
    <div className="work-item">
      <div>
        <p>
          From <Link to={`/customers/${thread.customerId}`}>{thread.customerName}</Link> ·{' '}
          {thread.status === 'closed' ? 'Closed' : 'Open'}
        </p>
        <ol className="conversation" aria-label="Messages in this conversation">
          {thread.messages.map((message) => (
            <li
              key={message.id}
              className={`conversation__message conversation__message--${message.author}`}
            >
              <h2 className="conversation__author">
                {message.author === 'customer' ? thread.customerName : brand.name}
              </h2>
              <p className="conversation__time">
                <InstantText at={message.createdAt} />
                {message.readByRecipient
                  ? message.author === 'staff'
                    ? ' · Read by the customer'
                    : ''
                  : message.author === 'staff'
                    ? ' · Not yet read'
                    : ''}
              </p>
              <p className="conversation__body">{message.body}</p>
              <AttachmentLinks attachments={message.attachments} />
            </li>
          ))}
        </ol>
        <Card>
          <ReplyForm
            heading="Reply"
            hint="The customer reads it after signing in; the e-mail only says a message is waiting."
            disabled={uploading}
            send={async (body) => {
              await reply.mutateAsync({
                threadId: thread.id,
                body,
                attachmentIds: attachments.map((attachment) => attachment.id),
              });
              setAttachments([]);
              await refresh();
              return 'Reply sent. The customer has been told a message is waiting.';
            }}
          >
            <AttachmentPicker
              maxFiles={MAX_ATTACHMENTS_PER_MESSAGE}
              maxBytes={MAX_ATTACHMENT_BYTES}
              attachments={attachments}
              onChange={setAttachments}
              onBusyChange={setUploading}
            />
          </ReplyForm>
        </Card>
      </div>
      <div className="work-item__side">
        <Card>
          <AssignControl
            assignedStaffId={thread.assignedStaffId}
            assignedStaffName={thread.assignedStaffName}
            onAssign={async (staffId) => {
              await assign.mutateAsync({ threadId: thread.id, assignTo: staffId });
              await refresh();
            }}
          />
        </Card>
        {thread.status === 'open' ? (
          <CloseCard
            label="Close conversation"
            onClose={() => close.mutateAsync({ threadId: thread.id }).then(refresh)}
          >
            <p>Close the conversation once it is answered. A new message opens it again.</p>
          </CloseCard>
        ) : null}
      </div>
    </div>
  );
}
