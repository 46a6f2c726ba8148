/**
 * What NodeHttpTransport puts on the wire now that it builds node:http's options itself (parsed
 * once per URL, not per call) and hands node the request's own header object instead of a copy:
 * the same path, query, Host, Content-Length and Basic authorization as when node read a URL
 * object, whichever URL came before.
 */
import { describe, expect, it } from "vitest";
import { NodeHttpTransport } from "../src/transport.js";
import { startLocalServer, useLocalServer } from "./helpers/local-server.js";

const { server } = useLocalServer();
const ok = () => ({ status: 200, body: "{}" });

describe("NodeHttpTransport request options", () => {
  it("sends each URL's own path and query, alternating URLs and servers with one transport", async () => {
    const other = await startLocalServer();
    try {
      server.reset(ok);
      other.reset(ok);
      const t = new NodeHttpTransport();
      const urls = [`${server.base}/`, `${server.base}/?Action=A&Sig=x%2By`, `${other.base}/v2/index.php?b=1`, `${server.base}/`, `${other.base}/`];
      for (const url of urls) await t.send({ method: "GET", url, headers: {} });
      expect(server.seen.map((s) => s.url)).toEqual(["/", "/?Action=A&Sig=x%2By", "/"]);
      expect(other.seen.map((s) => s.url)).toEqual(["/v2/index.php?b=1", "/"]);
      // a path the URL parser rewrites is sent as it rewrites it
      await t.send({ method: "GET", url: `${server.base}/a/../b c?q=1#frag`, headers: {} });
      expect(server.seen.at(-1)!.url).toBe("/b%20c?q=1");
      t.destroy();
    } finally {
      await other.close();
    }
  });

  it("Host is the request's when it sets one, else the URL's; the body's length wins over a stale Content-Length", async () => {
    server.reset(ok);
    const t = new NodeHttpTransport();
    await t.send({ method: "POST", url: `${server.base}/`, headers: { Host: "cvm.tencentcloudapi.com", "content-length": "999" }, body: '{"a":"é"}' });
    await t.send({ method: "POST", url: `${server.base}/`, headers: {}, body: "" });
    const [signed, bare] = server.seen;
    expect(signed!.headers.host).toBe("cvm.tencentcloudapi.com");
    expect(signed!.headers["content-length"]).toBe(String(Buffer.byteLength('{"a":"é"}')));
    expect(signed!.body).toBe('{"a":"é"}');
    expect(bare!.headers.host).toBe(server.base.replace("http://", ""));
    expect(bare!.headers["content-length"]).toBe("0");
    t.destroy();
  });

  it("a user:password in the URL goes out as Basic authorization, as node sent it from a URL object", async () => {
    server.reset(ok);
    const t = new NodeHttpTransport();
    await t.send({ method: "GET", url: server.base.replace("http://", "http://us%40er:p%3Ass@") + "/x", headers: {} });
    expect(server.seen[0]!.headers.authorization).toBe(`Basic ${Buffer.from("us@er:p:ss").toString("base64")}`);
    expect(server.seen[0]!.url).toBe("/x");
    t.destroy();
  });

  it("an invalid URL or scheme rejects the call without sending", async () => {
    server.reset(ok);
    const t = new NodeHttpTransport();
    await expect(t.send({ method: "GET", url: "not a url", headers: {} })).rejects.toThrow();
    await expect(t.send({ method: "GET", url: "ftp://127.0.0.1/", headers: {} })).rejects.toThrow(/Protocol "ftp:" not supported/);
    expect(server.seen).toHaveLength(0);
    t.destroy();
  });
});
