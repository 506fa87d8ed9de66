import { Container } from '@marque/ui';
import { Link } from 'react-router';
import { useBrand } from '../brand.js';

/** How to reach support, and the warning that a real message from us never asks for secrets. */
export function SiteFooter() {
  const brand = useBrand();
  const { phone, email, hours } = brand.support;
  return (
    <footer className="site-footer">
      <Container className="site-footer__inner">
        <section aria-labelledby="footer-contact" className="site-footer__contact">
          <h2 id="footer-contact" className="site-footer__title">
            Contact us
          </h2>
          <p>
            Call <a href={`tel:${phone.replace(/\s+/g, '')}`}>{phone}</a> ({hours}) or e-mail{' '}
            <a href={`mailto:${email}`}>{email}</a>.
          </p>
          <p>
            <Link to="/contact">Send us a message</Link>
          </p>
          <p>
            <Link to="/help">Help with signing in</Link>
          </p>
        </section>
        <section aria-labelledby="footer-security" className="site-footer__security">
          <h2 id="footer-security" className="site-footer__title">
            Stay safe
          </h2>
          <p>
            We will never ask for your password or a security code by e-mail, text or phone. If
            someone does, do not reply: call us on the number above.
          </p>
        </section>
        <p className="site-footer__legal">
          © {brand.name}. {brand.legalNotice}
        </p>
      </Container>
    </footer>
  );
}
