/**
 * The text file a customer saves their recovery codes in: who it is for, when it was made, how to
 * use a code, and the codes one a line (CRLF, so Notepad shows the lines too).
 */
export function recoveryCodesFile(
  codes: readonly string[],
  brandName: string,
  username: string,
  createdOn: string,
): string {
  return [
    `${brandName} – recovery codes for ${username}`,
    `Created ${createdOn}. Any codes you had before no longer work.`,
    '',
    'Each code works once. Use one to sign in if you cannot use your authenticator app,',
    'then get new codes from the Security page. Keep this file somewhere safe and private.',
    '',
    ...codes,
    '',
  ].join('\r\n');
}

/** The file name recovery codes are saved under. */
export function recoveryCodesFileName(brandName: string): string {
  return `${brandName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}-recovery-codes.txt`;
}
