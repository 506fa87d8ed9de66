import { serve, type ServerType } from '@hono/node-server';

type FetchHandler = Parameters<typeof serve>[0]['fetch'];

export interface ListenOptions {
  port: number;
  host: string;
  /** A request's headers must all arrive within this (slowloris: headers trickled forever). */
  headersTimeoutMs: number;
  /** The whole request, body included, must arrive within this (a body trickled forever). */
  requestTimeoutMs: number;
}

/**
 * Serves `fetch` on host:port with Node's slow-client limits set: a client that trickles its
 * headers or body is answered 408 and disconnected, so it cannot hold a connection (and memory)
 * indefinitely. Resolves with the real port once listening (useful when 0 was asked for).
 */
export function listen(
  fetch: FetchHandler,
  options: ListenOptions,
): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch,
        port: options.port,
        hostname: options.host,
        serverOptions: {
          headersTimeout: options.headersTimeoutMs,
          requestTimeout: options.requestTimeoutMs,
          // How often Node checks those deadlines; its default (30 s) would let a short one slip.
          connectionsCheckingInterval: Math.min(1000, options.headersTimeoutMs),
        },
      },
      (info) => {
        resolve({ server, port: info.port });
      },
    );
    server.once('error', reject);
  });
}
