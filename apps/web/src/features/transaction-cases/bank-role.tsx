import { Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { useBrand } from '../../brand.js';
import { useTRPC } from '../../trpc.js';
import './transaction-cases.css';

/**
 * What the customer's own bank can do about a collection taken in error: in the UK the Direct
 * Debit Guarantee (a full and immediate refund from the bank), in the US the bank's duty to return
 * an unauthorised ACH debit reported in time.
 */
export function BankRole() {
  const brand = useBrand();
  const trpc = useTRPC();
  const uk = brand.market !== 'US';
  const guarantee = useQuery({ ...trpc.directDebit.guarantee.queryOptions(), enabled: uk });
  if (!uk) {
    return (
      <section className="bank-role mq-alert mq-alert--info" aria-labelledby="bank-role-title">
        <h3 id="bank-role-title">Your bank can help too</h3>
        <p>
          If an autopay payment was taken without your authorization, or for the wrong amount, your
          bank can return it to you. Tell your bank promptly, and within 60 days of the statement
          that shows it. We will still look into what happened.
        </p>
      </section>
    );
  }
  const [title, ...paragraphs] = guarantee.data?.paragraphs ?? [];
  return (
    <section className="bank-role mq-alert mq-alert--info" aria-labelledby="bank-role-title">
      <h3 id="bank-role-title">Your bank will refund you at once</h3>
      <p>
        Under the Direct Debit Guarantee, your bank or building society must give you a full and
        immediate refund of a Direct Debit taken in error. You can ask them for it now; you do not
        need to wait for us. We will still look into what happened and put it right with your bank.
      </p>
      {guarantee.isPending ? <Spinner label="Loading the Direct Debit Guarantee" /> : null}
      {title === undefined ? null : (
        <details>
          <summary>{title}</summary>
          {paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </details>
      )}
    </section>
  );
}
