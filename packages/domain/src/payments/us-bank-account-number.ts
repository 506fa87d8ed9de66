/** NACHA ACH entry detail: the receiver's DFI account number, taken here as 4 to 17 digits. */
export function validateUsBankAccountNumber(accountNumber: string): boolean {
  return /^\d{4,17}$/.test(accountNumber);
}
