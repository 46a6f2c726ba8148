// Runs N sequential DescribeInstances({ Limit: 10 }) calls with one client against the canned
// server and prints, as JSON, client CPU per call (user + system, from process.cpuUsage) and calls
// per second. argv: <which: ours|official> <port> <calls>
//
// Copied into the bench project by sdk.bench.ts so bare imports resolve (see cold-start.mjs).
// process.cpuUsage covers the whole client process (main thread, GC and libuv threads), which is
// what a caller pays; the server's CPU is in another process and not included. Calls are
// sequential (await each) so the figure is per call, not hidden by overlap.
const [which, port, callsArg] = process.argv.slice(2);
const calls = Number(callsArg);
const credentials = { secretId: "AKIDbench", secretKey: "bench-secret" };
let call;
if (which === "ours") {
  const { RedisClient } = await import("@doc2sdk/tencentcloud-redis");
  const c = new RedisClient({ region: "ap-guangzhou", credentials, endpoint: `http://127.0.0.1:${port}`, maxAttempts: 1 });
  call = () => c.describeInstances({ Limit: 10 });
} else {
  // The official client sends to httpProfile.protocol + httpProfile.endpoint + "/" and signs with
  // the service taken from the endpoint's first label ("127" here); the server does not verify
  // signatures, so that changes nothing measured. Defaults otherwise (node-fetch, global agent).
  const { Client } = await import("tencentcloud-sdk-nodejs/tencentcloud/services/redis/v20180412/redis_client.js");
  const c = new Client({ credential: credentials, region: "ap-guangzhou", profile: { httpProfile: { endpoint: `127.0.0.1:${port}`, protocol: "http://" } } });
  call = () => c.DescribeInstances({ Limit: 10 });
}
const check = (out) => {
  if (!Array.isArray(out?.InstanceSet) || out.InstanceSet.length === 0 || typeof out.RequestId !== "string") {
    throw new Error(`unexpected response: ${JSON.stringify(out).slice(0, 200)}`);
  }
};
// Warm-up: JIT, first connection, key caches; not measured.
for (let i = 0; i < Math.min(300, calls); i++) check(await call());
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < calls; i++) check(await call());
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({
    cpuPerCallUs: (cpu.user + cpu.system) / calls,
    userPerCallUs: cpu.user / calls,
    systemPerCallUs: cpu.system / calls,
    callsPerSecond: (calls / wall) * 1000,
  }),
);
