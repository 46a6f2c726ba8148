/**
 * The request pipeline against a real local HTTP server (complements client.test.ts): which
 * failures are retried and which never are, backoff bounds on the wire, Retry-After, per-call
 * timeouts, aborts (in flight and during backoff), the onError hook, and clear errors for
 * empty, malformed, truncated and huge responses.
 */
import { describe, expect, it } from "vitest";
import type { ErrorContext, ServiceClientConfig } from "../src/client.js";
import { AbortError, InvalidParameterError, NetworkError, TimeoutError, UnexpectedResponseError } from "../src/errors.js";
import { FetchTransport } from "../src/transport.js";
import { useLocalServer, localClient } from "./helpers/local-server.js";

const { server, transport } = useLocalServer();

function client(extra: Partial<ServiceClientConfig> = {}) {
  return localClient(server, transport, {
    protocol: "tc3-hmac-sha256",
    service: "cvm",
    apiVersion: "2017-03-12",
    endpoint: "cvm.tencentcloudapi.com",
    credentials: { secretId: "AKIDhttp", secretKey: "HttpBehaviourSecret-000" },
    ...extra,
  });
}

const ok = () => ({ status: 200, body: JSON.stringify({ Response: { RequestId: "ok" } }) });
const v3Error = (code: string) => ({ status: 200, body: JSON.stringify({ Response: { Error: { Code: code, Message: "m" }, RequestId: "e" } }) });

describe("retries happen where they should", () => {
  it("5xx, 429 and network resets on read-only actions", async () => {
    const failures = [{ status: 500, body: "oops" }, { status: 429, body: "slow down" }, { socket: "reset" as const }];
    for (const failure of failures) {
      server.reset((_s, n) => (n === 1 ? failure : ok()));
      expect((await client().request("DescribeZones", {})).RequestId).toBe("ok");
      expect(server.seen.length).toBe(2);
    }
  });

  it("a timed-out read-only call is retried; per-call maxAttempts overrides the client's", async () => {
    server.reset((_s, n) => (n < 3 ? { ...ok(), delayMs: 500 } : ok()));
    const r = await client({ timeoutMs: 50 }).request("DescribeZones", {}, { maxAttempts: 3 });
    expect(r.RequestId).toBe("ok");
    expect(server.seen.length).toBe(3);
  });
});

describe("retries never happen where they should not", () => {
  it("5xx, timeouts and resets on a mutating action without ClientToken", async () => {
    const failures = [{ status: 502, body: "bad gateway" }, { socket: "reset" as const }, { ...ok(), delayMs: 400 }];
    for (const failure of failures) {
      server.reset(() => failure);
      const err = await client({ timeoutMs: 50, maxAttempts: 5 })
        .request("TerminateInstances", {})
        .catch((e) => e);
      expect(err).toBeInstanceOf(failure.status === 502 ? UnexpectedResponseError : NetworkError);
      expect(server.seen.length).toBe(1);
    }
  });

  it("client errors: service error codes and non-JSON 4xx, even on read-only actions", async () => {
    server.reset(() => v3Error("InvalidParameter.Malformed"));
    expect(
      await client({ maxAttempts: 5 })
        .request("DescribeZones", {})
        .catch((e) => e),
    ).toBeInstanceOf(InvalidParameterError);
    expect(server.seen.length).toBe(1);
    server.reset(() => ({ status: 403, body: "<html>forbidden</html>" }));
    expect(
      await client({ maxAttempts: 5 })
        .request("DescribeZones", {})
        .catch((e) => e),
    ).toBeInstanceOf(UnexpectedResponseError);
    expect(server.seen.length).toBe(1);
  });

  it("maxAttempts 1 disables retries", async () => {
    server.reset(() => ({ status: 503, body: "x" }));
    await client({ maxAttempts: 1 })
      .request("DescribeZones", {})
      .catch(() => undefined);
    expect(server.seen.length).toBe(1);
  });
});

describe("backoff and Retry-After", () => {
  it("gaps between attempts stay within the full-jitter bounds", async () => {
    server.reset(() => ({ status: 503, body: "x" }));
    const policy = { baseDelayMs: 40, maxDelayMs: 60 };
    await client({ retryPolicy: policy, maxAttempts: 5 })
      .request("DescribeZones", {})
      .catch(() => undefined);
    expect(server.seen.length).toBe(5);
    const gaps = server.seen.slice(1).map((s, i) => s.at - server.seen[i]!.at);
    // attempt n waits random [0, min(cap, base * 2^(n-1))); allow scheduling slack on top
    gaps.forEach((g, i) => {
      expect(g).toBeGreaterThanOrEqual(0);
      expect(g).toBeLessThan(Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** i) + 150);
    });
  });

  it("Retry-After as an HTTP date is honored", async () => {
    server.reset((_s, n) => (n === 1 ? { status: 503, body: "x", headers: { "retry-after": new Date(Date.now() + 2000).toUTCString() } } : ok()));
    await client().request("DescribeZones", {});
    // HTTP dates have one-second resolution: at least ~1 s must pass
    expect(server.seen[1]!.at - server.seen[0]!.at).toBeGreaterThanOrEqual(900);
  });

  it("a Retry-After longer than the policy allows ends the retries at once", async () => {
    server.reset(() => ({ status: 503, body: "busy", headers: { "retry-after": "3600" } }));
    const started = Date.now();
    await expect(client({ maxAttempts: 3 }).request("DescribeZones", {})).rejects.toBeInstanceOf(UnexpectedResponseError);
    expect(server.seen.length).toBe(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("Retry-After wins over a shorter backoff, on throttling errors too", async () => {
    server.reset((_s, n) => (n === 1 ? { ...v3Error("RequestLimitExceeded"), headers: { "retry-after": "0.4" } } : ok()));
    await client().request("DescribeZones", {});
    expect(server.seen[1]!.at - server.seen[0]!.at).toBeGreaterThanOrEqual(380);
  });
});

describe("timeouts and aborts end promptly", () => {
  it("per-call timeout overrides the client's", async () => {
    server.reset(() => ({ ...ok(), delayMs: 1500 }));
    const t0 = Date.now();
    const err = await client({ timeoutMs: 10_000, maxAttempts: 1 })
      .request("DescribeZones", {}, { timeoutMs: 80 })
      .catch((e) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.timeoutMs).toBe(80);
    expect(Date.now() - t0).toBeLessThan(800);
  });

  for (const [name, t] of [
    ["node:http", transport],
    ["fetch", new FetchTransport()],
  ] as const) {
    it(`an AbortSignal ends an in-flight call (${name}) and stops retries`, async () => {
      const ac = new AbortController();
      // abort once the server holds the request, so the test does not race connection setup
      server.reset(() => (setTimeout(() => ac.abort(), 30), { ...ok(), delayMs: 1500 }));
      const t0 = Date.now();
      const err = await client({ transport: t, maxAttempts: 5 })
        .request("DescribeZones", {}, { signal: ac.signal })
        .catch((e) => e);
      expect(err).toBeInstanceOf(AbortError);
      expect(err).not.toBeInstanceOf(NetworkError);
      expect(err.name).toBe("AbortError");
      expect(err.sent).toBe(true);
      expect(Date.now() - t0).toBeLessThan(800);
      expect(server.seen.length).toBe(1);
    });
  }

  it("an abort during the retry backoff ends the call at once", async () => {
    const ac = new AbortController();
    // the first answer asks for a 10 s wait; the abort lands 100 ms into it
    server.reset(() => (setTimeout(() => ac.abort(), 100), { status: 503, body: "x", headers: { "retry-after": "10" } }));
    const errors: ErrorContext[] = [];
    const t0 = Date.now();
    const err = await client({ hooks: { onError: (c) => void errors.push(c) } })
      .request("DescribeZones", {}, { signal: ac.signal })
      .catch((e) => e);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(err).toBeInstanceOf(AbortError);
    expect(err.code).toBe("ABORT_ERR");
    expect(err.sent).toBe(true);
    expect(errors.length).toBe(1);
    expect(server.seen.length).toBe(1);
  });

  it("an already-aborted signal sends nothing", async () => {
    server.reset(ok);
    const err = await client()
      .request("DescribeZones", {}, { signal: AbortSignal.abort() })
      .catch((e) => e);
    expect(err).toBeInstanceOf(AbortError);
    expect(err.sent).toBe(false);
    expect(server.seen.length).toBe(0);
  });
});

describe("onError hook", () => {
  it("is called once with the final error and context, after all retries", async () => {
    server.reset(() => ({ status: 503, body: "x" }));
    const calls: ErrorContext[] = [];
    const retries: number[] = [];
    const err = await client({ maxAttempts: 3, hooks: { onError: (c) => void calls.push(c), onRetry: (c) => void retries.push(c.attempt) } })
      .request("DescribeZones", {})
      .catch((e) => e);
    expect(calls.length).toBe(1);
    expect(calls[0]!.error).toBe(err);
    expect(calls[0]!.attempts).toBe(3);
    expect(calls[0]!).toMatchObject({ action: "DescribeZones", attempt: 3, method: "POST" });
    expect(retries).toEqual([1, 2]);
  });

  it("is not called on success, and its own failure does not mask the real error", async () => {
    let called = 0;
    server.reset(ok);
    await client({ hooks: { onError: () => void called++ } }).request("DescribeZones", {});
    expect(called).toBe(0);
    server.reset(() => v3Error("InvalidParameter"));
    const err = await client({
      hooks: {
        onError: () => {
          called++;
          throw new Error("hook bug");
        },
      },
    })
      .request("DescribeZones", {})
      .catch((e) => e);
    expect(called).toBe(1);
    expect(err).toBeInstanceOf(InvalidParameterError);
  });

  it("sees credential failures too (before anything is signed)", async () => {
    const calls: ErrorContext[] = [];
    const err = await client({ credentials: async () => Promise.reject(new Error("no creds")), hooks: { onError: (c) => void calls.push(c) } })
      .request("DescribeZones", {})
      .catch((e) => e);
    expect(err.message).toBe("no creds");
    expect(calls.length).toBe(1);
    expect(calls[0]!.url).toBe("");
  });
});

describe("bad responses give clear errors", () => {
  const cases: Array<[string, () => { status: number; body: string }, RegExp]> = [
    ["empty", () => ({ status: 200, body: "" }), /HTTP 200\): empty body: \(empty body\)/],
    ["malformed", () => ({ status: 200, body: '{"Response": {"RequestId": ' }), /HTTP 200\): body is not JSON/],
    ["not an object", () => ({ status: 200, body: "[1,2]" }), /body is not a JSON object: \[1,2\]/],
    ["HTML error page", () => ({ status: 502, body: "<html><body>Bad Gateway</body></html>" }), /HTTP 502.*<html><body>Bad Gateway/],
    [
      "no Error object on 4xx",
      () => ({ status: 400, body: JSON.stringify({ Response: { RequestId: "r" } }) }),
      /HTTP 400\): error status without a Response.Error object/,
    ],
  ];
  for (const [name, reply, message] of cases) {
    it(`${name} → UnexpectedResponseError with status and snippet`, async () => {
      server.reset(reply);
      const err = await client({ maxAttempts: 1 })
        .request("DescribeZones", {})
        .catch((e) => e);
      expect(err).toBeInstanceOf(UnexpectedResponseError);
      expect(err.httpStatus).toBe(reply().status);
      expect(err.message).toMatch(message);
      expect(err.snippet).toBe(reply().body.slice(0, 200));
    });
  }

  it("a huge body gives a 200-character snippet and its length, never the whole body", async () => {
    const huge = "<html>" + "A".repeat(2_000_000) + "</html>";
    server.reset(() => ({ status: 500, body: huge }));
    const err = await client({ maxAttempts: 1 })
      .request("DescribeZones", {})
      .catch((e) => e);
    expect(err).toBeInstanceOf(UnexpectedResponseError);
    expect(err.snippet.length).toBe(200);
    expect(err.bodyLength).toBe(huge.length);
    expect(err.message.length).toBeLessThan(400);
    expect(err.message).toContain(`(${huge.length} characters)`);
    expect(JSON.stringify(err).length).toBeLessThan(1000);
  });

  it("a response cut off mid-body is a NetworkError naming the status", async () => {
    server.reset(() => ({ status: 200, body: '{"Response": {"Requ', socket: "truncate" }));
    const err = await client({ maxAttempts: 1 })
      .request("CreateThing", {})
      .catch((e) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.message).toMatch(/after HTTP 200/);
    expect(server.seen.length).toBe(1);
  });

  it("a JSON body cut short but delivered whole is an UnexpectedResponseError", async () => {
    server.reset(() => ({ status: 200, body: '{"Response": {"Instances": [{"Id": "i-1"}, {"Id": "i-' }));
    const err = await client({ maxAttempts: 1 })
      .request("DescribeZones", {})
      .catch((e) => e);
    expect(err).toBeInstanceOf(UnexpectedResponseError);
    expect(err.message).toMatch(/malformed or truncated/);
  });
});
