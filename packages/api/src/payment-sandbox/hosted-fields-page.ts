import { escapeHtml } from '../services/mail/html-escape.js';

/**
 * The card form the customer site frames. It loads only its own script and style, so a card number
 * typed here goes to the sandbox's `/v1/tokens` and never through the merchant's page (PCI SAQ-A).
 */
export function hostedFieldsPage(parentOrigin: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Card details</title>
<link rel="stylesheet" href="/hosted-fields.css">
<script src="/hosted-fields.js" defer></script>
</head>
<body>
<form id="card-form" data-parent-origin="${escapeHtml(parentOrigin)}" novalidate>
<label for="card-number">Card number</label>
<input id="card-number" name="number" inputmode="numeric" autocomplete="cc-number" maxlength="23" required>
<div class="row">
<div><label for="card-expiry">Expiry date (MM/YY)</label>
<input id="card-expiry" name="expiry" inputmode="numeric" autocomplete="cc-exp" placeholder="MM/YY" maxlength="7" required></div>
<div><label for="card-cvc">Security code</label>
<input id="card-cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc" maxlength="4" required></div>
</div>
<p id="card-error" role="alert"></p>
<button type="submit">Use this card</button>
</form>
</body>
</html>`;
}

/** The form's behaviour: tokenise with the sandbox, then hand only the token to the parent window. */
export const HOSTED_FIELDS_SCRIPT = `'use strict';
(function () {
  var form = document.getElementById('card-form');
  var error = document.getElementById('card-error');
  var parentOrigin = form.getAttribute('data-parent-origin');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    error.textContent = '';
    var expiry = form.elements.expiry.value.replace(/\\s/g, '').split('/');
    fetch('/v1/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        number: form.elements.number.value,
        expMonth: Number(expiry[0]),
        expYear: Number(expiry[1]),
        cvc: form.elements.cvc.value
      })
    })
      .then(function (response) { return response.json(); })
      .then(function (body) {
        if (!body.id) {
          error.textContent = body.error && body.error.message ? body.error.message : 'Please check the card details.';
          return;
        }
        form.reset();
        window.parent.postMessage(
          { type: 'marque-payment-token', token: body.id, brand: body.card.brand, last4: body.card.last4 },
          parentOrigin
        );
      })
      .catch(function () { error.textContent = 'We could not reach the payment service. Please try again.'; });
  });
})();
`;

export const HOSTED_FIELDS_STYLE = `body{font-family:system-ui,sans-serif;margin:0;padding:8px}
label{display:block;margin:8px 0 4px}input{width:100%;box-sizing:border-box;padding:8px;font-size:16px}
.row{display:flex;gap:12px}.row>div{flex:1}#card-error{color:#b00020;min-height:1.2em}
button{margin-top:8px;padding:10px 16px;font-size:16px}`;
