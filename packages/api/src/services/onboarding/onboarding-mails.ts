import { composeMail, type MailBrand } from '../mail/compose-mail.js';
import type { OutgoingMail } from '../mail/mailer.js';

/**
 * Welcome for a new agreement. A customer without a login is invited to register with the
 * agreement number (the identity check asks for it with their date of birth and postcode); one who
 * has a login finds the agreement there. No figures: the documents carry those.
 */
export function agreementWelcomeMail(
  brand: MailBrand,
  to: { email: string; givenName: string },
  agreement: { agreementNumber: string; vehicleDescription: string },
  hasLogin: boolean,
): OutgoingMail {
  const intro = `Your finance agreement ${agreement.agreementNumber} for the ${agreement.vehicleDescription} is now set up.`;
  return hasLogin
    ? composeMail(brand, to.email, {
        subject: `Your new ${brand.brandName} agreement ${agreement.agreementNumber}`,
        greeting: `Hello ${to.givenName},`,
        paragraphs: [
          intro,
          'It is in your online account now, with its payment schedule and your agreement documents.',
        ],
        action: { label: 'Sign in', url: `${brand.publicWebUrl}/sign-in` },
      })
    : composeMail(brand, to.email, {
        subject: `Register to manage your ${brand.brandName} agreement ${agreement.agreementNumber}`,
        greeting: `Hello ${to.givenName},`,
        paragraphs: [
          intro,
          `Register for online access to see your balance and payment schedule, pay, and read your agreement documents. You will need your agreement number, ${agreement.agreementNumber}, with your date of birth and postcode.`,
        ],
        action: { label: 'Register for online access', url: `${brand.publicWebUrl}/register` },
        afterAction: ['If you did not take out this agreement, call us straight away.'],
      });
}
