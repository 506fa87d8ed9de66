import { cardNumberDigits } from './card-number.js';

/** The card schemes we show a logo for; 'unknown' for anything else or too few digits to tell. */
export type CardBrand =
  | 'visa'
  | 'mastercard'
  | 'amex'
  | 'discover'
  | 'diners'
  | 'jcb'
  | 'unionpay'
  | 'maestro'
  | 'unknown';

type KnownBrand = Exclude<CardBrand, 'unknown'>;

/**
 * Issuer identification number ranges, inclusive, compared on the first as many digits as the
 * bounds have. The ranges do not overlap, so their order does not matter. Discover's co-branded
 * UnionPay range (622126–622925) is left to UnionPay, as the card itself is branded.
 */
const IIN_RANGES: readonly (readonly [brand: KnownBrand, from: string, to: string])[] = [
  ['visa', '4', '4'],
  ['mastercard', '51', '55'],
  ['mastercard', '2221', '2720'],
  ['amex', '34', '34'],
  ['amex', '37', '37'],
  ['discover', '6011', '6011'],
  ['discover', '644', '649'],
  ['discover', '65', '65'],
  ['diners', '300', '305'],
  ['diners', '3095', '3095'],
  ['diners', '36', '36'],
  ['diners', '38', '39'],
  ['jcb', '3528', '3589'],
  ['unionpay', '62', '62'],
  ['unionpay', '81', '81'],
  ['maestro', '5018', '5018'],
  ['maestro', '5020', '5020'],
  ['maestro', '5038', '5038'],
  ['maestro', '5893', '5893'],
  ['maestro', '6304', '6304'],
  ['maestro', '6759', '6759'],
  ['maestro', '6761', '6763'],
];

/**
 * The card scheme from the number's issuer identification number (ISO/IEC 7812 IIN ranges), for
 * display only: it works on the first digits as they are typed and never decides acceptance.
 */
export function cardBrand(pan: string): CardBrand {
  const digits = cardNumberDigits(pan);
  if (digits === null) return 'unknown';
  const match = IIN_RANGES.find(([, from, to]) => {
    const prefix = digits.slice(0, from.length);
    return prefix.length === from.length && from <= prefix && prefix <= to;
  });
  return match?.[0] ?? 'unknown';
}
