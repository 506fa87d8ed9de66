import { describe, expect, it } from 'vitest';
import { passesUkModulusCheck } from './uk-modulus-check.js';

/*
 * The numbered cases are the test cases published in chapter 3 of Vocalink's "Validating account
 * numbers: UK modulus checking" v8.50, run against the v8.50 tables this package ships. The
 * other cases are built by hand from the rule they name, with the arithmetic shown.
 */
type Case = readonly [number, string, string];

const check = ([, sortCode, accountNumber]: Case) => passesUkModulusCheck(sortCode, accountNumber);

describe('passesUkModulusCheck: Vocalink published test cases', () => {
  it.each<Case>([
    [1, '089999', '66374958'],
    [2, '107999', '88837491'],
    [3, '202959', '63748472'],
  ])('case %i: %s %s passes the standard MOD10, MOD11 and double alternate checks', (...c) => {
    expect(check(c)).toBe(true);
  });

  it.each<Case>([
    [29, '089999', '66374959'],
    [30, '107999', '88837493'],
    [27, '203099', '66831036'],
    [28, '203099', '58716970'],
  ])('case %i: %s %s fails a standard check', (...c) => {
    expect(check(c)).toBe(false);
  });

  it.each<Case>([
    [4, '871427', '46238510'],
    [5, '872427', '46238510'],
  ])('case %i: %s %s passes exceptions 10 and 11 when either check passes', (...c) => {
    expect(check(c)).toBe(true);
  });

  it.each<Case>([
    [6, '871427', '09123496'],
    [7, '871427', '99123496'],
  ])('case %i: %s %s passes exception 10 with u–b zeroised (ab = 09 or 99, g = 9)', (...c) => {
    expect(check(c)).toBe(true);
  });

  it.each<Case>([
    [8, '820000', '73688637'],
    [9, '827999', '73988638'],
  ])('case %i: %s %s passes exception 3 without the second check (c = 6 or 9)', (...c) => {
    expect(check(c)).toBe(true);
  });

  it('case 10: 827101 28748352 passes exception 3 with both checks (c = 7)', () => {
    expect(passesUkModulusCheck('827101', '28748352')).toBe(true);
  });

  it('case 11: 134020 63849203 passes exception 4 (remainder equals check digits gh)', () => {
    expect(passesUkModulusCheck('134020', '63849203')).toBe(true);
  });

  it('case 12: 118765 64371389 passes exception 1 (27 added to the double alternate total)', () => {
    expect(passesUkModulusCheck('118765', '64371389')).toBe(true);
  });

  it('case 26: 118765 64371388 fails exception 1', () => {
    expect(passesUkModulusCheck('118765', '64371388')).toBe(false);
  });

  it('case 13: 200915 41011166 passes exception 6 as a foreign-currency account (a = 4, g = h)', () => {
    expect(passesUkModulusCheck('200915', '41011166')).toBe(true);
  });

  it.each<Case>([
    [14, '938611', '07806039'],
    [15, '938600', '42368003'],
    [16, '938063', '55065200'],
  ])('case %i: %s %s passes exception 5 (substituted sort code, check digits g and h)', (...c) => {
    expect(check(c)).toBe(true);
  });

  it.each<Case>([
    [23, '938063', '15764273'],
    [24, '938063', '15764264'],
    [25, '938063', '15763217'],
  ])('case %i: %s %s fails exception 5', (...c) => {
    expect(check(c)).toBe(false);
  });

  it('case 17: 772798 99345694 passes exception 7 with u–b zeroised (g = 9)', () => {
    expect(passesUkModulusCheck('772798', '99345694')).toBe(true);
  });

  it('case 18: 086090 06774744 passes exception 8 (checked as sort code 090126)', () => {
    // With the v8.50 weights (w–z: 3 7 1 3) 086090 and 090126 both weigh 27, so this case
    // passes with or without the substitution: no published table lets a test tell them apart.
    expect(passesUkModulusCheck('086090', '06774744')).toBe(true);
  });

  it.each<Case>([
    [19, '309070', '02355688'],
    [20, '309070', '12345668'],
    [21, '309070', '12345677'],
    [22, '309070', '99345694'],
  ])('case %i: %s %s passes exceptions 2 and 9 (Lloyds euro accounts)', (...c) => {
    expect(check(c)).toBe(true);
  });

  it.each<Case>([
    [31, '074456', '12345112'],
    [32, '070116', '34012583'],
    [33, '074456', '11104102'],
  ])('case %i: %s %s passes exceptions 12 and 13 when either check passes', (...c) => {
    expect(check(c)).toBe(true);
  });

  it('case 34: 180002 00000190 passes exception 14 (Coutts)', () => {
    expect(passesUkModulusCheck('180002', '00000190')).toBe(true);
  });
});

describe('passesUkModulusCheck: rules beyond the published cases', () => {
  it('passes any account at a sort code with no row in the weight table', () => {
    expect(passesUkModulusCheck('000000', '12345678')).toBe(true);
  });

  it('retries a failed Coutts account ending 0 or 9 without its last digit and a 0 in front (exception 14)', () => {
    // Weights 8 7 6 5 4 3 2 1 on the account: 12345600 totals 98 (98 mod 11 = 10, fails) and
    // 12345609 totals 107 (mod 11 = 8, fails); 01234560 totals 77 = 7 × 11, which passes.
    expect(passesUkModulusCheck('180002', '12345600')).toBe(true);
    expect(passesUkModulusCheck('180002', '12345609')).toBe(true);
  });

  it('does not retry a failed Coutts account whose last digit is not 0, 1 or 9 (exception 14)', () => {
    // 12345605 totals 103 (mod 11 = 4): it fails, and a last digit of 5 allows no second check.
    expect(passesUkModulusCheck('180002', '12345605')).toBe(false);
  });

  it('checks an account normally when a is outside 4–8 at a foreign-currency sort code (exception 6)', () => {
    // 31011166 with weights 0 7 6 5 4 3 2 1 totals 37 (mod 11 = 4), and a = 3 is not foreign currency.
    expect(passesUkModulusCheck('200915', '31011166')).toBe(false);
  });
});
