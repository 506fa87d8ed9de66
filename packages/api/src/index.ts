/** @marque/api — the application server. Clients import the router types only. */
export { createApp, MAX_BODY_BYTES } from './app.js';
export { loadConfig, configFromProcessEnv, type Config, type ConfigResult } from './config.js';
export type { AppDeps } from './deps.js';
export type { AppRouter, RouterInputs, RouterOutputs } from './router.js';
export { createStaffApp } from './staff-app.js';
export type { StaffRouter, StaffRouterInputs, StaffRouterOutputs } from './routers/staff/index.js';
export type { ErrorData } from './trpc/init.js';
