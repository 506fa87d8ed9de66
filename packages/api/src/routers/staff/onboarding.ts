import { onboardAgreementInput } from '@marque/schemas';
import { onboardAgreement } from '../../services/onboarding/onboard-agreement.js';
import { router } from '../../trpc/init.js';
import { staffProcedure } from '../../trpc/procedures.js';

/** Agreements as dealers submit them; the console previews the schedule in the browser first. */
export const onboardingRouter = router({
  create: staffProcedure('agent')
    .input(onboardAgreementInput)
    .mutation(({ ctx, input }) => onboardAgreement(ctx, input)),
});
