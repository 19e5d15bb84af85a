// One autocannon load against one route, summarised.
import autocannon from "autocannon";

export type RequestParams = autocannon.Request;

export type LoadTarget = {
  method: "GET" | "POST";
  path: string;
  /** Builds each request (body and headers): called once per request sent. */
  build?: (request: RequestParams) => RequestParams;
};

export type LoadResult = {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMeanMs: number;
  requests: number;
  responses2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  durationSeconds: number;
};

let current: autocannon.Instance | undefined;

/** Ends the load running now, if any (on Ctrl-C). */
export function stopCurrentLoad(): void {
  current?.stop();
}

export async function runLoad(
  baseUrl: string,
  target: LoadTarget,
  options: { connections: number; durationSeconds?: number; amount?: number },
): Promise<LoadResult> {
  let instance: autocannon.Instance | undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: baseUrl,
        connections: options.connections,
        pipelining: 1,
        ...(options.amount !== undefined ? { amount: options.amount } : { duration: options.durationSeconds }),
        requests: [
          {
            method: target.method,
            path: target.path,
            ...(target.build ? { setupRequest: (request) => target.build!(request) } : {}),
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  current = instance;
  try {
    const result = await finished;
    const statusCodes = Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count ?? 0]),
    );
    return {
      requestsPerSecond: result.requests.average,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      latencyMeanMs: result.latency.average,
      requests: result.requests.total,
      responses2xx: result["2xx"],
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      statusCodes,
      durationSeconds: result.duration,
    };
  } finally {
    current = undefined;
  }
}
