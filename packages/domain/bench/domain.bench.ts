/**
 * The domain's finance maths against a baseline measured in the same run, so the ratios hold on any
 * machine: `npm run bench -w @marque/domain`.
 */
import {
  aprFlowsOf,
  buildSchedule,
  scheduleTermsOf,
  solveApr,
  type PcpAgreement,
} from '@marque/domain';
import { Bench } from 'tinybench';

/** A 48-month PCP: 47 monthly payments, then the optional final payment. */
const pcp: PcpAgreement = {
  type: 'PCP',
  agreementNumber: 'MQBENCH01',
  currency: 'GBP',
  startDate: '2026-01-31',
  firstPaymentDate: '2026-02-28',
  termMonths: 47,
  cashPrice: 3_250_000,
  deposit: 500_000,
  amountOfCredit: 2_750_000,
  annualRatePercent: 8.9,
  optionToPurchaseFee: 1_000,
  optionalFinalPayment: 1_285_000,
  annualMileageAllowance: 10_000,
  excessMileageRate: 9,
};
const terms = scheduleTermsOf(pcp);
const flows = aprFlowsOf(pcp);

interface FloatRow {
  interest: number;
  principal: number;
  balance: number;
}

/** The same 48 rows in plain floating point: no validation, no rounding, no dates. */
function floatAnnuity(credit: number, annualRatePercent: number, months: number, balloon: number) {
  const rate = annualRatePercent / 1_200;
  const discount = (1 + rate) ** -months;
  const payment = ((credit - balloon * discount) * rate) / (1 - discount);
  const rows: FloatRow[] = [];
  let balance = credit;
  for (let month = 0; month < months; month += 1) {
    const interest = balance * rate;
    const principal = payment - interest;
    balance -= principal;
    rows.push({ interest, principal, balance });
  }
  rows.push({ interest: 0, principal: balloon, balance: 0 });
  return rows;
}

// Results feed a sink so that no engine can drop the work as unused.
let sink = 0;
const BASELINE = 'baseline: float annuity, 48 rows';
const bench = new Bench({ time: 1_000, warmupTime: 200 });
bench
  .add(BASELINE, () => {
    sink += floatAnnuity(
      pcp.amountOfCredit,
      pcp.annualRatePercent,
      pcp.termMonths,
      pcp.optionalFinalPayment,
    ).length;
  })
  .add('buildSchedule: 48-month PCP', () => {
    sink += buildSchedule(terms).installments.length;
  })
  .add('solveApr: that schedule’s flows', () => {
    sink += solveApr(flows).rounded;
  });

await bench.warmup();
await bench.run();

const baselineHz = bench.tasks.find((task) => task.name === BASELINE)?.result?.hz ?? Number.NaN;
const columns = [
  { title: 'task', width: 36 },
  { title: 'ops/s', width: 14 },
  { title: '± %', width: 8 },
  { title: '× baseline', width: 12 },
];
const line = (cells: string[]): string =>
  cells
    .map((cell, index) => {
      const width = columns[index]?.width ?? 0;
      return index === 0 ? cell.padEnd(width) : cell.padStart(width);
    })
    .join('');

console.log(line(columns.map((column) => column.title)));
console.log('-'.repeat(columns.reduce((total, column) => total + column.width, 0)));
for (const task of bench.tasks) {
  const hz = task.result?.hz ?? Number.NaN;
  console.log(
    line([
      task.name,
      Math.round(hz).toLocaleString('en-GB'),
      (task.result?.rme ?? Number.NaN).toFixed(1),
      (hz / baselineHz).toFixed(3),
    ]),
  );
}
console.log(`\nchecksum ${sink}`);
