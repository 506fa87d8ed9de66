import type { StaffRole } from '../../db/staff-tables.js';

export type { StaffRole };

/** The roles from least to most: each may do everything the ones before it may. */
export const STAFF_ROLES: readonly StaffRole[] = ['agent', 'supervisor', 'admin'];

/** True when `role` may do what `minimum` may. */
export function hasRole(role: StaffRole, minimum: StaffRole): boolean {
  return STAFF_ROLES.indexOf(role) >= STAFF_ROLES.indexOf(minimum);
}
