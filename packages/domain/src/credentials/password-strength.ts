import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';
import { codePointPrefix } from './code-points.js';

/** The strength meter's reading: 0 (guessed at once) to 4 (very unlikely to be guessed). */
export type PasswordScore = 0 | 1 | 2 | 3 | 4;

/**
 * How many leading code points zxcvbn scores. Its matching cost grows with length times the longest
 * dictionary word times every l33t reading (about 15 ms at 40 characters but 30 ms at 64 and 80 ms
 * or more at 100 on a busy machine). The guesses it finds for a prefix are a lower bound for the
 * whole password, so cutting can only understate strength, never overstate it, and 40 characters
 * that are not predictable are already far past score 4.
 */
export const SCORED_PREFIX_LENGTH = 40;

/**
 * zxcvbn tries every substitution combination up to this many l33t characters; past four the cost
 * climbs steeply while 'p4$$w0rd'-style variants are still recognised.
 */
const L33T_MAX_SUBSTITUTIONS = 4;

let estimator: ZxcvbnFactory | undefined;

/** Built on first use, not at import: ranking the dictionaries costs ~150 ms and the package has no side effects. */
function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...englishDictionary },
    graphs: adjacencyGraphs,
    l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS,
  });
  return estimator;
}

/** Strength score for the meter (NIST SP 800-63B §5.1.1.2 suggests guiding users to stronger secrets), by zxcvbn. */
export function passwordScore(password: string, userInputs: readonly string[]): PasswordScore {
  return strengthEstimator().check(codePointPrefix(password, SCORED_PREFIX_LENGTH), [...userInputs])
    .score;
}
