export { STAFF_ROLE_NAMES as STAFF_ROLES, staffRoleAtLeast as hasRole } from '@marque/schemas';
export type { StaffRole } from '../../db/staff-tables.js';
