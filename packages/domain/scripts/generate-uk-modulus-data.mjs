/**
 * Regenerates packages/domain/src/payments/uk-modulus-weights.data.ts from Vocalink's published
 * modulus-checking files, so the pure domain package ships the tables as code (it cannot read
 * files at runtime).
 *
 * Usage, from packages/domain:
 *   node scripts/generate-uk-modulus-data.mjs <valacdos.txt> <scsubtab.txt> <version> <valid-from>
 *   npx prettier --write src/payments/uk-modulus-weights.data.ts
 * e.g. node scripts/generate-uk-modulus-data.mjs valacdos-v8-50.txt scsubtab.txt 8.50 2025-06-23
 *
 * The files are published at https://www.vocalink.com/tools/modulus-checking/ alongside the
 * specification "Validating account numbers: UK modulus checking".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { argv, exit, stderr } from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const OUTPUT = fileURLToPath(
  new URL('../src/payments/uk-modulus-weights.data.ts', import.meta.url),
);
const METHODS = new Set(['MOD10', 'MOD11', 'DBLAL']);
const SORT_CODE = /^\d{6}$/;

function fail(message) {
  stderr.write(`${message}\n`);
  exit(1);
}

function lines(path) {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** valacdos: first and last sort code, method, 14 weights (u–h), optional exception code. */
function parseWeightRow(line, number) {
  const fields = line.split(/\s+/);
  const [first, last, method, ...rest] = fields;
  const weights = rest.slice(0, 14).map(Number);
  const exception = rest.length > 14 ? Number(rest[14]) : null;
  const wellFormed =
    SORT_CODE.test(first) &&
    SORT_CODE.test(last) &&
    first <= last &&
    METHODS.has(method) &&
    (rest.length === 14 || rest.length === 15) &&
    weights.every(Number.isInteger) &&
    (exception === null || (Number.isInteger(exception) && exception >= 1 && exception <= 14));
  if (!wellFormed) fail(`valacdos line ${number} is not a weights row: "${line}"`);
  const exceptionText = exception === null ? 'null' : String(exception);
  return `  ['${first}', '${last}', '${method}', [${weights.join(', ')}], ${exceptionText}],`;
}

/** scsubtab: original sort code, substitute sort code. */
function parseSubstitution(line, number) {
  const [original, substitute, extra] = line.split(/\s+/);
  if (!SORT_CODE.test(original) || !SORT_CODE.test(substitute) || extra !== undefined) {
    fail(`scsubtab line ${number} is not a substitution: "${line}"`);
  }
  return `  '${original}': '${substitute}',`;
}

const [valacdosPath, scsubtabPath, version, validFrom] = argv.slice(2);
if (
  !valacdosPath ||
  !scsubtabPath ||
  !/^\d+\.\d+$/.test(version ?? '') ||
  !/^\d{4}-\d{2}-\d{2}$/.test(validFrom ?? '')
) {
  fail(
    'usage: generate-uk-modulus-data.mjs <valacdos.txt> <scsubtab.txt> <version e.g. 8.50> <valid-from YYYY-MM-DD>',
  );
}

const weightRows = lines(valacdosPath).map((line, index) => parseWeightRow(line, index + 1));
const substitutions = lines(scsubtabPath).map((line, index) => parseSubstitution(line, index + 1));

const output = `/**
 * GENERATED FILE — do not edit by hand.
 *
 * Vocalink "Validating account numbers: UK modulus checking", version ${version} (valid from
 * ${validFrom}): the modulus weight table (valacdos) and the sorting code substitution table
 * (scsubtab), Vocalink's published public data, from https://www.vocalink.com/tools/modulus-checking/.
 *
 * Regenerate from packages/domain when Vocalink publishes new tables:
 *   node scripts/generate-uk-modulus-data.mjs <valacdos.txt> <scsubtab.txt> <version> <valid-from>
 *   npx prettier --write src/payments/uk-modulus-weights.data.ts
 * then run the payments tests (some published test cases depend on the table version).
 */

/** How a row's weighted total is formed and divided. */
export type ModulusMethod = 'MOD10' | 'MOD11' | 'DBLAL';

/** One valacdos row: sort code range (inclusive), method, weights for positions u–h, exception code. */
export type ModulusWeightRow = readonly [
  first: string,
  last: string,
  method: ModulusMethod,
  weights: readonly number[],
  exception: number | null,
];

export const UK_MODULUS_TABLE_VERSION = '${version}';
export const UK_MODULUS_TABLE_VALID_FROM = '${validFrom}';

/** valacdos, in published order: where a sort code has two rows, the first is the first check. */
export const MODULUS_WEIGHT_ROWS: readonly ModulusWeightRow[] = [
${weightRows.join('\n')}
];

/** scsubtab: the sort code exception 5 checks in place of the one given. */
export const SORT_CODE_SUBSTITUTIONS: Readonly<Record<string, string>> = {
${substitutions.join('\n')}
};
`;

writeFileSync(OUTPUT, output);
stderr.write(
  `wrote ${weightRows.length} weight rows and ${substitutions.length} substitutions to ${OUTPUT}\n`,
);
