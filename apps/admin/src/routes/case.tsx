import type { StaffRouterOutputs } from '@marque/api';
import { Card, DateText, Money } from '@marque/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { InstantText } from '../features/audit/instant-text.js';
import { CASE_STATUS_LABELS, REASON_LABELS } from '../features/cases/case-text.js';
import { CaseUpdateForm } from '../features/cases/case-update-form.js';
import { AssignControl } from '../features/inbox/assign-control.js';
import { WorkItemPage } from '../features/inbox/work-item-page.js';
import { useTRPC } from '../trpc.js';
import '../features/inbox/inbox.css';

type TransactionCase = StaffRouterOutputs['transactionCases']['get'];

/** One reported problem: the transaction as the customer saw it, its history, and the decision. */
export function Component() {
  const { caseId = '' } = useParams();
  const trpc = useTRPC();
  const found = useQuery({ ...trpc.transactionCases.get.queryOptions({ caseId }), retry: false });
  return (
    <WorkItemPage
      title={(item) =>
        item === undefined ? 'Reported problem' : `Reported problem ${item.reference}`
      }
      back={{ to: '/cases', label: 'Back to reported problems' }}
      found={found}
      loadingLabel="Loading the case…"
    >
      {(item) => <CaseView item={item} />}
    </WorkItemPage>
  );
}

function CaseView({ item }: { item: TransactionCase }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const assign = useMutation(trpc.transactionCases.assign.mutationOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.transactionCases.pathFilter());
  const undecided = item.status === 'open' || item.status === 'investigating';
  return (
    <div className="work-item">
      <div>
        <Card title={REASON_LABELS[item.reason]}>
          <dl className="facts">
            <dt>Status</dt>
            <dd>{CASE_STATUS_LABELS[item.status]}</dd>
            <dt>Customer</dt>
            <dd>
              <Link to={`/customers/${item.customerId}`}>{item.customerName}</Link>
            </dd>
            <dt>Agreement</dt>
            <dd>{item.agreementNumber}</dd>
            <dt>Transaction</dt>
            <dd>
              {item.entry.description}
              <span className="muted">
                {item.entryType === 'payment' ? ' · payment' : ' · account history line'}
              </span>
            </dd>
            <dt>Date</dt>
            <dd>
              <DateText date={item.entry.date} />
            </dd>
            <dt>Amount</dt>
            <dd>
              <Money amount={item.entry.amount} currency={item.entry.currency} />
            </dd>
            <dt>Reported</dt>
            <dd>
              <InstantText at={item.createdAt} />
            </dd>
            <dt>Customer’s words</dt>
            <dd className="conversation__body">{item.details ?? 'None given'}</dd>
            {item.outcome === null ? null : (
              <>
                <dt>Outcome</dt>
                <dd className="conversation__body">{item.outcome}</dd>
              </>
            )}
          </dl>
        </Card>
        <Card title="History">
          {item.updates.length === 0 ? (
            <p>No updates yet.</p>
          ) : (
            <ol className="conversation">
              {item.updates.map((update) => (
                <li key={update.id} className="conversation__message conversation__message--staff">
                  <h3 className="conversation__author">
                    {CASE_STATUS_LABELS[update.status]} · {update.staffName}
                  </h3>
                  <p className="conversation__time">
                    <InstantText at={update.createdAt} />
                  </p>
                  <p className="conversation__body">{update.note}</p>
                </li>
              ))}
            </ol>
          )}
        </Card>
        {item.status === 'open' || item.status === 'investigating' ? (
          <Card>
            <CaseUpdateForm caseId={item.id} current={item.status} onUpdated={refresh} />
          </Card>
        ) : null}
      </div>
      <div className="work-item__side">
        {undecided ? (
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
        ) : null}
      </div>
    </div>
  );
}
