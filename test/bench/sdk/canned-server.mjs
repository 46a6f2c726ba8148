// A local HTTP server for the SDK benchmark. It runs in its own process (forked by sdk.bench.ts)
// so that its CPU is not counted against the clients, and answers every DescribeInstances call
// with one fixed, valid response: the documented example from the spec, so both clients parse a
// realistically sized body (~3 KiB) rather than a toy one.
//
// Signatures are NOT verified (that would be server CPU and tests, not client cost), but a cheap
// shape check rejects anything that is not a TC3-signed POST of DescribeInstances, so a client
// that silently sends something else fails the bench instead of producing a flattering figure.
//
// IPC: sends { port } once listening; on { stats: true } replies with { connections, requests }
// since the last stats message (used to check that both clients reuse keep-alive connections).
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const spec = JSON.parse(readFileSync(new URL("../../../spec/tencentcloud-redis-2018-04-12.json", import.meta.url), "utf8"));
const action = spec.actions.find((a) => a.name === "DescribeInstances");
const example = action?.examples?.find((e) => e.output?.InstanceSet);
if (!example) throw new Error("no DescribeInstances example with InstanceSet in the spec");
const body = JSON.stringify({ Response: example.output });
const headers = { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) };
const bad = JSON.stringify({
  Response: { Error: { Code: "InvalidParameter", Message: "bench server: not a TC3 DescribeInstances POST" }, RequestId: "bench-bad-request" },
});

let connections = 0;
let requests = 0;
const server = createServer((req, res) => {
  requests++;
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    let ok =
      req.method === "POST" && req.headers["x-tc-action"] === "DescribeInstances" && /^TC3-HMAC-SHA256 Credential=/.test(req.headers.authorization ?? "");
    if (ok) {
      try {
        ok = JSON.parse(Buffer.concat(chunks).toString("utf8")).Limit === 10;
      } catch {
        ok = false;
      }
    }
    if (ok) {
      res.writeHead(200, headers);
      res.end(body);
    } else {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(bad);
    }
  });
});
server.on("connection", () => connections++);
// Longer than any pause between calls, so a client that keeps connections alive is never cut off.
server.keepAliveTimeout = 60_000;
process.on("message", (m) => {
  if (m?.stats) {
    process.send?.({ connections, requests });
    connections = 0;
    requests = 0;
  }
});
// The parent going away (even by a crash) must not leave this server running.
process.on("disconnect", () => process.exit(0));
server.listen(0, "127.0.0.1", () => process.send?.({ port: server.address().port }));
