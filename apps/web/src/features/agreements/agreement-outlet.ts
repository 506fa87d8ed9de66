import { useOutletContext } from 'react-router';
import type { AgreementDetail } from './agreement-api-types.js';

/** What the agreement page hands each of its sections (child routes) through the router's outlet. */
export interface AgreementOutletContext {
  agreement: AgreementDetail;
}

/** The agreement the surrounding agreement page loaded; only inside one of its sections. */
export function useAgreement(): AgreementDetail {
  return useOutletContext<AgreementOutletContext>().agreement;
}
