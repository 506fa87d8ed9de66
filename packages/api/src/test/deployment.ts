import { randomBytes } from 'node:crypto';
import { startApiProcess, type ApiProcess } from './api-process.js';
import { TestClient, type ClientOptions } from './app.js';
import { createSharedPostgresDatabase } from './databases.js';

/**
 * Several API processes behind one address, as behind a load balancer: one PostgreSQL database,
 * one secret key, one public URL (the Origin every instance accepts) and one card provider.
 */
export interface Deployment {
  instances: ApiProcess[];
  databaseUrl: string;
  publicWebUrl: string;
  /** A browser whose requests go to `instance` (the load balancer's choice). */
  client(instance: ApiProcess, options?: ClientOptions): TestClient;
  /** A browser on the staff console of `instance`. */
  staffClient(instance: ApiProcess, options?: ClientOptions): TestClient;
  /** One more instance of the deployment, e.g. to replace a crashed one. */
  addInstance(): Promise<ApiProcess>;
  /** Stops every instance still running and drops the database. */
  close(): Promise<void>;
}

/** A client that sends its requests over real HTTP to `baseUrl`. */
function overHttp(baseUrl: string, options: ClientOptions): TestClient {
  return new TestClient({ request: (path, init) => fetch(`${baseUrl}${path}`, init) }, options);
}

/**
 * Starts `count` instances over a fresh PostgreSQL database: the first migrates and seeds the demo
 * data alone, then the others start together over the same database.
 */
export async function startDeployment(
  count: number,
  env: Record<string, string> = {},
): Promise<Deployment> {
  const database = await createSharedPostgresDatabase();
  const secretKey = randomBytes(32).toString('hex');
  const instances: ApiProcess[] = [];
  const close = async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await database.drop();
  };
  try {
    const first = await startApiProcess({ databaseUrl: database.url, secretKey, env });
    instances.push(first);
    const shared = {
      databaseUrl: database.url,
      secretKey,
      paymentSandboxUrl: first.ownPaymentSandboxUrl,
      env: { ...env, PUBLIC_WEB_URL: first.url, STAFF_PUBLIC_URL: first.staffUrl },
    };
    const addInstance = async () => {
      const instance = await startApiProcess(shared);
      instances.push(instance);
      return instance;
    };
    await Promise.all(Array.from({ length: count - 1 }, addInstance));
    return {
      instances,
      databaseUrl: database.url,
      publicWebUrl: first.url,
      client: (instance, options = {}) => overHttp(instance.url, { origin: first.url, ...options }),
      staffClient: (instance, options = {}) =>
        overHttp(instance.staffUrl, { origin: first.staffUrl, ...options }),
      addInstance,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
