import type { TestProject } from 'vitest/node';
import { startServer } from './support/server-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    staffUrl: string;
    databaseUrl: string;
  }
}

/** One real server for the whole e2e run; every test file reads its address through inject(). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer();
  project.provide('baseUrl', server.baseUrl);
  project.provide('staffUrl', server.staffUrl);
  project.provide('databaseUrl', server.databaseUrl);
  return server.stop;
}
