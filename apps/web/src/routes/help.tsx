import { Card, Stack } from '@marque/ui';
import { Link } from 'react-router';
import { useBrand } from '../brand.js';
import { Page } from '../shell/page.js';

/** Help with signing in: the problems people actually hit, how to reach us, and staying safe. */
export function Component() {
  const brand = useBrand();
  const { phone, email, hours } = brand.support;
  return (
    <Page title="Help with signing in">
      <Stack gap="large">
        <Card title="I have forgotten my password">
          <p>
            <Link to="/forgot-password">Reset your password</Link> with your username or e-mail
            address. We will e-mail you a link that works once, for 30 minutes. If two-step
            verification is on, you will still need your security code after the reset.
          </p>
        </Card>
        <Card title="I have forgotten my username">
          <p>
            <Link to="/forgot-username">Find your username</Link> by confirming your agreement
            details. We will e-mail it to the address on your account.
          </p>
        </Card>
        <Card title="My password is not accepted">
          <ul>
            <li>
              Check that <strong>Caps Lock</strong> is off: we show a warning under the password
              field when it is on.
            </li>
            <li>
              Choose <strong>Show</strong> next to the password to see what you typed.
            </li>
            <li>Passwords are case sensitive; usernames are not.</li>
            <li>
              After several wrong attempts, signing in is paused for a short while, and the pause
              grows with each further attempt. The message looks the same as for a wrong password,
              so that no one else can tell. You can wait, or{' '}
              <Link to="/forgot-password">reset your password</Link> straight away: a reset also
              ends the pause.
            </li>
          </ul>
        </Card>
        <Card title="The page keeps sending me back to sign in">
          <ul>
            <li>
              We use one essential cookie to keep you signed in. Allow cookies for this site in your
              browser settings; private browsing windows lose it when they close.
            </li>
            <li>
              For your security you are signed out after 30 minutes without activity, and after 12
              hours in any case.
            </li>
          </ul>
        </Card>
        <Card title="I cannot use my security code">
          <ul>
            <li>Check the time on your phone is set automatically: codes depend on it.</li>
            <li>
              Use one of the recovery codes you saved when you turned on two-step verification. Each
              one works once.
            </li>
            <li>If you have neither, call us and we will help after checking who you are.</li>
          </ul>
        </Card>
        <Card title="Contact us">
          <p>
            Call <a href={`tel:${phone.replace(/\s+/g, '')}`}>{phone}</a>, {hours}.
          </p>
          <p>
            E-mail <a href={`mailto:${email}`}>{email}</a>. Never put your password or security
            codes in an e-mail.
          </p>
          <p>
            Or <Link to="/contact">send us a message</Link> with our contact form, even if you
            cannot sign in. Signed in, use your <Link to="/messages">secure messages</Link>.
          </p>
        </Card>
        <Card title="Keeping your account safe">
          <ul>
            <li>
              We will never ask for your password or a security code by e-mail, text or phone. Our
              staff never need them.
            </li>
            <li>
              Type this site’s address yourself or use a bookmark, rather than following links in
              unexpected messages.
            </li>
            <li>
              Use a password you use nowhere else; a password manager can create and remember it.
            </li>
            <li>Turn on two-step verification in Security for a second check at sign-in.</li>
            <li>
              If we e-mail you about a sign-in or change you did not make, use the link in that
              e-mail or call us straight away.
            </li>
          </ul>
        </Card>
      </Stack>
    </Page>
  );
}
