import type { CallOptions, ServiceClientConfig } from "@doc2sdk/runtime";
import type * as types from "./types.js";
/**
 * Options of {@link RedisLegacyClient}: region, credentials (default: the provider chain), endpoint,
 * timeouts, retries, hooks and logger.
 */
export type RedisLegacyClientConfig = Omit<ServiceClientConfig, "protocol" | "service" | "apiVersion" | "endpoint" | "endpointOverride"> & {
  /** A host name (`redis.api.qcloud.com`) or a full base URL (`http://127.0.0.1:8080`) to send to instead of the default. */
  endpoint?: string;
};
/**
 * Client of the TencentDB for Redis (API 2.0) API, version 2017 (redis.api.qcloud.com).
 *
 * Each method sends one action, signed per request, with retries for transient failures on actions
 * that are safe to repeat. Responses carry `RequestId`; failures throw the runtime's typed errors (see
 * `isRedisLegacyError`).
 *
 * @example
 * ```ts
 * const client = new RedisLegacyClient({ region: "ap-guangzhou" });
 * ```
 */
export declare class RedisLegacyClient {
  #private;
  /** The API this client speaks, as the reference documents it. */
  static readonly service: {
    readonly name: "redis";
    readonly apiVersion: "2017";
    readonly endpoint: "redis.api.qcloud.com";
    readonly protocol: "tencentcloud-v1";
  };
  /** This package, as the User-Agent and the vendor's client header name it. */
  static readonly sdk: {
    readonly name: "@doc2sdk/tencentcloud-redis-legacy";
    readonly version: "1.0.1";
  };
  /** @param config - region, credentials, endpoint override, timeouts and retries; all optional. */
  constructor(config?: RedisLegacyClientConfig);
  /**
   * Sends any action by its wire name; the request and response are typed by the name.
   *
   * @param action - the wire action name, e.g. `ClearRedis`
   * @param params - the action's input
   * @param options - per-call timeout, abort signal, attempts, region
   */
  call<A extends types.RedisLegacyAction>(action: A, params: types.RedisLegacyActions[A]["request"], options?: CallOptions): Promise<types.RedisLegacyActions[A]["response"]>;
  /**
   * This API (ClearRedis) is used to clear a CRS instance.
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["ClearRedis"]`.
   *
   * Wire action: `ClearRedis` (redis 2017).
   *
   * @example Example
   * ```ts
   * const out = await client.clearRedis({ "redisId": "crs-ifmymj41", "password": "49A2d!e@f12e" });
   * ```
   */
  clearRedis(params: types.ClearRedisRequest, options?: CallOptions): Promise<types.ClearRedisResponse>;
  /**
   * This API (CreateRedis) is used to create an instance. - 1) Instance capacity, measured in MB, is an
   * integral multiple of 1024 and has a range subject to the specification returned via API Query
   * Supported Specifications. Value range: [data.types.minMemSize, data.types.maxMemSize]. The default
   * value ranges for standalone instance and cluster instance are [1024MB, 61440MB] and [1024MB,
   * 307200MB], respectively. - 2) Number of instances to be purchased at a time should be subject to the
   * specification returned via the API Query Supported Specifications. Value range:
   * [data.types.minBuyNum, data.types.maxBuyNum], and default is: [1, 100] - 3) Purchased usage period
   * (in month). Value range: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36] - 4) Rule on password: It
   * should be a combination of 8-16 characters comprised of at least two of the following types:
   * letters, numbers, special characters (!, @, #, %, ^, ()). - 5) You can apply for the purchase of an
   * instance from an availability zone by submitting a Ticket
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["CreateRedis"]`.
   *
   * Wire action: `CreateRedis` (redis 2017).
   */
  createRedis(params: types.CreateRedisRequest, options?: CallOptions): Promise<types.CreateRedisResponse>;
  /**
   * This API (DescribeRedis) is used to query the list of CRS instances.
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["DescribeRedis"]`.
   *
   * Wire action: `DescribeRedis` (redis 2017).
   */
  describeRedis(params: types.DescribeRedisRequest, options?: CallOptions): Promise<types.DescribeRedisResponse>;
  /**
   * Every page of DescribeRedis, from `offset` (default 0) until `totalCount` items have been read or a
   * page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeRedis({ … })) console.log(page.data.redisSet);
   * ```
   */
  paginateDescribeRedis(params: types.DescribeRedisRequest, options?: CallOptions): AsyncGenerator<types.DescribeRedisResponse, void, undefined>;
  /**
   * This API (DescribeRedisDealDetail) is used to query the details of an order.
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["DescribeRedisDealDetail"]`.
   *
   * Wire action: `DescribeRedisDealDetail` (redis 2017).
   */
  describeRedisDealDetail(params: types.DescribeRedisDealDetailRequest, options?: CallOptions): Promise<types.DescribeRedisDealDetailResponse>;
  /**
   * This API (DescribeRedisProduct) is used to query supported specifications. This API can be used to
   * query the supported specifications for CRS instances under specified availability zone and instance
   * type. Users who are not in the purchaser whitelist cannot query the details of supported
   * specifications under this availability zone and instance type. You can apply for the purchase of the
   * whitelist of a region by submitting a Ticket.
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["DescribeRedisProduct"]`.
   *
   * Wire action: `DescribeRedisProduct` (redis 2017).
   */
  describeRedisProduct(params?: types.DescribeRedisProductRequest, options?: CallOptions): Promise<types.DescribeRedisProductResponse>;
  /**
   * This API (DescribeRedisZones) is used to query supported availability zones. This API can be used to
   * create the list of availability zones where the Redis can be created. An availability zone where the
   * CRS instance is not available for the user will not be included in the returned list. You can apply
   * for the purchase of the whitelist of a region by submitting a Ticket.
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["DescribeRedisZones"]`.
   *
   * Wire action: `DescribeRedisZones` (redis 2017).
   */
  describeRedisZones(params?: types.DescribeRedisZonesRequest, options?: CallOptions): Promise<types.DescribeRedisZonesResponse>;
  /**
   * This API (DescribeTaskInfo) is used to query the results of a task.
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["DescribeTaskInfo"]`.
   *
   * Wire action: `DescribeTaskInfo` (redis 2017).
   *
   * @example Example
   * ```ts
   * const out = await client.describeTaskInfo({ "requestId": 11963 });
   * ```
   */
  describeTaskInfo(params: types.DescribeTaskInfoRequest, options?: CallOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API (ExportRedisBackup) is used to export the CRS instance backup. - Export the backup file
   * with a rdb format; - Only the backup of a cluster instance needs to be exported; - Only after the
   * backup is exported can it be downloaded by calling the API GetBackupDownloadUrl. - Only the backup
   * with status 2 can be exported. You can use the API GetRedisBackupList to acquire the backup status.
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["ExportRedisBackup"]`.
   *
   * Wire action: `ExportRedisBackup` (redis 2017).
   *
   * @example Example
   * ```ts
   * const out = await client.exportRedisBackup({ "redisId": "crs-j30wibe7", "backupId": "3a07b27e-f744-11e6-babc-525400082493" });
   * ```
   */
  exportRedisBackup(params: types.ExportRedisBackupRequest, options?: CallOptions): Promise<types.ExportRedisBackupResponse>;
  /**
   * This API (GetBackupDownloadUrl) is used to query the download URL of CRS instance backup. 1. Private
   * network and local download URLs are valid for 12 hours, and need to be re-obtained upon expiration;
   * 2. Quotation marks must be used around URL when wget is used for downloading;
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["GetBackupDownloadUrl"]`.
   *
   * Wire action: `GetBackupDownloadUrl` (redis 2017).
   *
   * @example Example
   * ```ts
   * const out = await client.getBackupDownloadUrl({ "redisId": "crs-c7xq4kqu", "backupId": "fb8d2cd6-f6ee-11e6-ac36-525400394272" });
   * ```
   */
  getBackupDownloadUrl(params: types.GetBackupDownloadUrlRequest, options?: CallOptions): Promise<types.GetBackupDownloadUrlResponse>;
  /**
   * This API (GetRedisBackupList) is used to query the backup list of a CRS instance. - Currently,
   * backups can only be retained for 7 days, so you can just query the backups for the last 7 days,
   * including the manual backups initiated by users and the backups initiated by the system in the early
   * morning.
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["GetRedisBackupList"]`.
   *
   * Wire action: `GetRedisBackupList` (redis 2017).
   *
   * @example Example
   * ```ts
   * const out = await client.getRedisBackupList({ "limit": 10, "offset": 0, "redisId": "crs-izbob1wh", "beginTime": "2017-02-08 16:46:34", "endTime": "2017-02-08 19:09:26" });
   * ```
   */
  getRedisBackupList(params: types.GetRedisBackupListRequest, options?: CallOptions): Promise<types.GetRedisBackupListResponse>;
  /**
   * Every page of GetRedisBackupList, from `offset` (default 0) until `totalCount` items have been read
   * or a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateGetRedisBackupList({ … })) console.log(page.data.redisBackupSet);
   * ```
   */
  paginateGetRedisBackupList(params: types.GetRedisBackupListRequest, options?: CallOptions): AsyncGenerator<types.GetRedisBackupListResponse, void, undefined>;
  /**
   * This API (GetRedisTaskList) is used to query the task list of a CRS instance.
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["GetRedisTaskList"]`.
   *
   * Wire action: `GetRedisTaskList` (redis 2017).
   *
   * @example Example
   * ```ts
   * const out = await client.getRedisTaskList({ limit: …, offset: …, beginTime: …, endTime: …, redisId: …, redisName: …, taskStatus: …, taskType: … });
   * ```
   */
  getRedisTaskList(params: types.GetRedisTaskListRequest, options?: CallOptions): Promise<types.GetRedisTaskListResponse>;
  /**
   * Every page of GetRedisTaskList, from `offset` (default 0) until `totalCount` items have been read or
   * a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateGetRedisTaskList({ … })) console.log(page.data.redisTaskSet);
   * ```
   */
  paginateGetRedisTaskList(params: types.GetRedisTaskListRequest, options?: CallOptions): AsyncGenerator<types.GetRedisTaskListResponse, void, undefined>;
  /**
   * This API (InquiryRedisPrice) is used to query the prices for purchasing and renewing an instance. To
   * query the price for upgrading an instance, please see Query Price for Instance Upgrade.
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["InquiryRedisPrice"]`.
   *
   * Wire action: `InquiryRedisPrice` (redis 2017).
   */
  inquiryRedisPrice(params: types.InquiryRedisPriceRequest, options?: CallOptions): Promise<types.InquiryRedisPriceResponse>;
  /**
   * This API (ManualBackupInstance) is used to back up a CRS instance manually. - Please do not call
   * this API frequently. The number of calls is limited to 24 each day, otherwise the operation will
   * fail.
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["ManualBackupInstance"]`.
   *
   * Wire action: `ManualBackupInstance` (redis 2017).
   *
   * @example Example
   * ```ts
   * const out = await client.manualBackupInstance({ "redisId": "crs-izbob1wh", "remark": "test_api" });
   * ```
   */
  manualBackupInstance(params: types.ManualBackupInstanceRequest, options?: CallOptions): Promise<types.ManualBackupInstanceResponse>;
  /**
   * This API (ModfiyRedisPassword) is used to modify the password for a CRS instance. Rule on password:
   * It should be a combination of 8-16 characters comprised of at least two of the following types:
   * letters, numbers, special characters (!, @, #, %, ^, ()).
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["ModfiyRedisPassword"]`.
   *
   * Wire action: `ModfiyRedisPassword` (redis 2017).
   *
   * @example Example
   * ```ts
   * const out = await client.modfiyRedisPassword({ "redisId": "crs-ifmymj41", "oldPassword": "49A2d!e@f12e", "password": "12D3E@!r5ed" });
   * ```
   */
  modfiyRedisPassword(params: types.ModfiyRedisPasswordRequest, options?: CallOptions): Promise<types.ModfiyRedisPasswordResponse>;
  /**
   * This API (ModifyRedisName) is used to modify the name of an instance. Rule on instance name: It
   * should have a length of 1-36 characters comprised of letters, numbers, "_" or "-".
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["ModifyRedisName"]`.
   *
   * Wire action: `ModifyRedisName` (redis 2017).
   *
   * @example Example
   * ```ts
   * const out = await client.modifyRedisName({ "redisId": "crs-izbob1wh", "redisName": "test_API" });
   * ```
   */
  modifyRedisName(params: types.ModifyRedisNameRequest, options?: CallOptions): Promise<types.ModifyRedisNameResponse>;
  /**
   * This API (ModifyRedisProject) is used to modify the project to which a CRS instance belongs.
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["ModifyRedisProject"]`.
   *
   * Wire action: `ModifyRedisProject` (redis 2017).
   *
   * @example Example
   * ```ts
   * const out = await client.modifyRedisProject({ "redisIds": ["crs-ifmymj41"], "projectId": 1004306 });
   * ```
   */
  modifyRedisProject(params: types.ModifyRedisProjectRequest, options?: CallOptions): Promise<types.ModifyRedisProjectResponse>;
  /**
   * This API (RenewRedis) is used to renew an instance.
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["RenewRedis"]`.
   *
   * Wire action: `RenewRedis` (redis 2017).
   */
  renewRedis(params: types.RenewRedisRequest, options?: CallOptions): Promise<types.RenewRedisResponse>;
  /**
   * This API (ResetRedisPassword) is used to reset the password for an CRS instance. Rule on password:
   * It should be a combination of 8-16 characters comprised of at least two of the following types:
   * letters, numbers, special characters (!, @, #, %, ^, ()).
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["ResetRedisPassword"]`.
   *
   * Wire action: `ResetRedisPassword` (redis 2017).
   *
   * @example Example
   * ```ts
   * const out = await client.resetRedisPassword({ "redisId": "crs-izbob1wh", "password": "12D3E@!r5ed" });
   * ```
   */
  resetRedisPassword(params: types.ResetRedisPasswordRequest, options?: CallOptions): Promise<types.ResetRedisPasswordResponse>;
  /**
   * This API (RestoreInstance) is used to restore a CRS instance. - The target instance can only be
   * restored to its own backup, instead of that of another instance.
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["RestoreInstance"]`.
   *
   * Wire action: `RestoreInstance` (redis 2017).
   *
   * @example Example
   * ```ts
   * const out = await client.restoreInstance({ "redisId": "crs-izbob1wh", "password": "12D3E@!r5ed", "backupId": "e824aecc-ef5e-11e6-a2c7-525400082493" });
   * ```
   */
  restoreInstance(params: types.RestoreInstanceRequest, options?: CallOptions): Promise<types.RestoreInstanceResponse>;
  /**
   * This API (SetRedisAutoRenew) is used to set auto renewal.
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["SetRedisAutoRenew"]`.
   *
   * Wire action: `SetRedisAutoRenew` (redis 2017).
   */
  setRedisAutoRenew(params: types.SetRedisAutoRenewRequest, options?: CallOptions): Promise<types.SetRedisAutoRenewResponse>;
  /**
   * This API (UpgradeRedis) is used to upgrade an instance.
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["UpgradeRedis"]`.
   *
   * Wire action: `UpgradeRedis` (redis 2017).
   */
  upgradeRedis(params: types.UpgradeRedisRequest, options?: CallOptions): Promise<types.UpgradeRedisResponse>;
  /**
   * This API (UpgradeRedisInquiryPrice) is used to query the price for instance upgrade.
   *
   * Documented errors: see `RedisLegacyActionErrorCodes["UpgradeRedisInquiryPrice"]`.
   *
   * Wire action: `UpgradeRedisInquiryPrice` (redis 2017).
   */
  upgradeRedisInquiryPrice(params: types.UpgradeRedisInquiryPriceRequest, options?: CallOptions): Promise<types.UpgradeRedisInquiryPriceResponse>;
}
