import { generate } from 'otplib';

const STEP_SECONDS = 30;

/**
 * The authenticator app's code for `secret`. The server accepts a code once and allows one step
 * either side, so a test that needs a second code soon after a first asks for the next step's.
 */
export function totpCode(secret: string, stepsAhead = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + stepsAhead * STEP_SECONDS });
}
