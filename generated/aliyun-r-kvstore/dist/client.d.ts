import type { CallOptions, ServiceClientConfig } from "@doc2sdk/runtime";
import type * as types from "./types.js";
/**
 * Options of {@link RKvstoreClient}: region, credentials (default: the provider chain), endpoint,
 * timeouts, retries, hooks and logger.
 */
export type RKvstoreClientConfig = Omit<ServiceClientConfig, "protocol" | "service" | "apiVersion" | "endpoint" | "endpointOverride"> & {
  /** A host name (`r-kvstore.aliyuncs.com`) or a full base URL (`http://127.0.0.1:8080`) to send to instead of the default. */
  endpoint?: string;
};
/**
 * Client of the ApsaraDB for Redis API, version 2015-01-01 (r-kvstore.aliyuncs.com).
 *
 * Each method sends one action, signed per request, with retries for transient failures on actions
 * that are safe to repeat. Responses carry `RequestId`; failures throw the runtime's typed errors (see
 * `isRKvstoreError`).
 *
 * @example
 * ```ts
 * const client = new RKvstoreClient({ region: "ap-guangzhou" });
 * ```
 */
export declare class RKvstoreClient {
  #private;
  /** The API this client speaks, as the reference documents it. */
  static readonly service: {
    readonly name: "r-kvstore";
    readonly apiVersion: "2015-01-01";
    readonly endpoint: "r-kvstore.aliyuncs.com";
    readonly protocol: "aliyun-rpc-v1";
  };
  /** This package, as the User-Agent and the vendor's client header name it. */
  static readonly sdk: {
    readonly name: "@doc2sdk/aliyun-r-kvstore";
    readonly version: "1.0.1";
  };
  /** @param config - region, credentials, endpoint override, timeouts and retries; all optional. */
  constructor(config?: RKvstoreClientConfig);
  /**
   * Sends any action by its wire name; the request and response are typed by the name.
   *
   * @param action - the wire action name, e.g. `CreateAccount`
   * @param params - the action's input
   * @param options - per-call timeout, abort signal, attempts, region
   */
  call<A extends types.RKvstoreAction>(action: A, params: types.RKvstoreActions[A]["request"], options?: CallOptions): Promise<types.RKvstoreActions[A]["response"]>;
  /**
   * You can call this API to create an account with the specified permission for an ApsaraDB for Redis
   * instance. - The engine version of the ApsaraDB for Redis instance must be Redis 4.0 or above. - The
   * ApsaraDB for Redis instance must be in the running status. - A maximum of 18 accounts can be created
   * for an ApsaraDB for Redis instance. For more information about how to perform the corresponding
   * operation in the console, see Manage database accounts.
   *
   * Wire action: `CreateAccount` (r-kvstore 2015-01-01).
   *
   * @example Sample request
   * ```ts
   * const out = await client.createAccount({ "AccountName": "demoaccount", "AccountPassword": "uWonno233", "InstanceId": "r-bp1xxxxxxxxxxxxx" });
   * ```
   */
  createAccount(params: types.CreateAccountRequest, options?: CallOptions): Promise<types.CreateAccountResponse>;
  /**
   * This API is used to create an instance. For more information about the instance types, see Instance
   * type table.
   *
   * Wire action: `CreateInstance` (r-kvstore 2015-01-01).
   *
   * @example Request example
   * ```ts
   * const out = await client.createInstance({ "RegionId": "cn-hangzhou", "Password": "Qa123456", "InstanceClass": "redis.master.small.default" });
   * ```
   */
  createInstance(params: types.CreateInstanceRequest, options?: CallOptions): Promise<types.CreateInstanceResponse>;
  /**
   * You can call this API to delete an account of an ApsaraDB for Redis instance. - The engine version
   * of the ApsaraDB for Redis instance must be Redis 4.0 or above - - The ApsaraDB for Redis instance
   * must be in the running status.
   *
   * Wire action: `DeleteAccount` (r-kvstore 2015-01-01).
   *
   * @example Sample request
   * ```ts
   * const out = await client.deleteAccount({ "AccountName": "demoaccount", "InstanceId": "r-bp1xxxxxxxxxxxxxx" });
   * ```
   */
  deleteAccount(params: types.DeleteAccountRequest, options?: CallOptions): Promise<types.DeleteAccountResponse>;
  /**
   * Requirements for interface instance call & release are as follows: - The current status of instance:
   * running. - Not artificially locked. A subscribed instance cannot be deleted. It is only released at
   * expiration.
   *
   * Wire action: `DeleteInstance` (r-kvstore 2015-01-01).
   *
   * @example Request example
   * ```ts
   * const out = await client.deleteInstance({ "InstanceId": "657e361a074646d5" });
   * ```
   */
  deleteInstance(params: types.DeleteInstanceRequest, options?: CallOptions): Promise<types.DeleteInstanceResponse>;
  /**
   * You can call this API to query all accounts or a specified account of an ApsaraDB for Redis
   * instance. The engine version of the ApsaraDB for Redis instance must be Redis 4.0 or above.
   *
   * Wire action: `DescribeAccounts` (r-kvstore 2015-01-01).
   *
   * @example Sample request
   * ```ts
   * const out = await client.describeAccounts({ "InstanceId": "r-bp1xxxxxxxxxxxxxx" });
   * ```
   */
  describeAccounts(params: types.DescribeAccountsRequest, options?: CallOptions): Promise<types.DescribeAccountsResponse>;
  /**
   * This API is used to query a backup policy you set. You can query the backup cycle, backup time, and
   * other details of an instance.
   *
   * Wire action: `DescribeBackupPolicy` (r-kvstore 2015-01-01).
   *
   * @example Example
   * ```ts
   * const out = await client.describeBackupPolicy({ "InstanceId": "de5d88e34d004211" });
   * ```
   */
  describeBackupPolicy(params: types.DescribeBackupPolicyRequest, options?: CallOptions): Promise<types.DescribeBackupPolicyResponse>;
  /**
   * This API is used to query the details of a backup file, including the backup start time, file size,
   * backup mode, download address, and other information.
   *
   * Wire action: `DescribeBackups` (r-kvstore 2015-01-01).
   */
  describeBackups(params: types.DescribeBackupsRequest, options?: CallOptions): Promise<types.DescribeBackupsResponse>;
  /**
   * Query the classic network connection address of the instance.
   *
   * Wire action: `DescribeDBInstanceNetInfo` (r-kvstore 2015-01-01).
   *
   * @example Request example
   * ```ts
   * const out = await client.describeDBInstanceNetInfo({ "InstanceId": "657e361a074646d5" });
   * ```
   */
  describeDBInstanceNetInfo(params: types.DescribeDBInstanceNetInfoRequest, options?: CallOptions): Promise<types.DescribeDBInstanceNetInfoResponse>;
  /**
   * This API is used to view the historical monitoring data of an instance.
   *
   * Wire action: `DescribeHistoryMonitorValues` (r-kvstore 2015-01-01).
   *
   * @example Request example
   * ```ts
   * const out = await client.describeHistoryMonitorValues({ "InstanceId": "de5d88e34d004211", "EndTime": "2014-11-27T12:02:00Z", "StartTime": "2014-11-27T12:00:00Z", "IntervalForHistory": "01m" });
   * ```
   */
  describeHistoryMonitorValues(params: types.DescribeHistoryMonitorValuesRequest, options?: CallOptions): Promise<types.DescribeHistoryMonitorValuesResponse>;
  /**
   * You can call `DescribeInstanceAttribute` to query detailed information of an ApsaraDB for Redis
   * instance.
   *
   * Wire action: `DescribeInstanceAttribute` (r-kvstore 2015-01-01).
   *
   * @example Sample request
   * ```ts
   * const out = await client.describeInstanceAttribute({ "InstanceId": "r-bp1xxxxxxxxxxxxx" });
   * ```
   */
  describeInstanceAttribute(params: types.DescribeInstanceAttributeRequest, options?: CallOptions): Promise<types.DescribeInstanceAttributeResponse>;
  /**
   * This API is used to view the configuration parameters of an instance.
   *
   * Wire action: `DescribeInstanceConfig` (r-kvstore 2015-01-01).
   *
   * @example Request example
   * ```ts
   * const out = await client.describeInstanceConfig({ "InstanceId": "de5d88e34d004211" });
   * ```
   */
  describeInstanceConfig(params: types.DescribeInstanceConfigRequest, options?: CallOptions): Promise<types.DescribeInstanceConfigResponse>;
  /**
   * This API is used to query one or multiple instances under an account.
   *
   * Wire action: `DescribeInstances` (r-kvstore 2015-01-01).
   */
  describeInstances(params: types.DescribeInstancesRequest, options?: CallOptions): Promise<types.DescribeInstancesResponse>;
  /**
   * Every page of DescribeInstances, from page `PageNumber` (default 1) until `TotalCount` items have
   * been read or a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeInstances({ … })) console.log(page.Instances.Instance);
   * ```
   */
  paginateDescribeInstances(params: types.DescribeInstancesRequest, options?: CallOptions): AsyncGenerator<types.DescribeInstancesResponse, void, undefined>;
  /**
   * This API is used to query the list of available monitoring parameters. The results are returned in
   * the format of .
   *
   * Wire action: `DescribeMonitorItems` (r-kvstore 2015-01-01).
   *
   * @example Request example
   * ```ts
   * const out = await client.describeMonitorItems({});
   * ```
   */
  describeMonitorItems(params?: types.DescribeMonitorItemsRequest, options?: CallOptions): Promise<types.DescribeMonitorItemsResponse>;
  /**
   * This API is used to irrecoverably clear data stored in a instance. Operations of this API are
   * asynchronous. After you call this API, the result is immediately returned, and data of the instance
   * is cleared in the back-end.
   *
   * Wire action: `FlushInstance` (r-kvstore 2015-01-01).
   *
   * @example Request example
   * ```ts
   * const out = await client.flushInstance({ "InstanceId": "657e361a074646d5" });
   * ```
   */
  flushInstance(params: types.FlushInstanceRequest, options?: CallOptions): Promise<types.FlushInstanceResponse>;
  /**
   * You can call this API to modify the permission of an account of an ApsaraDB for Redis instance. -
   * The engine version of the ApsaraDB for Redis instance must be Redis 4.0 or above - - The ApsaraDB
   * for Redis instance must be in the running status.
   *
   * Wire action: `GrantAccountPrivilege` (r-kvstore 2015-01-01).
   *
   * @example Sample request
   * ```ts
   * const out = await client.grantAccountPrivilege({ "InstanceId": "r-bp1xxxxxxxxxxxxx", "AccountName": "demoaccount", "AccountPrivilege": "RoleReadOnly" });
   * ```
   */
  grantAccountPrivilege(params: types.GrantAccountPrivilegeRequest, options?: CallOptions): Promise<types.GrantAccountPrivilegeResponse>;
  /**
   * You can call this API to modify the description of an account of an ApsaraDB for Redis instance. The
   * engine version of the ApsaraDB for Redis instance must be Redis 4.0 or above.
   *
   * Wire action: `ModifyAccountDescription` (r-kvstore 2015-01-01).
   *
   * @example Sample request
   * ```ts
   * const out = await client.modifyAccountDescription({ "InstanceId": "r-bp1xxxxxxxxxxxxx", "AccountName": "demoaccount", "AccountDescription": "this is a test account" });
   * ```
   */
  modifyAccountDescription(params: types.ModifyAccountDescriptionRequest, options?: CallOptions): Promise<types.ModifyAccountDescriptionResponse>;
  /**
   * This API is used to query a backup policy.
   *
   * Wire action: `ModifyBackupPolicy` (r-kvstore 2015-01-01).
   *
   * @example Request example
   * ```ts
   * const out = await client.modifyBackupPolicy({ "InstanceId": "de5d88e34d004211", "PreferredBackupTime": "00:00Z-04:00Z", "PreferredBackupPeriod": "Saturday" });
   * ```
   */
  modifyBackupPolicy(params: types.ModifyBackupPolicyRequest, options?: CallOptions): Promise<types.ModifyBackupPolicyResponse>;
  /**
   * You can call this operation to modify an endpoint of an ApsaraDB for Redis instance. For more
   * information about how to perform the corresponding operation in the console, see Modify connection
   * addresses.
   *
   * Wire action: `ModifyDBInstanceConnectionString` (r-kvstore 2015-01-01).
   *
   * @example Sample request
   * ```ts
   * const out = await client.modifyDBInstanceConnectionString({ "DBInstanceId": "r-bp1xxxxxxxxxxxxx", "CurrentConnectionString": "r-bp1xxxxxxxxxxxxx.redis.rds.aliyuncs.com", "NewConnectionString": "standardredis" });
   * ```
   */
  modifyDBInstanceConnectionString(params: types.ModifyDBInstanceConnectionStringRequest, options?: CallOptions): Promise<types.ModifyDBInstanceConnectionStringResponse>;
  /**
   * This API is used to modify the attributes of an instance, including the name or password.
   *
   * Wire action: `ModifyInstanceAttribute` (r-kvstore 2015-01-01).
   *
   * @example Request example
   * ```ts
   * const out = await client.modifyInstanceAttribute({ "InstanceId": "657e361a074646d5", "NewPassword": "Qa12345678", "InstanceName": "TestInstance" });
   * ```
   */
  modifyInstanceAttribute(params: types.ModifyInstanceAttributeRequest, options?: CallOptions): Promise<types.ModifyInstanceAttributeResponse>;
  /**
   * This API is used to change the configuration parameters of an instance.
   *
   * Wire action: `ModifyInstanceConfig` (r-kvstore 2015-01-01).
   *
   * @example Request example
   * ```ts
   * const out = await client.modifyInstanceConfig({ "InstanceId": "de5d88e34d004211", "Config": "{\"hash-max-ziplist-entries\":\"512\"}" });
   * ```
   */
  modifyInstanceConfig(params: types.ModifyInstanceConfigRequest, options?: CallOptions): Promise<types.ModifyInstanceConfigResponse>;
  /**
   * You can call this operation to modify the maintenance window of an ApsaraDB for Redis instance.
   * Alibaba Cloud maintains the ApsaraDB for Redis instance in the specified maintenance window. For
   * more information about how to perform the corresponding operation in the console, see Set a
   * maintenance window.
   *
   * Documented errors: see `RKvstoreActionErrorCodes["ModifyInstanceMaintainTime"]`.
   *
   * Wire action: `ModifyInstanceMaintainTime` (r-kvstore 2015-01-01).
   *
   * @example Sample request
   * ```ts
   * const out = await client.modifyInstanceMaintainTime({ "InstanceId": "r-bp1xxxxxxxxxxxxx", "MaintainStartTime": "02:00Z", "MaintainEndTime": "03:00Z" });
   * ```
   */
  modifyInstanceMaintainTime(params: types.ModifyInstanceMaintainTimeRequest, options?: CallOptions): Promise<types.ModifyInstanceMaintainTimeResponse>;
  /**
   * You can call this operation to upgrade the major version of an ApsaraDB for Redis instance. For more
   * information about how to perform the corresponding operation in the console, see Upgrade the major
   * version.
   *
   * Wire action: `ModifyInstanceMajorVersion` (r-kvstore 2015-01-01).
   *
   * @example Sample request
   * ```ts
   * const out = await client.modifyInstanceMajorVersion({ "InstanceId": "r-bp1xxxxxxxxxxxxx", "MajorVersion": "4.0", "EffectTime": "0" });
   * ```
   */
  modifyInstanceMajorVersion(params: types.ModifyInstanceMajorVersionRequest, options?: CallOptions): Promise<types.ModifyInstanceMajorVersionResponse>;
  /**
   * If an instance has been switched from a classic network to a VPC and the classic network connection
   * address is retained, this API can be called to prolong the retention period of the classic network
   * connection address.
   *
   * Wire action: `ModifyInstanceNetExpireTime` (r-kvstore 2015-01-01).
   */
  modifyInstanceNetExpireTime(params: types.ModifyInstanceNetExpireTimeRequest, options?: CallOptions): Promise<types.ModifyInstanceNetExpireTimeResponse>;
  /**
   * You can call this operation to change the type of an ApsaraDB for Redis instance. - For more
   * information about instance types, see Instance types. - For more information about how to perform
   * the corresponding operation in the console, see Change the instance configuration.
   *
   * Documented errors: see `RKvstoreActionErrorCodes["ModifyInstanceSpec"]`.
   *
   * Wire action: `ModifyInstanceSpec` (r-kvstore 2015-01-01).
   *
   * @example Sample request
   * ```ts
   * const out = await client.modifyInstanceSpec({ "InstanceId": "r-j6cxxxxxxxxxxx3d4", "InstanceClass": "redis.master.small.default" });
   * ```
   */
  modifyInstanceSpec(params: types.ModifyInstanceSpecRequest, options?: CallOptions): Promise<types.ModifyInstanceSpecResponse>;
  /**
   * You can call this API to configure SSL encryption for an ApsaraDB for Redis instance. For more
   * information about how to perform the corresponding operation in the console, see Configure SSL
   * encryption.
   *
   * Documented errors: see `RKvstoreActionErrorCodes["ModifyInstanceSSL"]`.
   *
   * Wire action: `ModifyInstanceSSL` (r-kvstore 2015-01-01).
   *
   * @example Sample request
   * ```ts
   * const out = await client.modifyInstanceSSL({ "InstanceId": "r-bp1xxxxxxxxxxxxxx", "SSLEnabled": "Enable" });
   * ```
   */
  modifyInstanceSSL(params: types.ModifyInstanceSSLRequest, options?: CallOptions): Promise<types.ModifyInstanceSSLResponse>;
  /**
   * You can call this operation to enable or disable password-free access for an ApsaraDB for Redis
   * instance. When the password-free access feature is enabled, Elastic Compute Service (ECS) instances
   * in the same Virtual Private Cloud (VPC) can access the ApsaraDB for Redis instance without the
   * password. You can also use the username and password to access the ApsaraDB for Redis instance. For
   * more information about how to perform the corresponding operation in the console, see #unique_48.
   *
   * Wire action: `ModifyInstanceVpcAuthMode` (r-kvstore 2015-01-01).
   *
   * @example Sample request
   * ```ts
   * const out = await client.modifyInstanceVpcAuthMode({ "InstanceId": "r-bp1xxxxxxxxxxxxxx", "VpcAuthMode": "Close" });
   * ```
   */
  modifyInstanceVpcAuthMode(params: types.ModifyInstanceVpcAuthModeRequest, options?: CallOptions): Promise<types.ModifyInstanceVpcAuthModeResponse>;
  /**
   * Set the instance's IP whiteable list, and you can select the allowed ECs IP Access instance.
   *
   * Wire action: `ModifySecurityIps` (r-kvstore 2015-01-01).
   *
   * @example Request example
   * ```ts
   * const out = await client.modifySecurityIps({ "InstanceId": "657e361a074646d5", "SecurityIps": "1.1.1.1, 2.2.2.2", "SecurityIpGroupName": "testgroup" });
   * ```
   */
  modifySecurityIps(params: types.ModifySecurityIpsRequest, options?: CallOptions): Promise<types.ModifySecurityIpsResponse>;
  /**
   * You can call this API to reset the password of an account of an ApsaraDB for Redis instance. The
   * engine version of the ApsaraDB for Redis instance must be Redis 4.0 or above.
   *
   * Wire action: `ResetAccountPassword` (r-kvstore 2015-01-01).
   *
   * @example Sample request
   * ```ts
   * const out = await client.resetAccountPassword({ "AccountName": "demoaccount", "AccountPassword": "uWonno_233", "InstanceId": "r-bp1xxxxxxxxxxxxxx" });
   * ```
   */
  resetAccountPassword(params: types.ResetAccountPasswordRequest, options?: CallOptions): Promise<types.ResetAccountPasswordResponse>;
  /**
   * This API is used to recover data to the master instance based on a backup set. Notice: This
   * operation may have a high risk because the backup data will cover the instance data.
   *
   * Wire action: `RestoreInstance` (r-kvstore 2015-01-01).
   *
   * @example Request example
   * ```ts
   * const out = await client.restoreInstance({ "InstanceId": "de5d88e34d004211", "BackupId": "fdafasf111" });
   * ```
   */
  restoreInstance(params: types.RestoreInstanceRequest, options?: CallOptions): Promise<types.RestoreInstanceResponse>;
  /**
   * You can call `SwitchNetwork` to switch the network type of an ApsaraDB for Redis instance. from
   * classic network to VPC. For more information about how to perform the corresponding operation in the
   * console, see #unique_26.
   *
   * Wire action: `SwitchNetwork` (r-kvstore 2015-01-01).
   *
   * @example Sample request
   * ```ts
   * const out = await client.switchNetwork({ InstanceId: …, TargetNetworkType: …, VpcId: …, VSwitchId: …, RetainClassic: …, ClassicExpiredDays: … });
   * ```
   */
  switchNetwork(params: types.SwitchNetworkRequest, options?: CallOptions): Promise<types.SwitchNetworkResponse>;
  /**
   * You can call this operation to change the billing method of an ApsaraDB for Redis instance from
   * Pay-As-You-Go to subscription. For more information about how to perform the corresponding operation
   * in the console, see #unique_13. Currently, you cannot change the billing method of an instance from
   * subscription to Pay-As-You-Go.
   *
   * Wire action: `TransformToPrePaid` (r-kvstore 2015-01-01).
   *
   * @example Sample request
   * ```ts
   * const out = await client.transformToPrePaid({ "InstanceId": "r-bp1xxxxxxxxxxxxx", "Period": 12 });
   * ```
   */
  transformToPrePaid(params: types.TransformToPrePaidRequest, options?: CallOptions): Promise<types.TransformToPrePaidResponse>;
}
