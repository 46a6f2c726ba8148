// Measures import + construct of one client in a fresh process and prints milliseconds.
// argv: <which: ours|official>
//
// sdk.bench.ts copies this file into the bench project (.bench/ours or .bench/official) and runs
// the copy there: bare imports resolve from the importing file's location, and ESM ignores
// NODE_PATH, so run from test/bench/sdk/ it could not find the installed packages.
//
// The clock starts after node itself has booted (the same for both SDKs) and stops once the
// client exists, so the figure is the SDK's own load + construct cost, not node's startup.
const t0 = performance.now();
if (process.argv[2] === "ours") {
  const { RedisClient } = await import("@doc2sdk/tencentcloud-redis");
  new RedisClient({ region: "ap-guangzhou", credentials: { secretId: "a", secretKey: "b" } });
} else {
  const { Client } = await import("tencentcloud-sdk-nodejs/tencentcloud/services/redis/v20180412/redis_client.js");
  new Client({ credential: { secretId: "a", secretKey: "b" }, region: "ap-guangzhou" });
}
console.log(performance.now() - t0);
