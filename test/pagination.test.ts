/**
 * The generated paginators, against a transport that serves a list of 5 items 2 at a time: the
 * offset style (Tencent) and the page-number style (Alibaba, list inside a wrapper object) must
 * each read every item once and stop.
 */
import { describe, expect, it } from "vitest";
import type { TransportRequest } from "@doc2sdk/runtime";
import { RedisClient } from "../generated/tencentcloud-redis/src/index.js";
import { RKvstoreClient } from "../generated/aliyun-r-kvstore/src/index.js";

const ITEMS = ["a", "b", "c", "d", "e"];
const credentials = { secretId: "AKIDpages", secretKey: "pages-secret" };

describe("generated paginators", () => {
  it("offset style: DescribeInstances by Offset/Limit until TotalCount", async () => {
    const offsets: number[] = [];
    const transport = {
      send: async (req: TransportRequest) => {
        const { Offset = 0, Limit } = JSON.parse(req.body ?? "{}") as { Offset?: number; Limit: number };
        offsets.push(Offset);
        const InstanceSet = ITEMS.slice(Offset, Offset + Limit).map((InstanceId) => ({ InstanceId }));
        return { status: 200, headers: {}, body: JSON.stringify({ Response: { TotalCount: ITEMS.length, InstanceSet, RequestId: `r${Offset}` } }) };
      },
    };
    const client = new RedisClient({ region: "ap-guangzhou", credentials, transport, maxAttempts: 1 });
    const seen: string[] = [];
    for await (const page of client.paginateDescribeInstances({ Limit: 2 })) seen.push(...page.InstanceSet.map((i) => i.InstanceId));
    expect(seen).toEqual(ITEMS);
    expect(offsets).toEqual([0, 2, 4]);
  });

  it("page style: DescribeInstances by PageNumber/PageSize, the list inside Instances.Instance", async () => {
    const pages: number[] = [];
    const transport = {
      send: async (req: TransportRequest) => {
        const q = new URL(req.url).searchParams;
        const page = Number(q.get("PageNumber")),
          size = Number(q.get("PageSize"));
        pages.push(page);
        const Instance = ITEMS.slice((page - 1) * size, page * size).map((InstanceId) => ({ InstanceId }));
        return {
          status: 200,
          headers: {},
          body: JSON.stringify({ RequestId: `r${page}`, TotalCount: ITEMS.length, PageNumber: page, PageSize: size, Instances: { Instance } }),
        };
      },
    };
    const client = new RKvstoreClient({ region: "cn-hangzhou", credentials, transport, maxAttempts: 1 });
    const seen: string[] = [];
    for await (const page of client.paginateDescribeInstances({ RegionId: "cn-hangzhou", PageSize: 2 }))
      seen.push(...page.Instances.Instance.map((i) => i.InstanceId));
    expect(seen).toEqual(ITEMS);
    expect(pages).toEqual([1, 2, 3]);
  });
});
