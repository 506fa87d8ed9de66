import { Card, DateText } from '@marque/ui';
import type { Profile } from './contact-changes.js';
import '../agreements/agreements.css';

/** Name and date of birth: they identify the customer, so only staff change them, on proof. */
export function PersonalDetails({
  profile,
  supportPhone,
}: {
  profile: Profile;
  supportPhone: string;
}) {
  const name = [profile.title, profile.givenName, profile.familyName]
    .filter((part) => part !== null && part !== '')
    .join(' ');
  return (
    <Card title="Personal details">
      <dl className="terms">
        <div className="terms__row">
          <dt>Name</dt>
          <dd>{name}</dd>
        </div>
        <div className="terms__row">
          <dt>Date of birth</dt>
          <dd>
            <DateText date={profile.dateOfBirth} />
          </dd>
        </div>
      </dl>
      <p>To change your name or date of birth, call us on {supportPhone}: we will ask for proof.</p>
    </Card>
  );
}
