import { Alert, Button, Card, Spinner, TextField } from '@marque/ui';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { apiProblem } from '../api-problem.js';
import { MoreButton } from '../features/paging/more-button.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';
import '../features/customers/customers.css';

const PAGE_SIZE = 20;

/**
 * Find a customer by name, username, e-mail, agreement number, postcode or phone. The query lives
 * in the address (?q=), so going back from a customer returns to the same results.
 */
export function Component() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [typed, setTyped] = useState(query);
  const [problem, setProblem] = useState<string | null>(null);
  // The cursor of each page shown; the first page has none.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const pages = useQueries({
    queries:
      query.length < 2
        ? []
        : cursors.map((cursor) =>
            trpc.customers.search.queryOptions({ query, cursor, limit: PAGE_SIZE }),
          ),
  });
  const items = pages.flatMap((page) => page.data?.items ?? []);
  const last = pages.at(-1);
  const failed = pages.find((page) => page.isError);

  return (
    <Page title="Customers">
      <Card title="Find a customer">
        <form
          role="search"
          noValidate
          className="customer-search"
          onSubmit={(event) => {
            event.preventDefault();
            const text = typed.trim();
            if (text.length < 2) {
              setProblem('Enter at least 2 characters.');
              return;
            }
            setProblem(null);
            setCursors([null]);
            setParams({ q: text });
          }}
        >
          <TextField
            id="customer-query"
            label="Name, username, e-mail, agreement number, postcode or phone"
            hint="Part of a name or number is enough, e.g. “Lovel”, “MQ2024” or “YO24”."
            autoComplete="off"
            spellCheck={false}
            value={typed}
            error={problem ?? undefined}
            onChange={(event) => {
              setTyped(event.target.value);
            }}
          />
          <Button type="submit">Search</Button>
        </form>
      </Card>
      {query.length < 2 ? null : (
        <section aria-labelledby="customer-results" className="results">
          <h2 id="customer-results">
            Results for “{query}”{' '}
            <span className="muted">
              ({items.length}
              {last?.data?.nextCursor == null ? '' : '+'} shown)
            </span>
          </h2>
          {failed === undefined ? null : (
            <Alert tone="error">{apiProblem(failed.error).message}</Alert>
          )}
          {pages[0]?.data === undefined && failed === undefined ? (
            <Spinner label="Searching…" />
          ) : items.length === 0 ? (
            <p>No customer matches. Check the spelling, or search by another detail.</p>
          ) : (
            <div
              className="table-scroll"
              tabIndex={0}
              role="region"
              aria-label="Matching customers"
            >
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Customer</th>
                    <th scope="col">Username</th>
                    <th scope="col">Area</th>
                    <th scope="col">Agreements</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((customer) => (
                    <tr key={customer.id}>
                      <th scope="row">
                        <Link to={`/customers/${customer.id}`}>{customer.name}</Link>
                        {customer.flagged ? (
                          <span className="status status--disabled customer-flag">Flagged</span>
                        ) : null}
                      </th>
                      <td>{customer.username ?? <span className="muted">Not registered</span>}</td>
                      <td>
                        {customer.town}, {customer.postcodeArea}
                      </td>
                      <td>
                        {customer.agreements.map((agreement) => (
                          <span key={agreement.number} className="member-contact">
                            {agreement.type} {agreement.number} ({agreement.status})
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <MoreButton
            last={last}
            onMore={(cursor) => {
              setCursors([...cursors, cursor]);
            }}
          >
            Show more customers
          </MoreButton>
        </section>
      )}
    </Page>
  );
}
