import { Alert, Card, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { useBrand } from '../brand.js';
import { DocumentList } from '../features/documents/document-list.js';
import { groupByAgreement } from '../features/documents/document-groups.js';
import { PaperlessSwitch } from '../features/documents/paperless-switch.js';
import '../features/documents/documents.css';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';

/** Statements and documents: every PDF we issued, by agreement and newest first, and the paperless switch. */
export function Component() {
  const trpc = useTRPC();
  const brand = useBrand();
  const documents = useQuery(trpc.documents.list.queryOptions());
  const groups = groupByAgreement(documents.data?.documents ?? []);
  return (
    <Page title="Statements and documents">
      <p>
        Your monthly statements, annual statements, agreements and letters from {brand.name}, as PDF
        files you can download and keep.
      </p>
      {documents.isPending ? <Spinner label="Loading your documents" /> : null}
      {documents.isError ? <Alert tone="error">{documents.error.message}</Alert> : null}
      {documents.data === undefined ? null : (
        <div className="mq-stack mq-stack--medium">
          <PaperlessSwitch paperless={documents.data.paperless} />
          {groups.length === 0 ? (
            <Card title="Your documents">
              <p>
                You have no documents yet. Your first statement will appear here after the end of
                the month.
              </p>
            </Card>
          ) : null}
          {groups.map((group) => (
            <Card
              key={group.agreementNumber ?? 'account'}
              title={
                group.agreementNumber === null
                  ? 'About your online account'
                  : `Agreement ${group.agreementNumber}`
              }
            >
              <DocumentList documents={group.documents} />
            </Card>
          ))}
        </div>
      )}
    </Page>
  );
}
