import { escapeHtml } from '../services/mail/html-escape.js';

/** The sandbox's 3-D Secure stand-in: two plain forms, so the page needs no script at all. */
export function challengePage(chargeId: string, amountText: string): string {
  const id = escapeHtml(chargeId);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Confirm your payment</title>
<link rel="stylesheet" href="/hosted-fields.css">
</head>
<body>
<h1>Confirm your payment</h1>
<p>Your bank asks you to confirm a payment of ${escapeHtml(amountText)}. This is the sandbox: choose the outcome.</p>
<form method="post" action="/challenge/${id}/complete"><button type="submit">Complete</button></form>
<form method="post" action="/challenge/${id}/fail"><button type="submit">Fail</button></form>
</body>
</html>`;
}

/** Shown after a challenge when the charge gave no page to return to. */
export function challengeDonePage(succeeded: boolean): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Payment ${succeeded ? 'confirmed' : 'not confirmed'}</title></head>
<body><p>Payment ${succeeded ? 'confirmed' : 'not confirmed'}. You can close this window.</p></body></html>`;
}
