// One rule for the order of roles, shared with the console (which hides what a role may not open).
export { staffRoleAtLeast as hasRole } from '@marque/schemas';
export type { StaffRole } from '../../db/staff-tables.js';
