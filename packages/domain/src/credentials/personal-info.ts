import { dateParts, isIsoDate } from '../calendar/iso-date.js';
import { codePointLength } from './code-points.js';

/** What we know about the person choosing the password: none of it may appear in the password. */
export interface PersonalInfo {
  username?: string;
  email?: string;
  names?: string[];
  /** 'YYYY-MM-DD'; anything else is ignored. */
  dateOfBirth?: string;
  postcode?: string;
}

/** Shorter pieces ('al', 'jo') appear inside ordinary words too often to count as personal. */
const MIN_WORD_LENGTH = 3;

const MARKS = /\p{M}/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
const NAME_SEPARATORS = /[\s'’-]+/u;

/**
 * The form personal details are compared in: compatibility-decomposed, accents, case, spaces and
 * punctuation dropped, so 'José', 'J-O-S-E' and 'jose' all read 'jose'.
 */
function fold(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(NOT_LETTER_OR_DIGIT, '');
}

/** The ways a date of birth is commonly written as digits: 19850314, 14031985, 03141985, 140385, 031485, 850314. */
function dateOfBirthForms(date: string): string[] {
  if (!isIsoDate(date)) return [];
  const { year, month, day } = dateParts(date);
  const yyyy = String(year).padStart(4, '0');
  const yy = yyyy.slice(2);
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return [yyyy + mm + dd, dd + mm + yyyy, mm + dd + yyyy, dd + mm + yy, mm + dd + yy, yy + mm + dd];
}

function emailLocalPart(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? email : email.slice(0, at);
}

/**
 * NIST SP 800-63B §5.1.1.2 context-specific words: the username, the e-mail's local part, each
 * name and its parts, the date of birth in digit forms and the postcode, folded, of 3+ characters.
 */
function personalWords(personal: PersonalInfo): string[] {
  const names = (personal.names ?? []).flatMap((name) => [name, ...name.split(NAME_SEPARATORS)]);
  const candidates = [
    personal.username ?? '',
    emailLocalPart(personal.email ?? ''),
    ...names,
    ...dateOfBirthForms((personal.dateOfBirth ?? '').trim()),
    personal.postcode ?? '',
  ];
  const words = candidates.map(fold).filter((word) => codePointLength(word) >= MIN_WORD_LENGTH);
  return [...new Set(words)];
}

/** NIST SP 800-63B §5.1.1.2: true when the password, folded the same way, contains any personal word. */
export function containsPersonalInfo(password: string, personal: PersonalInfo): boolean {
  const folded = fold(password);
  return personalWords(personal).some((word) => folded.includes(word));
}

/**
 * Hints for the strength estimator: the details as typed as well as their folded words, so that
 * 'hp.demo' and 'hpdemo' both count as guessable.
 */
export function strengthHints(personal: PersonalInfo): string[] {
  const { username, email, names = [], dateOfBirth, postcode } = personal;
  const asTyped = [username, email, ...names, dateOfBirth, postcode].flatMap((detail) =>
    detail === undefined || detail.trim() === '' ? [] : [detail.trim().toLowerCase()],
  );
  return [...new Set([...asTyped, ...personalWords(personal)])];
}
