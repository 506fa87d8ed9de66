/** Who sent a request and from where, as audit events, sessions and rate limits need it. */
export interface RequestInfo {
  requestId: string;
  ip: string;
  userAgent: string | null;
  origin: string | null;
  /** The raw signed device cookie, checked by sign-in (it may belong to another account). */
  deviceCookie: string | null;
}
