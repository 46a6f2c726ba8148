import type { CallOptions, ServiceClientConfig, WaitOptions } from "@doc2sdk/runtime";
import type * as types from "./types.js";
/**
 * Options of {@link RedisClient}: region, credentials (default: the provider chain), endpoint,
 * timeouts, retries, hooks and logger.
 */
export type RedisClientConfig = Omit<ServiceClientConfig, "protocol" | "service" | "apiVersion" | "endpoint" | "endpointOverride"> & {
  /** A host name (`redis.tencentcloudapi.com`) or a full base URL (`http://127.0.0.1:8080`) to send to instead of the default. */
  endpoint?: string;
};
/**
 * Client of the TencentDB for Redis API, version 2018-04-12 (redis.tencentcloudapi.com).
 *
 * Each method sends one action, signed per request, with retries for transient failures on actions
 * that are safe to repeat. Responses carry `RequestId`; failures throw the runtime's typed errors (see
 * `isRedisError`).
 *
 * @example
 * ```ts
 * const client = new RedisClient({ region: "ap-guangzhou" });
 * ```
 */
export declare class RedisClient {
  #private;
  /** The API this client speaks, as the reference documents it. */
  static readonly service: {
    readonly name: "redis";
    readonly apiVersion: "2018-04-12";
    readonly endpoint: "redis.tencentcloudapi.com";
    readonly protocol: "tc3-hmac-sha256";
  };
  /** This package, as the User-Agent and the vendor's client header name it. */
  static readonly sdk: {
    readonly name: "@doc2sdk/tencentcloud-redis";
    readonly version: "1.1.1";
  };
  /** @param config - region, credentials, endpoint override, timeouts and retries; all optional. */
  constructor(config?: RedisClientConfig);
  /**
   * Sends any action by its wire name; the request and response are typed by the name.
   *
   * @param action - the wire action name, e.g. `AddReplicationInstance`
   * @param params - the action's input
   * @param options - per-call timeout, abort signal, attempts, region
   */
  call<A extends types.RedisAction>(action: A, params: types.RedisActions[A]["request"], options?: CallOptions): Promise<types.RedisActions[A]["response"]>;
  /**
   * This API is used to add an instance member to the global replication group.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["AddReplicationInstance"]`.
   *
   * Wire action: `AddReplicationInstance` (redis 2018-04-12).
   *
   * @example Request Sample
   * ```ts
   * const out = await client.addReplicationInstance({ "InstanceId": "crs-sa5dsfs", "InstanceRole": "rw", "GroupId": "crs-rpl-sa5dsfs" });
   * ```
   */
  addReplicationInstance(params: types.AddReplicationInstanceRequest, options?: CallOptions): Promise<types.AddReplicationInstanceResponse>;
  /**
   * Waits for the task AddReplicationInstance started: polls `DescribeTaskInfo` with its `TaskId` until
   * `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. AddReplicationInstance's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.addReplicationInstance({ … });
   * const task = await client.waitForAddReplicationInstance(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForAddReplicationInstance(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to enable public network access for instances.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["AllocateWanAddress"]`.
   *
   * Wire action: `AllocateWanAddress` (redis 2018-04-12).
   *
   * @example Enabling public network instance
   * ```ts
   * const out = await client.allocateWanAddress({ "InstanceId": "crs-5qlrlhux" });
   * ```
   */
  allocateWanAddress(params: types.AllocateWanAddressRequest, options?: CallOptions): Promise<types.AllocateWanAddressResponse>;
  /**
   * This API is used to apply parameter templates to instances.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ApplyParamsTemplate"]`.
   *
   * Wire action: `ApplyParamsTemplate` (redis 2018-04-12).
   *
   * @example Modifying instance parameters
   * ```ts
   * const out = await client.applyParamsTemplate({ "InstanceIds": ["crs-5a4py64p"], "TemplateId": "crs-cfg-rhlppeye" });
   * ```
   */
  applyParamsTemplate(params: types.ApplyParamsTemplateRequest, options?: CallOptions): Promise<types.ApplyParamsTemplateResponse>;
  /**
   * This API is used to bind a security group to one or more database instances. When you create an
   * instance without configuring a security group, it is recommended to bind a security group through
   * this API.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["AssociateSecurityGroups"]`.
   *
   * Wire action: `AssociateSecurityGroups` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.associateSecurityGroups({ "Product": "redis", "SecurityGroupId": "sg-ajr1jzgj", "InstanceIds": ["crs-eb2w7dto"] });
   * ```
   */
  associateSecurityGroups(params: types.AssociateSecurityGroupsRequest, options?: CallOptions): Promise<types.AssociateSecurityGroupsResponse>;
  /**
   * This API is used to change the role of an instance in a replication group.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ChangeInstanceRole"]`.
   *
   * Wire action: `ChangeInstanceRole` (redis 2018-04-12).
   *
   * @example Modifying the role of instance in a replication group
   * ```ts
   * const out = await client.changeInstanceRole({ "GroupId": "crs-rpl-267khx71", "InstanceId": "crs-5qlrlhux", "InstanceRole": "rw" });
   * ```
   */
  changeInstanceRole(params: types.ChangeInstanceRoleRequest, options?: CallOptions): Promise<types.ChangeInstanceRoleResponse>;
  /**
   * Waits for the task ChangeInstanceRole started: polls `DescribeTaskInfo` with its `TaskId` until
   * `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. ChangeInstanceRole's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.changeInstanceRole({ … });
   * const task = await client.waitForChangeInstanceRole(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForChangeInstanceRole(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to set a read-only instance in a replication group as a master instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ChangeMasterInstance"]`.
   *
   * Wire action: `ChangeMasterInstance` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.changeMasterInstance({ "InstanceId": "crs-sa5****", "GroupId": "crs-rpl-sa5****", "ForceSwitch": false });
   * ```
   */
  changeMasterInstance(params: types.ChangeMasterInstanceRequest, options?: CallOptions): Promise<types.ChangeMasterInstanceResponse>;
  /**
   * Waits for the task ChangeMasterInstance started: polls `DescribeTaskInfo` with its `TaskId` until
   * `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. ChangeMasterInstance's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.changeMasterInstance({ … });
   * const task = await client.waitForChangeMasterInstance(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForChangeMasterInstance(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to promote a replica node group to a master node group or a replica node to a
   * master node for an instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ChangeReplicaToMaster"]`.
   *
   * Wire action: `ChangeReplicaToMaster` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.changeReplicaToMaster({ "InstanceId": "crs  -sa5****", "GroupId": 301524 });
   * ```
   */
  changeReplicaToMaster(params: types.ChangeReplicaToMasterRequest, options?: CallOptions): Promise<types.ChangeReplicaToMasterResponse>;
  /**
   * Waits for the task ChangeReplicaToMaster started: polls `DescribeTaskInfo` with its `TaskId` until
   * `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. ChangeReplicaToMaster's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.changeReplicaToMaster({ … });
   * const task = await client.waitForChangeReplicaToMaster(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForChangeReplicaToMaster(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to immediately terminate instances in the recycle bin.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["CleanUpInstance"]`.
   *
   * Wire action: `CleanUpInstance` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.cleanUpInstance({ "InstanceId": "crs-5a4py64p" });
   * ```
   */
  cleanUpInstance(params: types.CleanUpInstanceRequest, options?: CallOptions): Promise<types.CleanUpInstanceResponse>;
  /**
   * Waits for the task CleanUpInstance started: polls `DescribeTaskInfo` with its `TaskId` until
   * `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. CleanUpInstance's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.cleanUpInstance({ … });
   * const task = await client.waitForCleanUpInstance(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForCleanUpInstance(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to clear instance data.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ClearInstance"]`.
   *
   * Wire action: `ClearInstance` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.clearInstance({ "InstanceId": "crs-5a4py64p", "Password": "zy456987" });
   * ```
   */
  clearInstance(params: types.ClearInstanceRequest, options?: CallOptions): Promise<types.ClearInstanceResponse>;
  /**
   * Waits for the task ClearInstance started: polls `DescribeTaskInfo` with its `TaskId` until `Status`
   * is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. ClearInstance's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.clearInstance({ … });
   * const task = await client.waitForClearInstance(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForClearInstance(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to clone a complete new instance based on the current instance backup file.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["CloneInstances"]`.
   *
   * Wire action: `CloneInstances` (redis 2018-04-12).
   *
   * @example Request Example
   * ```ts
   * const out = await client.cloneInstances({ InstanceId: …, GoodsNum: …, ZoneId: …, BillingMode: …, Period: …, SecurityGroupIdList: …, BackupId: …, VpcId: …, SubnetId: …, InstanceName: …, Password: …, NodeSet: …, ProjectId: …, ResourceTags: …, AlarmPolicyList: … });
   * ```
   */
  cloneInstances(params: types.CloneInstancesRequest, options?: CallOptions): Promise<types.CloneInstancesResponse>;
  /**
   * This API is used to disable SSL encryption and authentication.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["CloseSSL"]`.
   *
   * Wire action: `CloseSSL` (redis 2018-04-12).
   *
   * @example Disabling SSL request
   * ```ts
   * const out = await client.closeSSL({ "InstanceId": "crs-2btr****" });
   * ```
   */
  closeSSL(params: types.CloseSSLRequest, options?: CallOptions): Promise<types.CloseSSLResponse>;
  /**
   * Waits for the task CloseSSL started: polls `DescribeTaskInfo` with its `TaskId` until `Status` is
   * `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. CloseSSL's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.closeSSL({ … });
   * const task = await client.waitForCloseSSL(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForCloseSSL(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to customize the account for accessing instances.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["CreateInstanceAccount"]`.
   *
   * Wire action: `CreateInstanceAccount` (redis 2018-04-12).
   *
   * @example Sample Request
   * ```ts
   * const out = await client.createInstanceAccount({ InstanceId: …, AccountName: …, AccountPassword: …, ReadonlyPolicy: …, Privilege: …, Remark: … });
   * ```
   */
  createInstanceAccount(params: types.CreateInstanceAccountRequest, options?: CallOptions): Promise<types.CreateInstanceAccountResponse>;
  /**
   * Waits for the task CreateInstanceAccount started: polls `DescribeTaskInfo` with its `TaskId` until
   * `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. CreateInstanceAccount's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.createInstanceAccount({ … });
   * const task = await client.waitForCreateInstanceAccount(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForCreateInstanceAccount(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to create an TencentDB or Redis instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["CreateInstances"]`.
   *
   * Wire action: `CreateInstances` (redis 2018-04-12).
   *
   * @example Request Example 2
   * ```ts
   * const out = await client.createInstances({ "TypeId": 6, "Password": "**********", "GoodsNum": 1, "Period": 1, "BillingMode": 0, "MemSize": 1024, "ZoneId": 100002 });
   * ```
   */
  createInstances(params: types.CreateInstancesRequest, options?: CallOptions): Promise<types.CreateInstancesResponse>;
  /**
   * This API is used to create a parameter template.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["CreateParamTemplate"]`.
   *
   * Wire action: `CreateParamTemplate` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.createParamTemplate({ ParamList: …, TemplateId: …, Description: …, ProductType: …, Name: … });
   * ```
   */
  createParamTemplate(params: types.CreateParamTemplateRequest, options?: CallOptions): Promise<types.CreateParamTemplateResponse>;
  /**
   * This API is used to create a replication group.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["CreateReplicationGroup"]`.
   *
   * Wire action: `CreateReplicationGroup` (redis 2018-04-12).
   *
   * @example Request Sample
   * ```ts
   * const out = await client.createReplicationGroup({ "InstanceId": "crs-5qlr****", "GroupName": "name" });
   * ```
   */
  createReplicationGroup(params: types.CreateReplicationGroupRequest, options?: CallOptions): Promise<types.CreateReplicationGroupResponse>;
  /**
   * Waits for the task CreateReplicationGroup started: polls `DescribeTaskInfo` with its `TaskId` until
   * `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. CreateReplicationGroup's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.createReplicationGroup({ … });
   * const task = await client.waitForCreateReplicationGroup(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForCreateReplicationGroup(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to delete instance sub-accounts.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DeleteInstanceAccount"]`.
   *
   * Wire action: `DeleteInstanceAccount` (redis 2018-04-12).
   *
   * @example Request Example
   * ```ts
   * const out = await client.deleteInstanceAccount({ "InstanceId": "crs-5a4py64p", "AccountName": "example_account" });
   * ```
   */
  deleteInstanceAccount(params: types.DeleteInstanceAccountRequest, options?: CallOptions): Promise<types.DeleteInstanceAccountResponse>;
  /**
   * Waits for the task DeleteInstanceAccount started: polls `DescribeTaskInfo` with its `TaskId` until
   * `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. DeleteInstanceAccount's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.deleteInstanceAccount({ … });
   * const task = await client.waitForDeleteInstanceAccount(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForDeleteInstanceAccount(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to delete a parameter template.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DeleteParamTemplate"]`.
   *
   * Wire action: `DeleteParamTemplate` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.deleteParamTemplate({ "TemplateId": "crs-cfg-sa23d5d3" });
   * ```
   */
  deleteParamTemplate(params: types.DeleteParamTemplateRequest, options?: CallOptions): Promise<types.DeleteParamTemplateResponse>;
  /**
   * This API is used to remove a replication group member. Note: This API is being deprecated. Use
   * RemoveReplicationInstance instead.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DeleteReplicationInstance"]`.
   *
   * Wire action: `DeleteReplicationInstance` (redis 2018-04-12).
   *
   * @example Request Sample
   * ```ts
   * const out = await client.deleteReplicationInstance({ "InstanceId": "crs-sa5dsfs", "SyncType": true, "GroupId": "crs-rpl-sa5dsfs" });
   * ```
   *
   * @deprecated The reference marks this action as deprecated.
   */
  deleteReplicationInstance(params: types.DeleteReplicationInstanceRequest, options?: CallOptions): Promise<types.DeleteReplicationInstanceResponse>;
  /**
   * This API is used to get the configuration rules for an automatic backup.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeAutoBackupConfig"]`.
   *
   * Wire action: `DescribeAutoBackupConfig` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.describeAutoBackupConfig({ "InstanceId": "crs-5a4p****" });
   * ```
   */
  describeAutoBackupConfig(params: types.DescribeAutoBackupConfigRequest, options?: CallOptions): Promise<types.DescribeAutoBackupConfigResponse>;
  /**
   * This API is used to query the backup details of an instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeBackupDetail"]`.
   *
   * Wire action: `DescribeBackupDetail` (redis 2018-04-12).
   *
   * @example Querying Backup Information Details
   * ```ts
   * const out = await client.describeBackupDetail({ "InstanceId": "crs-g9my5vt7", "BackupId": "154571841-1165701309-438602494" });
   * ```
   */
  describeBackupDetail(params: types.DescribeBackupDetailRequest, options?: CallOptions): Promise<types.DescribeBackupDetailResponse>;
  /**
   * This API is used to query the download address for a database backup file in the current region.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeBackupDownloadRestriction"]`.
   *
   * Wire action: `DescribeBackupDownloadRestriction` (redis 2018-04-12).
   *
   * @example Querying the restrictions for downloading a backup file in the current region.
   * ```ts
   * const out = await client.describeBackupDownloadRestriction({});
   * ```
   */
  describeBackupDownloadRestriction(params?: types.DescribeBackupDownloadRestrictionRequest, options?: CallOptions): Promise<types.DescribeBackupDownloadRestrictionResponse>;
  /**
   * This API is used to query the download address of a backup RDB file.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeBackupUrl"]`.
   *
   * Wire action: `DescribeBackupUrl` (redis 2018-04-12).
   *
   * @example Querying the Download Address for RDB Files
   * ```ts
   * const out = await client.describeBackupUrl({ "InstanceId": "crs-4y9t57vt", "BackupId": "678362566696298532848117" });
   * ```
   */
  describeBackupUrl(params: types.DescribeBackupUrlRequest, options?: CallOptions): Promise<types.DescribeBackupUrlResponse>;
  /**
   * This API is used to query the information of instance bandwidth.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeBandwidthRange"]`.
   *
   * Wire action: `DescribeBandwidthRange` (redis 2018-04-12).
   *
   * @example Request Example
   * ```ts
   * const out = await client.describeBandwidthRange({ "InstanceId": "crs-sa5****" });
   * ```
   */
  describeBandwidthRange(params: types.DescribeBandwidthRangeRequest, options?: CallOptions): Promise<types.DescribeBandwidthRangeResponse>;
  /**
   * This API is used to query the list of Redis instances. It is now deprecated.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeCommonDBInstances"]`.
   *
   * Wire action: `DescribeCommonDBInstances` (redis 2018-04-12).
   *
   * @example Request Example
   * ```ts
   * const out = await client.describeCommonDBInstances({ "PayMode": 0, "InstanceIds": ["crs-xjhsdj****"] });
   * ```
   *
   * @deprecated The reference marks this action as deprecated.
   */
  describeCommonDBInstances(params?: types.DescribeCommonDBInstancesRequest, options?: CallOptions): Promise<types.DescribeCommonDBInstancesResponse>;
  /**
   * Every page of DescribeCommonDBInstances, from `Offset` (default 0) until `TotalCount` items have
   * been read or a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeCommonDBInstances()) console.log(page.InstanceDetails);
   * ```
   */
  paginateDescribeCommonDBInstances(params?: types.DescribeCommonDBInstancesRequest, options?: CallOptions): AsyncGenerator<types.DescribeCommonDBInstancesResponse, void, undefined>;
  /**
   * This API is used to query the security group details of an instance.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeDBSecurityGroups"]`.
   *
   * Wire action: `DescribeDBSecurityGroups` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.describeDBSecurityGroups({ "Product": "red  is", "InstanceId": "crs-m1kxvlkf" });
   * ```
   */
  describeDBSecurityGroups(params: types.DescribeDBSecurityGroupsRequest, options?: CallOptions): Promise<types.DescribeDBSecurityGroupsResponse>;
  /**
   * This API is used to query the information on regions supported for global replication.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeGlobalReplicationArea"]`.
   *
   * Wire action: `DescribeGlobalReplicationArea` (redis 2018-04-12).
   *
   * @example Querying the Supported Regions for Global Replication
   * ```ts
   * const out = await client.describeGlobalReplicationArea({});
   * ```
   */
  describeGlobalReplicationArea(params?: types.DescribeGlobalReplicationAreaRequest, options?: CallOptions): Promise<types.DescribeGlobalReplicationAreaResponse>;
  /**
   * This API is used to query the information of an instance sub-account.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceAccount"]`.
   *
   * Wire action: `DescribeInstanceAccount` (redis 2018-04-12).
   *
   * @example Request Sample
   * ```ts
   * const out = await client.describeInstanceAccount({ "InstanceId": "crs-fswdmXXX", "Limit": 10, "Offset": 0 });
   * ```
   */
  describeInstanceAccount(params: types.DescribeInstanceAccountRequest, options?: CallOptions): Promise<types.DescribeInstanceAccountResponse>;
  /**
   * Every page of DescribeInstanceAccount, from `Offset` (default 0) until `TotalCount` items have been
   * read or a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeInstanceAccount({ … })) console.log(page.Accounts);
   * ```
   */
  paginateDescribeInstanceAccount(params: types.DescribeInstanceAccountRequest, options?: CallOptions): AsyncGenerator<types.DescribeInstanceAccountResponse, void, undefined>;
  /**
   * This API is used to query the backup list of an instance.
   *
   * Rate limit: 50 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceBackups"]`.
   *
   * Wire action: `DescribeInstanceBackups` (redis 2018-04-12).
   */
  describeInstanceBackups(params?: types.DescribeInstanceBackupsRequest, options?: CallOptions): Promise<types.DescribeInstanceBackupsResponse>;
  /**
   * Every page of DescribeInstanceBackups, from `Offset` (default 0) until `TotalCount` items have been
   * read or a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeInstanceBackups()) console.log(page.BackupSet);
   * ```
   */
  paginateDescribeInstanceBackups(params?: types.DescribeInstanceBackupsRequest, options?: CallOptions): AsyncGenerator<types.DescribeInstanceBackupsResponse, void, undefined>;
  /**
   * This API is used to query the order information.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceDealDetail"]`.
   *
   * Wire action: `DescribeInstanceDealDetail` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.describeInstanceDealDetail({ "DealIds": ["6959052"] });
   * ```
   */
  describeInstanceDealDetail(params: types.DescribeInstanceDealDetailRequest, options?: CallOptions): Promise<types.DescribeInstanceDealDetailResponse>;
  /**
   * This API is used to query instance DTS information.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceDTSInfo"]`.
   *
   * Wire action: `DescribeInstanceDTSInfo` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.describeInstanceDTSInfo({ "InstanceId": "crs-6ia1c1c3" });
   * ```
   */
  describeInstanceDTSInfo(params: types.DescribeInstanceDTSInfoRequest, options?: CallOptions): Promise<types.DescribeInstanceDTSInfoResponse>;
  /**
   * This API is used to query the event information on a TecentDB for Redis instance.
   *
   * Rate limit: 50 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceEvents"]`.
   *
   * Wire action: `DescribeInstanceEvents` (redis 2018-04-12).
   *
   * @example Querying Instance Events
   * ```ts
   * const out = await client.describeInstanceEvents({ InstanceId: …, PageSize: …, PageNo: …, ExecutionStartDate: …, ExecutionEndDate: …, Grades: …, Status: …, EventTypes: … });
   * ```
   */
  describeInstanceEvents(params: types.DescribeInstanceEventsRequest, options?: CallOptions): Promise<types.DescribeInstanceEventsResponse>;
  /**
   * Every page of DescribeInstanceEvents, from page `PageNo` (default 1) until `TotalCount` items have
   * been read or a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeInstanceEvents({ … })) console.log(page.RedisInstanceEvents);
   * ```
   */
  paginateDescribeInstanceEvents(params: types.DescribeInstanceEventsRequest, options?: CallOptions): AsyncGenerator<types.DescribeInstanceEventsResponse, void, undefined>;
  /**
   * This API is used to query the instance log shipping configuration.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceLogDelivery"]`.
   *
   * Wire action: `DescribeInstanceLogDelivery` (redis 2018-04-12).
   *
   * @example Example 1
   * ```ts
   * const out = await client.describeInstanceLogDelivery({ "InstanceId": "crs-ib4uuh7x" });
   * ```
   */
  describeInstanceLogDelivery(params: types.DescribeInstanceLogDeliveryRequest, options?: CallOptions): Promise<types.DescribeInstanceLogDeliveryResponse>;
  /**
   * The API for querying big keys of a TencentDB for Redis instance was disused on October 31, 2022. For
   * more information, see API for Querying Instance Big Key Will Be Disused.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceMonitorBigKey"]`.
   *
   * Wire action: `DescribeInstanceMonitorBigKey` (redis 2018-04-12).
   */
  describeInstanceMonitorBigKey(params: types.DescribeInstanceMonitorBigKeyRequest, options?: CallOptions): Promise<types.DescribeInstanceMonitorBigKeyResponse>;
  /**
   * The API for querying big keys of a TencentDB for Redis instance was disused on October 31, 2022. For
   * more information, see API for Querying Instance Big Key Will Be Disused.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceMonitorBigKeySizeDist"]`.
   *
   * Wire action: `DescribeInstanceMonitorBigKeySizeDist` (redis 2018-04-12).
   *
   * @example Querying the delay distribution details of big keys of an instance
   * ```ts
   * const out = await client.describeInstanceMonitorBigKeySizeDist({ "InstanceId": "crs-5a4py64p", "Date": "2019-11-07" });
   * ```
   */
  describeInstanceMonitorBigKeySizeDist(params: types.DescribeInstanceMonitorBigKeySizeDistRequest, options?: CallOptions): Promise<types.DescribeInstanceMonitorBigKeySizeDistResponse>;
  /**
   * The API for querying big keys of a TencentDB for Redis instance was disused on October 31, 2022. For
   * more information, see API for Querying Instance Big Key Will Be Disused.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceMonitorBigKeyTypeDist"]`.
   *
   * Wire action: `DescribeInstanceMonitorBigKeyTypeDist` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.describeInstanceMonitorBigKeyTypeDist({ "InstanceId": "crs-r34wkc1d", "Date": "2019-11-07" });
   * ```
   */
  describeInstanceMonitorBigKeyTypeDist(params: types.DescribeInstanceMonitorBigKeyTypeDistRequest, options?: CallOptions): Promise<types.DescribeInstanceMonitorBigKeyTypeDistResponse>;
  /**
   * This API is used to query instance hot keys.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceMonitorHotKey"]`.
   *
   * Wire action: `DescribeInstanceMonitorHotKey` (redis 2018-04-12).
   *
   * @example Request Example
   * ```ts
   * const out = await client.describeInstanceMonitorHotKey({ "InstanceId": "crs-r34w****", "SpanType": 4 });
   * ```
   */
  describeInstanceMonitorHotKey(params: types.DescribeInstanceMonitorHotKeyRequest, options?: CallOptions): Promise<types.DescribeInstanceMonitorHotKeyResponse>;
  /**
   * This API is no longer used. Please use the TencentDB for DBbrain API DescribeProxyProcessStatistics
   * to obtain the instance access source.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceMonitorSIP"]`.
   *
   * Wire action: `DescribeInstanceMonitorSIP` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.describeInstanceMonitorSIP({ "InstanceId": "crs-5a4py64p" });
   * ```
   *
   * @deprecated The reference marks this action as deprecated.
   */
  describeInstanceMonitorSIP(params: types.DescribeInstanceMonitorSIPRequest, options?: CallOptions): Promise<types.DescribeInstanceMonitorSIPResponse>;
  /**
   * This API is used to query the time distribution of instance access.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceMonitorTookDist"]`.
   *
   * Wire action: `DescribeInstanceMonitorTookDist` (redis 2018-04-12).
   *
   * @example Request Example
   * ```ts
   * const out = await client.describeInstanceMonitorTookDist({ "InstanceId": "crs-5a4py64p", "Date": "2019-11-07", "SpanType": 4 });
   * ```
   */
  describeInstanceMonitorTookDist(params: types.DescribeInstanceMonitorTookDistRequest, options?: CallOptions): Promise<types.DescribeInstanceMonitorTookDistResponse>;
  /**
   * This API is used to query instance access commands.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceMonitorTopNCmd"]`.
   *
   * Wire action: `DescribeInstanceMonitorTopNCmd` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.describeInstanceMonitorTopNCmd({ "InstanceId": "crs-5a4py64p", "SpanType": 4 });
   * ```
   */
  describeInstanceMonitorTopNCmd(params: types.DescribeInstanceMonitorTopNCmdRequest, options?: CallOptions): Promise<types.DescribeInstanceMonitorTopNCmdResponse>;
  /**
   * This API is used to query the instance CPU time.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceMonitorTopNCmdTook"]`.
   *
   * Wire action: `DescribeInstanceMonitorTopNCmdTook` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.describeInstanceMonitorTopNCmdTook({ "InstanceId": "crs-r34wkc1d", "SpanType": 4 });
   * ```
   */
  describeInstanceMonitorTopNCmdTook(params: types.DescribeInstanceMonitorTopNCmdTookRequest, options?: CallOptions): Promise<types.DescribeInstanceMonitorTopNCmdTookResponse>;
  /**
   * This API is used to query the information of an instance node.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceNodeInfo"]`.
   *
   * Wire action: `DescribeInstanceNodeInfo` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.describeInstanceNodeInfo({ "InstanceId": "crs-mufy7q15" });
   * ```
   */
  describeInstanceNodeInfo(params: types.DescribeInstanceNodeInfoRequest, options?: CallOptions): Promise<types.DescribeInstanceNodeInfoResponse>;
  /**
   * This API is used to query the parameter modification record list.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceParamRecords"]`.
   *
   * Wire action: `DescribeInstanceParamRecords` (redis 2018-04-12).
   *
   * @example Querying the list of parameter modifications
   * ```ts
   * const out = await client.describeInstanceParamRecords({ "InstanceId": "crs-5a4py64p" });
   * ```
   */
  describeInstanceParamRecords(params: types.DescribeInstanceParamRecordsRequest, options?: CallOptions): Promise<types.DescribeInstanceParamRecordsResponse>;
  /**
   * Every page of DescribeInstanceParamRecords, from `Offset` (default 0) until `TotalCount` items have
   * been read or a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeInstanceParamRecords({ … })) console.log(page.InstanceParamHistory);
   * ```
   */
  paginateDescribeInstanceParamRecords(params: types.DescribeInstanceParamRecordsRequest, options?: CallOptions): AsyncGenerator<types.DescribeInstanceParamRecordsResponse, void, undefined>;
  /**
   * This API is used to query the parameter list of an instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceParams"]`.
   *
   * Wire action: `DescribeInstanceParams` (redis 2018-04-12).
   *
   * @example Querying the list of instance parameters
   * ```ts
   * const out = await client.describeInstanceParams({ "InstanceId": "crs-5a4p****" });
   * ```
   */
  describeInstanceParams(params: types.DescribeInstanceParamsRequest, options?: CallOptions): Promise<types.DescribeInstanceParamsResponse>;
  /**
   * This API is used to query the list of Redis instances.
   *
   * Rate limit: 35 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstances"]`.
   *
   * Wire action: `DescribeInstances` (redis 2018-04-12).
   */
  describeInstances(params?: types.DescribeInstancesRequest, options?: CallOptions): Promise<types.DescribeInstancesResponse>;
  /**
   * Every page of DescribeInstances, from `Offset` (default 0) until `TotalCount` items have been read
   * or a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeInstances()) console.log(page.InstanceSet);
   * ```
   */
  paginateDescribeInstances(params?: types.DescribeInstancesRequest, options?: CallOptions): AsyncGenerator<types.DescribeInstancesResponse, void, undefined>;
  /**
   * This API is used to query the security group information of an instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceSecurityGroup"]`.
   *
   * Wire action: `DescribeInstanceSecurityGroup` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.describeInstanceSecurityGroup({ "InstanceIds": ["crs-f2ho****"] });
   * ```
   */
  describeInstanceSecurityGroup(params: types.DescribeInstanceSecurityGroupRequest, options?: CallOptions): Promise<types.DescribeInstanceSecurityGroupResponse>;
  /**
   * This API is used to get the shard information of the instance on cluster architecture.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceShards"]`.
   *
   * Wire action: `DescribeInstanceShards` (redis 2018-04-12).
   *
   * @example Request Sample
   * ```ts
   * const out = await client.describeInstanceShards({ "InstanceId": "crs-7pon****", "FilterSlave": true });
   * ```
   */
  describeInstanceShards(params: types.DescribeInstanceShardsRequest, options?: CallOptions): Promise<types.DescribeInstanceShardsResponse>;
  /**
   * This API is used to query or calculate bandwidth specifications.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceSpecBandwidth"]`.
   *
   * Wire action: `DescribeInstanceSpecBandwidth` (redis 2018-04-12).
   *
   * @example Querying Bandwidth Specifications
   * ```ts
   * const out = await client.describeInstanceSpecBandwidth({});
   * ```
   */
  describeInstanceSpecBandwidth(params?: types.DescribeInstanceSpecBandwidthRequest, options?: CallOptions): Promise<types.DescribeInstanceSpecBandwidthResponse>;
  /**
   * This API (DescribeInstanceSupportFeature) is used to query the supported features of the instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceSupportFeature"]`.
   *
   * Wire action: `DescribeInstanceSupportFeature` (redis 2018-04-12).
   *
   * @example Sample 1
   * ```ts
   * const out = await client.describeInstanceSupportFeature({ "InstanceId": "crs-fhsw2mh4", "FeatureName": "read-local-node-only" });
   * ```
   */
  describeInstanceSupportFeature(params: types.DescribeInstanceSupportFeatureRequest, options?: CallOptions): Promise<types.DescribeInstanceSupportFeatureResponse>;
  /**
   * This API is used to query the details of a Redis node.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeInstanceZoneInfo"]`.
   *
   * Wire action: `DescribeInstanceZoneInfo` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.describeInstanceZoneInfo({ "InstanceId": "crs-6tl7****" });
   * ```
   */
  describeInstanceZoneInfo(params?: types.DescribeInstanceZoneInfoRequest, options?: CallOptions): Promise<types.DescribeInstanceZoneInfoResponse>;
  /**
   * This API is used to query the instance maintenance window. Instances that require the version or
   * architecture upgrade will undergo time switching during the maintenance window.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeMaintenanceWindow"]`.
   *
   * Wire action: `DescribeMaintenanceWindow` (redis 2018-04-12).
   *
   * @example Querying an Instance Maintenance Window
   * ```ts
   * const out = await client.describeMaintenanceWindow({ "InstanceId": "crs-5a4p****" });
   * ```
   */
  describeMaintenanceWindow(params: types.DescribeMaintenanceWindowRequest, options?: CallOptions): Promise<types.DescribeMaintenanceWindowResponse>;
  /**
   * This API is used to query the details of a parameter template.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeParamTemplateInfo"]`.
   *
   * Wire action: `DescribeParamTemplateInfo` (redis 2018-04-12).
   */
  describeParamTemplateInfo(params: types.DescribeParamTemplateInfoRequest, options?: CallOptions): Promise<types.DescribeParamTemplateInfoResponse>;
  /**
   * This API is used to query the parameter template list.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeParamTemplates"]`.
   *
   * Wire action: `DescribeParamTemplates` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.describeParamTemplates({});
   * ```
   */
  describeParamTemplates(params?: types.DescribeParamTemplatesRequest, options?: CallOptions): Promise<types.DescribeParamTemplatesResponse>;
  /**
   * This API is used to query purchasable TencentDB for Redis specifications in all regions.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeProductInfo"]`.
   *
   * Wire action: `DescribeProductInfo` (redis 2018-04-12).
   */
  describeProductInfo(params?: types.DescribeProductInfoRequest, options?: CallOptions): Promise<types.DescribeProductInfoResponse>;
  /**
   * This API is used to query project security group information.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeProjectSecurityGroup"]`.
   *
   * Wire action: `DescribeProjectSecurityGroup` (redis 2018-04-12).
   *
   * @example Querying the security group information of project
   * ```ts
   * const out = await client.describeProjectSecurityGroup({ "SecurityGroupId": "sg-gl1egaj1" });
   * ```
   */
  describeProjectSecurityGroup(params?: types.DescribeProjectSecurityGroupRequest, options?: CallOptions): Promise<types.DescribeProjectSecurityGroupResponse>;
  /**
   * This API is used to query the security group details of a project.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeProjectSecurityGroups"]`.
   *
   * Wire action: `DescribeProjectSecurityGroups` (redis 2018-04-12).
   */
  describeProjectSecurityGroups(params: types.DescribeProjectSecurityGroupsRequest, options?: CallOptions): Promise<types.DescribeProjectSecurityGroupsResponse>;
  /**
   * Every page of DescribeProjectSecurityGroups, from `Offset` (default 0) until `Total` items have been
   * read or a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeProjectSecurityGroups({ … })) console.log(page.Groups);
   * ```
   */
  paginateDescribeProjectSecurityGroups(params: types.DescribeProjectSecurityGroupsRequest, options?: CallOptions): AsyncGenerator<types.DescribeProjectSecurityGroupsResponse, void, undefined>;
  /**
   * This API is used to query the slow queries of the proxy.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeProxySlowLog"]`.
   *
   * Wire action: `DescribeProxySlowLog` (redis 2018-04-12).
   *
   * @example Request Example
   * ```ts
   * const out = await client.describeProxySlowLog({ "InstanceId": "crs-asda****", "BeginTime": "2019-09-08 12:12:41", "EndTime": "2019-09-09 12:12:41" });
   * ```
   */
  describeProxySlowLog(params: types.DescribeProxySlowLogRequest, options?: CallOptions): Promise<types.DescribeProxySlowLogResponse>;
  /**
   * Every page of DescribeProxySlowLog, from `Offset` (default 0) until `TotalCount` items have been
   * read or a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeProxySlowLog({ … })) console.log(page.InstanceProxySlowLogDetail);
   * ```
   */
  paginateDescribeProxySlowLog(params: types.DescribeProxySlowLogRequest, options?: CallOptions): AsyncGenerator<types.DescribeProxySlowLogResponse, void, undefined>;
  /**
   * This API is used to query the overview information of a dedicated Redis cluster.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeRedisClusterOverview"]`.
   *
   * Wire action: `DescribeRedisClusterOverview` (redis 2018-04-12).
   *
   * @example Example 1
   * ```ts
   * const out = await client.describeRedisClusterOverview({ "DedicatedClusterId": "cluster-0astoh6a" });
   * ```
   */
  describeRedisClusterOverview(params?: types.DescribeRedisClusterOverviewRequest, options?: CallOptions): Promise<types.DescribeRedisClusterOverviewResponse>;
  /**
   * This API is used to query the list of dedicated Redis clusters.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeRedisClusters"]`.
   *
   * Wire action: `DescribeRedisClusters` (redis 2018-04-12).
   */
  describeRedisClusters(params?: types.DescribeRedisClustersRequest, options?: CallOptions): Promise<types.DescribeRedisClustersResponse>;
  /**
   * Every page of DescribeRedisClusters, from `Offset` (default 0) until `Total` items have been read or
   * a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeRedisClusters()) console.log(page.Resources);
   * ```
   */
  paginateDescribeRedisClusters(params?: types.DescribeRedisClustersRequest, options?: CallOptions): AsyncGenerator<types.DescribeRedisClustersResponse, void, undefined>;
  /**
   * This API is used to query a replication group.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeReplicationGroup"]`.
   *
   * Wire action: `DescribeReplicationGroup` (redis 2018-04-12).
   *
   * @example Request Example
   * ```ts
   * const out = await client.describeReplicationGroup({ "Limit": 20, "GroupId": "crs-rpl-lkgv****", "Offset": 0 });
   * ```
   */
  describeReplicationGroup(params: types.DescribeReplicationGroupRequest, options?: CallOptions): Promise<types.DescribeReplicationGroupResponse>;
  /**
   * Every page of DescribeReplicationGroup, from `Offset` (default 0) until `TotalCount` items have been
   * read or a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeReplicationGroup({ … })) console.log(page.Groups);
   * ```
   */
  paginateDescribeReplicationGroup(params: types.DescribeReplicationGroupRequest, options?: CallOptions): AsyncGenerator<types.DescribeReplicationGroupResponse, void, undefined>;
  /**
   * This API is used to query replication group information.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeReplicationGroupInstance"]`.
   *
   * Wire action: `DescribeReplicationGroupInstance` (redis 2018-04-12).
   *
   * @example Querying Replication Group Information
   * ```ts
   * const out = await client.describeReplicationGroupInstance({ "InstanceId": "crs-a7oxxxxx" });
   * ```
   */
  describeReplicationGroupInstance(params: types.DescribeReplicationGroupInstanceRequest, options?: CallOptions): Promise<types.DescribeReplicationGroupInstanceResponse>;
  /**
   * This API is used to query the second-level backup information on an instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeSecondLevelBackupInfo"]`.
   *
   * Wire action: `DescribeSecondLevelBackupInfo` (redis 2018-04-12).
   *
   * @example Querying the Second-Level Backup Information
   * ```ts
   * const out = await client.describeSecondLevelBackupInfo({ "InstanceId": "crs-asdasdas", "BackupTimestamp": 1716449238 });
   * ```
   */
  describeSecondLevelBackupInfo(params?: types.DescribeSecondLevelBackupInfoRequest, options?: CallOptions): Promise<types.DescribeSecondLevelBackupInfoResponse>;
  /**
   * This API is used to query the records of slow query.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeSlowLog"]`.
   *
   * Wire action: `DescribeSlowLog` (redis 2018-04-12).
   *
   * @example Querying Slow Query Records of an Instance
   * ```ts
   * const out = await client.describeSlowLog({ "InstanceId": "crs-asda****", "EndTime": "2019-09-09 12:12:41", "BeginTime": "2019-09-08 12:12:41" });
   * ```
   */
  describeSlowLog(params: types.DescribeSlowLogRequest, options?: CallOptions): Promise<types.DescribeSlowLogResponse>;
  /**
   * Every page of DescribeSlowLog, from `Offset` (default 0) until `TotalCount` items have been read or
   * a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeSlowLog({ … })) console.log(page.InstanceSlowLogDetail);
   * ```
   */
  paginateDescribeSlowLog(params: types.DescribeSlowLogRequest, options?: CallOptions): AsyncGenerator<types.DescribeSlowLogResponse, void, undefined>;
  /**
   * This API is used to query the SSL authentication information of an instance, such as enablement
   * status, configuration status, and certificate address.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeSSLStatus"]`.
   *
   * Wire action: `DescribeSSLStatus` (redis 2018-04-12).
   *
   * @example Example 1
   * ```ts
   * const out = await client.describeSSLStatus({ "InstanceId": "crs-2btr9ryn" });
   * ```
   */
  describeSSLStatus(params: types.DescribeSSLStatusRequest, options?: CallOptions): Promise<types.DescribeSSLStatusResponse>;
  /**
   * This API is used to get the execution of a specified task.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeTaskInfo"]`.
   *
   * Wire action: `DescribeTaskInfo` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.describeTaskInfo({ "TaskId": 18215 });
   * ```
   */
  describeTaskInfo(params: types.DescribeTaskInfoRequest, options?: CallOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to query the task list data for the last 30 days.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeTaskList"]`.
   *
   * Wire action: `DescribeTaskList` (redis 2018-04-12).
   *
   * @example Sample
   * ```ts
   * const out = await client.describeTaskList({ "InstanceId": "crs-opca  zbrb" });
   * ```
   */
  describeTaskList(params?: types.DescribeTaskListRequest, options?: CallOptions): Promise<types.DescribeTaskListResponse>;
  /**
   * Every page of DescribeTaskList, from `Offset` (default 0) until `TotalCount` items have been read or
   * a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeTaskList()) console.log(page.Tasks);
   * ```
   */
  paginateDescribeTaskList(params?: types.DescribeTaskListRequest, options?: CallOptions): AsyncGenerator<types.DescribeTaskListResponse, void, undefined>;
  /**
   * This API is used to query the slow query logs of a Tendis instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DescribeTendisSlowLog"]`.
   *
   * Wire action: `DescribeTendisSlowLog` (redis 2018-04-12).
   *
   * @example Request Example
   * ```ts
   * const out = await client.describeTendisSlowLog({ "InstanceId": "crs-asdas***", "BeginTime": "2019-09-08 12:12:41", "EndTime": "2019-09-09 12:12:41" });
   * ```
   */
  describeTendisSlowLog(params: types.DescribeTendisSlowLogRequest, options?: CallOptions): Promise<types.DescribeTendisSlowLogResponse>;
  /**
   * Every page of DescribeTendisSlowLog, from `Offset` (default 0) until `TotalCount` items have been
   * read or a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeTendisSlowLog({ … })) console.log(page.TendisSlowLogDetail);
   * ```
   */
  paginateDescribeTendisSlowLog(params: types.DescribeTendisSlowLogRequest, options?: CallOptions): AsyncGenerator<types.DescribeTendisSlowLogResponse, void, undefined>;
  /**
   * This API is used to terminate pay-as-you-go instances.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DestroyPostpaidInstance"]`.
   *
   * Wire action: `DestroyPostpaidInstance` (redis 2018-04-12).
   */
  destroyPostpaidInstance(params: types.DestroyPostpaidInstanceRequest, options?: CallOptions): Promise<types.DestroyPostpaidInstanceResponse>;
  /**
   * Waits for the task DestroyPostpaidInstance started: polls `DescribeTaskInfo` with its `TaskId` until
   * `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. DestroyPostpaidInstance's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.destroyPostpaidInstance({ … });
   * const task = await client.waitForDestroyPostpaidInstance(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForDestroyPostpaidInstance(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to return Redis instances with monthly subscription.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DestroyPrepaidInstance"]`.
   *
   * Wire action: `DestroyPrepaidInstance` (redis 2018-04-12).
   *
   * @example Returning monthly subscribed instance
   * ```ts
   * const out = await client.destroyPrepaidInstance({ "InstanceId": "crs-5a4py64p" });
   * ```
   */
  destroyPrepaidInstance(params: types.DestroyPrepaidInstanceRequest, options?: CallOptions): Promise<types.DestroyPrepaidInstanceResponse>;
  /**
   * This API is used to disable read/write separation.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DisableReplicaReadonly"]`.
   *
   * Wire action: `DisableReplicaReadonly` (redis 2018-04-12).
   *
   * @example Disabling read/write separation
   * ```ts
   * const out = await client.disableReplicaReadonly({ "InstanceId": "crs-5a4py64p" });
   * ```
   */
  disableReplicaReadonly(params: types.DisableReplicaReadonlyRequest, options?: CallOptions): Promise<types.DisableReplicaReadonlyResponse>;
  /**
   * Waits for the task DisableReplicaReadonly started: polls `DescribeTaskInfo` with its `TaskId` until
   * `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. DisableReplicaReadonly's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.disableReplicaReadonly({ … });
   * const task = await client.waitForDisableReplicaReadonly(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForDisableReplicaReadonly(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to unbind security groups from instances in batches.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["DisassociateSecurityGroups"]`.
   *
   * Wire action: `DisassociateSecurityGroups` (redis 2018-04-12).
   *
   * @example Sample
   * ```ts
   * const out = await client.disassociateSecurityGroups({ "Product": "redis", "SecurityGroupId": "sg-ajr1jzgj", "InstanceIds": ["crs-eb2w7dto"] });
   * ```
   */
  disassociateSecurityGroups(params: types.DisassociateSecurityGroupsRequest, options?: CallOptions): Promise<types.DisassociateSecurityGroupsResponse>;
  /**
   * This API is used to enable read/write separation.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["EnableReplicaReadonly"]`.
   *
   * Wire action: `EnableReplicaReadonly` (redis 2018-04-12).
   *
   * @example Enabling Read-Write Separation
   * ```ts
   * const out = await client.enableReplicaReadonly({ "InstanceId": "crs-5a4py64p" });
   * ```
   */
  enableReplicaReadonly(params: types.EnableReplicaReadonlyRequest, options?: CallOptions): Promise<types.EnableReplicaReadonlyResponse>;
  /**
   * Waits for the task EnableReplicaReadonly started: polls `DescribeTaskInfo` with its `TaskId` until
   * `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. EnableReplicaReadonly's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.enableReplicaReadonly({ … });
   * const task = await client.waitForEnableReplicaReadonly(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForEnableReplicaReadonly(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to query the price of new instances.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["InquiryPriceCreateInstance"]`.
   *
   * Wire action: `InquiryPriceCreateInstance` (redis 2018-04-12).
   *
   * @example Example
   * ```ts
   * const out = await client.inquiryPriceCreateInstance({ "ZoneId": 100002, "TypeId": 6, "MemSize": 4096, "GoodsNum": 1, "Period": 1, "BillingMode": 1 });
   * ```
   */
  inquiryPriceCreateInstance(params: types.InquiryPriceCreateInstanceRequest, options?: CallOptions): Promise<types.InquiryPriceCreateInstanceResponse>;
  /**
   * This API is used to query the price for instance scale-out.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["InquiryPriceUpgradeInstance"]`.
   *
   * Wire action: `InquiryPriceUpgradeInstance` (redis 2018-04-12).
   *
   * @example Example
   * ```ts
   * const out = await client.inquiryPriceUpgradeInstance({ "InstanceId": "crs-xjhsdjcxjd", "MemSize": 4096 });
   * ```
   */
  inquiryPriceUpgradeInstance(params: types.InquiryPriceUpgradeInstanceRequest, options?: CallOptions): Promise<types.InquiryPriceUpgradeInstanceResponse>;
  /**
   * This API is used to simulate a fault.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["KillMasterGroup"]`.
   *
   * Wire action: `KillMasterGroup` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.killMasterGroup({ "InstanceId": "crs-joak5  XXX", "Password": "pwd@1234", "ShardIds": [0] });
   * ```
   */
  killMasterGroup(params: types.KillMasterGroupRequest, options?: CallOptions): Promise<types.KillMasterGroupResponse>;
  /**
   * Waits for the task KillMasterGroup started: polls `DescribeTaskInfo` with its `TaskId` until
   * `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. KillMasterGroup's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.killMasterGroup({ … });
   * const task = await client.waitForKillMasterGroup(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForKillMasterGroup(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to manually back up a Redis instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ManualBackupInstance"]`.
   *
   * Wire action: `ManualBackupInstance` (redis 2018-04-12).
   */
  manualBackupInstance(params: types.ManualBackupInstanceRequest, options?: CallOptions): Promise<types.ManualBackupInstanceResponse>;
  /**
   * Waits for the task ManualBackupInstance started: polls `DescribeTaskInfo` with its `TaskId` until
   * `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. ManualBackupInstance's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.manualBackupInstance({ … });
   * const task = await client.waitForManualBackupInstance(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForManualBackupInstance(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to change the instance access password. Due to a spelling error in the original API
   * name, it has been corrected to ModifyInstancePassword. It is recommended to use the corrected API.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ModfiyInstancePassword"]`.
   *
   * Wire action: `ModfiyInstancePassword` (redis 2018-04-12).
   *
   * @example Modifying the password
   * ```ts
   * const out = await client.modfiyInstancePassword({ "InstanceId": "crs-5a4p****", "OldPassword": "zy45****", "Password": "4569****" });
   * ```
   */
  modfiyInstancePassword(params: types.ModfiyInstancePasswordRequest, options?: CallOptions): Promise<types.ModfiyInstancePasswordResponse>;
  /**
   * Waits for the task ModfiyInstancePassword started: polls `DescribeTaskInfo` with its `TaskId` until
   * `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. ModfiyInstancePassword's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.modfiyInstancePassword({ … });
   * const task = await client.waitForModfiyInstancePassword(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForModfiyInstancePassword(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to set the configuration for an automatic backup.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ModifyAutoBackupConfig"]`.
   *
   * Wire action: `ModifyAutoBackupConfig` (redis 2018-04-12).
   *
   * @example Request Sample
   * ```ts
   * const out = await client.modifyAutoBackupConfig({ "InstanceId": "crs-5a4py64p", "AutoBackupType": 1, "TimePeriod": "01:00-02:00", "WeekDays": ["Wednesday"] });
   * ```
   */
  modifyAutoBackupConfig(params: types.ModifyAutoBackupConfigRequest, options?: CallOptions): Promise<types.ModifyAutoBackupConfigResponse>;
  /**
   * This API is used to modify the network information and address for downloading a backup file.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ModifyBackupDownloadRestriction"]`.
   *
   * Wire action: `ModifyBackupDownloadRestriction` (redis 2018-04-12).
   *
   * @example Modifying the download address for a backup file
   * ```ts
   * const out = await client.modifyBackupDownloadRestriction({ LimitType: …, VpcComparisonSymbol: …, IpComparisonSymbol: …, LimitVpc: …, LimitIp: … });
   * ```
   */
  modifyBackupDownloadRestriction(params: types.ModifyBackupDownloadRestrictionRequest, options?: CallOptions): Promise<types.ModifyBackupDownloadRestrictionResponse>;
  /**
   * This API is used to modify the connection configuration of an instance, including the bandwidth and
   * maximum number of connections.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ModifyConnectionConfig"]`.
   *
   * Wire action: `ModifyConnectionConfig` (redis 2018-04-12).
   *
   * @example Request Sample
   * ```ts
   * const out = await client.modifyConnectionConfig({ "InstanceId": "crs-cpz6b1fn", "Bandwidth": 5, "ClientLimit": 20000 });
   * ```
   */
  modifyConnectionConfig(params: types.ModifyConnectionConfigRequest, options?: CallOptions): Promise<types.ModifyConnectionConfigResponse>;
  /**
   * Waits for the task ModifyConnectionConfig started: polls `DescribeTaskInfo` with its `TaskId` until
   * `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. ModifyConnectionConfig's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.modifyConnectionConfig({ … });
   * const task = await client.waitForModifyConnectionConfig(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForModifyConnectionConfig(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to modify the original security group list of an instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ModifyDBInstanceSecurityGroups"]`.
   *
   * Wire action: `ModifyDBInstanceSecurityGroups` (redis 2018-04-12).
   *
   * @example Sample
   * ```ts
   * const out = await client.modifyDBInstanceSecurityGroups({ "InstanceId": "crs-eb2w7dto", "Product": "redis", "SecurityGroupIds": ["sg-ajr1jzgj"] });
   * ```
   */
  modifyDBInstanceSecurityGroups(params: types.ModifyDBInstanceSecurityGroupsRequest, options?: CallOptions): Promise<types.ModifyDBInstanceSecurityGroupsResponse>;
  /**
   * This API is used to modify instance information.
   *
   * Rate limit: 50 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ModifyInstance"]`.
   *
   * Wire action: `ModifyInstance` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.modifyInstance({ "Operation": "rename", "InstanceIds": ["crs-r3nqjq3n", "crs-9bvd9b8v"], "InstanceNames": ["newname1", "newname2"] });
   * ```
   */
  modifyInstance(params: types.ModifyInstanceRequest, options?: CallOptions): Promise<types.ModifyInstanceResponse>;
  /**
   * This API is used to modify the instance sub-account.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ModifyInstanceAccount"]`.
   *
   * Wire action: `ModifyInstanceAccount` (redis 2018-04-12).
   *
   * @example Request Example
   * ```ts
   * const out = await client.modifyInstanceAccount({ "InstanceId": "crs-5a4py64p", "AccountName": "test_account" });
   * ```
   */
  modifyInstanceAccount(params: types.ModifyInstanceAccountRequest, options?: CallOptions): Promise<types.ModifyInstanceAccountResponse>;
  /**
   * Waits for the task ModifyInstanceAccount started: polls `DescribeTaskInfo` with its `TaskId` until
   * `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. ModifyInstanceAccount's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.modifyInstanceAccount({ … });
   * const task = await client.waitForModifyInstanceAccount(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForModifyInstanceAccount(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to change the availability zone of the instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ModifyInstanceAvailabilityZones"]`.
   *
   * Wire action: `ModifyInstanceAvailabilityZones` (redis 2018-04-12).
   *
   * @example Sample 1
   * ```ts
   * const out = await client.modifyInstanceAvailabilityZones({ InstanceId: …, SwitchOption: …, NodeSet: … });
   * ```
   */
  modifyInstanceAvailabilityZones(params: types.ModifyInstanceAvailabilityZonesRequest, options?: CallOptions): Promise<types.ModifyInstanceAvailabilityZonesResponse>;
  /**
   * Waits for the task ModifyInstanceAvailabilityZones started: polls `DescribeTaskInfo` with its
   * `TaskId` until `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. ModifyInstanceAvailabilityZones's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.modifyInstanceAvailabilityZones({ … });
   * const task = await client.waitForModifyInstanceAvailabilityZones(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForModifyInstanceAvailabilityZones(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to modify the instance backup mode.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ModifyInstanceBackupMode"]`.
   *
   * Wire action: `ModifyInstanceBackupMode` (redis 2018-04-12).
   *
   * @example Modifying the Backup Mode of an Instance
   * ```ts
   * const out = await client.modifyInstanceBackupMode({ "InstanceId": "crs-asdasdas", "BackupMode": "SecondLevelBackup" });
   * ```
   */
  modifyInstanceBackupMode(params: types.ModifyInstanceBackupModeRequest, options?: CallOptions): Promise<types.ModifyInstanceBackupModeResponse>;
  /**
   * Waits for the task ModifyInstanceBackupMode started: polls `DescribeTaskInfo` with its `TaskId`
   * until `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. ModifyInstanceBackupMode's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.modifyInstanceBackupMode({ … });
   * const task = await client.waitForModifyInstanceBackupMode(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForModifyInstanceBackupMode(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to modify the operations event execution schedule of an instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ModifyInstanceEvent"]`.
   *
   * Wire action: `ModifyInstanceEvent` (redis 2018-04-12).
   *
   * @example This example shows you how to modify the instance event information.
   * ```ts
   * const out = await client.modifyInstanceEvent({ "InstanceId": "crs-b6wst31p", "EventId": 10, "StartTime": "22:00", "EndTime": "23:01", "ExecutionDate": "2023-09-18" });
   * ```
   */
  modifyInstanceEvent(params: types.ModifyInstanceEventRequest, options?: CallOptions): Promise<types.ModifyInstanceEventResponse>;
  /**
   * This API is used to enable or disable the shipping of instance logs to CLS.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ModifyInstanceLogDelivery"]`.
   *
   * Wire action: `ModifyInstanceLogDelivery` (redis 2018-04-12).
   *
   * @example Example 1
   * ```ts
   * const out = await client.modifyInstanceLogDelivery({ "InstanceId": "crs-ib4uuh7x", "LogType": "slowlog", "Enabled": true, "LogsetName": "test-logset-name", "TopicName": "test-topic-name", "CreateIndex": true });
   * ```
   */
  modifyInstanceLogDelivery(params: types.ModifyInstanceLogDeliveryRequest, options?: CallOptions): Promise<types.ModifyInstanceLogDeliveryResponse>;
  /**
   * This API is used to modify the parameter configuration of a Redis instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ModifyInstanceParams"]`.
   *
   * Wire action: `ModifyInstanceParams` (redis 2018-04-12).
   *
   * @example Modifying Instance Parameters
   * ```ts
   * const out = await client.modifyInstanceParams({ "InstanceId": "crs-5a4py64p", "InstanceParams": [{ "Value": "120", "Key": "timeout" }] });
   * ```
   */
  modifyInstanceParams(params: types.ModifyInstanceParamsRequest, options?: CallOptions): Promise<types.ModifyInstanceParamsResponse>;
  /**
   * Waits for the task ModifyInstanceParams started: polls `DescribeTaskInfo` with its `TaskId` until
   * `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. ModifyInstanceParams's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.modifyInstanceParams({ … });
   * const task = await client.waitForModifyInstanceParams(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForModifyInstanceParams(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to set the instance input mode.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ModifyInstanceReadOnly"]`.
   *
   * Wire action: `ModifyInstanceReadOnly` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.modifyInstanceReadOnly({ "InstanceId": "crs-5a4py64p", "InputMode": "0" });
   * ```
   */
  modifyInstanceReadOnly(params: types.ModifyInstanceReadOnlyRequest, options?: CallOptions): Promise<types.ModifyInstanceReadOnlyResponse>;
  /**
   * Waits for the task ModifyInstanceReadOnly started: polls `DescribeTaskInfo` with its `TaskId` until
   * `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. ModifyInstanceReadOnly's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.modifyInstanceReadOnly({ … });
   * const task = await client.waitForModifyInstanceReadOnly(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForModifyInstanceReadOnly(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to modify the time of instance maintenance window. Instances that require the
   * version or architecture upgrade will undergo time switching during the maintenance window. Note: If
   * the version or architecture upgrade has been initiated for an instance, its maintenance window
   * cannot be modified.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ModifyMaintenanceWindow"]`.
   *
   * Wire action: `ModifyMaintenanceWindow` (redis 2018-04-12).
   *
   * @example Sample
   * ```ts
   * const out = await client.modifyMaintenanceWindow({ "InstanceId": "crs-5a4py64p", "StartTime": "03:00", "EndTime": "06:00" });
   * ```
   */
  modifyMaintenanceWindow(params: types.ModifyMaintenanceWindowRequest, options?: CallOptions): Promise<types.ModifyMaintenanceWindowResponse>;
  /**
   * This API is used to modify the network configuration of an instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ModifyNetworkConfig"]`.
   *
   * Wire action: `ModifyNetworkConfig` (redis 2018-04-12).
   *
   * @example Example of Modifying the Network Configuration of an Instance
   * ```ts
   * const out = await client.modifyNetworkConfig({ "InstanceId": "crs-5a4p****", "Operation": "changeVip" });
   * ```
   */
  modifyNetworkConfig(params: types.ModifyNetworkConfigRequest, options?: CallOptions): Promise<types.ModifyNetworkConfigResponse>;
  /**
   * Waits for the task ModifyNetworkConfig started: polls `DescribeTaskInfo` with its `TaskId` until
   * `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. ModifyNetworkConfig's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.modifyNetworkConfig({ … });
   * const task = await client.waitForModifyNetworkConfig(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForModifyNetworkConfig(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to modify the parameter template.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ModifyParamTemplate"]`.
   *
   * Wire action: `ModifyParamTemplate` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.modifyParamTemplate({ "ParamList": [{ "Value": "120", "Key": "timeout" }], "TemplateId": "crs-cfg-sa23d5d3", "Description": "MyCustomParamTemplate", "Name": "CustomParamTemplate" });
   * ```
   */
  modifyParamTemplate(params: types.ModifyParamTemplateRequest, options?: CallOptions): Promise<types.ModifyParamTemplateResponse>;
  /**
   * This API is used to modify replication group information.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ModifyReplicationGroup"]`.
   *
   * Wire action: `ModifyReplicationGroup` (redis 2018-04-12).
   *
   * @example Modifying the Replication Group Information
   * ```ts
   * const out = await client.modifyReplicationGroup({ "GroupId": "crs-rpl-oxsincth", "GroupName": "group-name-1", "Remark": "note-XXX" });
   * ```
   */
  modifyReplicationGroup(params: types.ModifyReplicationGroupRequest, options?: CallOptions): Promise<types.ModifyReplicationGroupResponse>;
  /**
   * This API is used to enable SSL encryption and authentication.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["OpenSSL"]`.
   *
   * Wire action: `OpenSSL` (redis 2018-04-12).
   *
   * @example Example of Enabling SSL Requests
   * ```ts
   * const out = await client.openSSL({ "InstanceId": "crs-dvchdv5" });
   * ```
   */
  openSSL(params: types.OpenSSLRequest, options?: CallOptions): Promise<types.OpenSSLResponse>;
  /**
   * Waits for the task OpenSSL started: polls `DescribeTaskInfo` with its `TaskId` until `Status` is
   * `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. OpenSSL's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.openSSL({ … });
   * const task = await client.waitForOpenSSL(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForOpenSSL(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to disable public network access.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ReleaseWanAddress"]`.
   *
   * Wire action: `ReleaseWanAddress` (redis 2018-04-12).
   *
   * @example Disabling public network instance
   * ```ts
   * const out = await client.releaseWanAddress({ "InstanceId": "crs-5qlrlhux" });
   * ```
   */
  releaseWanAddress(params: types.ReleaseWanAddressRequest, options?: CallOptions): Promise<types.ReleaseWanAddressResponse>;
  /**
   * This API is used to delete a replication group.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["RemoveReplicationGroup"]`.
   *
   * Wire action: `RemoveReplicationGroup` (redis 2018-04-12).
   *
   * @example Deleting a Replication Group
   * ```ts
   * const out = await client.removeReplicationGroup({ "GroupId": "crs-rpl-oxsincthdd" });
   * ```
   */
  removeReplicationGroup(params: types.RemoveReplicationGroupRequest, options?: CallOptions): Promise<types.RemoveReplicationGroupResponse>;
  /**
   * This API is used to remove instances from a replication group.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["RemoveReplicationInstance"]`.
   *
   * Wire action: `RemoveReplicationInstance` (redis 2018-04-12).
   *
   * @example Removing Instances from a Replication Group
   * ```ts
   * const out = await client.removeReplicationInstance({ "InstanceId": "crs-sa5****", "SyncType": true, "GroupId": "crs-rpl-sa5****" });
   * ```
   */
  removeReplicationInstance(params: types.RemoveReplicationInstanceRequest, options?: CallOptions): Promise<types.RemoveReplicationInstanceResponse>;
  /**
   * Waits for the task RemoveReplicationInstance started: polls `DescribeTaskInfo` with its `TaskId`
   * until `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. RemoveReplicationInstance's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.removeReplicationInstance({ … });
   * const task = await client.waitForRemoveReplicationInstance(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForRemoveReplicationInstance(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to renew an instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["RenewInstance"]`.
   *
   * Wire action: `RenewInstance` (redis 2018-04-12).
   *
   * @example Request Example
   * ```ts
   * const out = await client.renewInstance({ "InstanceId": "crs-5a4py64p", "Period": 12 });
   * ```
   */
  renewInstance(params: types.RenewInstanceRequest, options?: CallOptions): Promise<types.RenewInstanceResponse>;
  /**
   * This API is used to reset the instance access password.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["ResetPassword"]`.
   *
   * Wire action: `ResetPassword` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.resetPassword({ "Password": "zy456987", "InstanceId": "crs-5a4py64p" });
   * ```
   */
  resetPassword(params: types.ResetPasswordRequest, options?: CallOptions): Promise<types.ResetPasswordResponse>;
  /**
   * Waits for the task ResetPassword started: polls `DescribeTaskInfo` with its `TaskId` until `Status`
   * is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. ResetPassword's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.resetPassword({ … });
   * const task = await client.waitForResetPassword(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForResetPassword(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to restore an instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["RestoreInstance"]`.
   *
   * Wire action: `RestoreInstance` (redis 2018-04-12).
   */
  restoreInstance(params: types.RestoreInstanceRequest, options?: CallOptions): Promise<types.RestoreInstanceResponse>;
  /**
   * Waits for the task RestoreInstance started: polls `DescribeTaskInfo` with its `TaskId` until
   * `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. RestoreInstance's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.restoreInstance({ … });
   * const task = await client.waitForRestoreInstance(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForRestoreInstance(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to deisolate instances.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["StartupInstance"]`.
   *
   * Wire action: `StartupInstance` (redis 2018-04-12).
   *
   * @example Request Example
   * ```ts
   * const out = await client.startupInstance({ "InstanceId": "crs-7ponppu3" });
   * ```
   */
  startupInstance(params: types.StartupInstanceRequest, options?: CallOptions): Promise<types.StartupInstanceResponse>;
  /**
   * This API is used to immediately switch instances that are in the time window pending switch
   * operation. Users can manually initiate this operation.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["SwitchAccessNewInstance"]`.
   *
   * Wire action: `SwitchAccessNewInstance` (redis 2018-04-12).
   *
   * @example Sample 1
   * ```ts
   * const out = await client.switchAccessNewInstance({ "InstanceId": "crs-kf******" });
   * ```
   */
  switchAccessNewInstance(params: types.SwitchAccessNewInstanceRequest, options?: CallOptions): Promise<types.SwitchAccessNewInstanceResponse>;
  /**
   * This API is used to swap the VIPs of instances for disaster recovery in DTS-based cross-AZ disaster
   * recovery scenarios. After the swapping, the target instance becomes writable, the VIPs of the source
   * and target instances are swapped, and the DTS synchronization task between the source and target
   * instances is disconnected.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["SwitchInstanceVip"]`.
   *
   * Wire action: `SwitchInstanceVip` (redis 2018-04-12).
   *
   * @example Sample request
   * ```ts
   * const out = await client.switchInstanceVip({ "SrcInstanceId": "crs-5a4py64p", "DstInstanceId": "crs-1kl0iy0v", "ForceSwitch": 1 });
   * ```
   */
  switchInstanceVip(params: types.SwitchInstanceVipRequest, options?: CallOptions): Promise<types.SwitchInstanceVipResponse>;
  /**
   * Waits for the task SwitchInstanceVip started: polls `DescribeTaskInfo` with its `TaskId` until
   * `Status` is `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. SwitchInstanceVip's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.switchInstanceVip({ … });
   * const task = await client.waitForSwitchInstanceVip(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForSwitchInstanceVip(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to simulate the fault of a Proxy node.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["SwitchProxy"]`.
   *
   * Wire action: `SwitchProxy` (redis 2018-04-12).
   *
   * @example Request Example
   * ```ts
   * const out = await client.switchProxy({ "InstanceId": "crs-5a4py64p" });
   * ```
   */
  switchProxy(params: types.SwitchProxyRequest, options?: CallOptions): Promise<types.SwitchProxyResponse>;
  /**
   * Waits for the task SwitchProxy started: polls `DescribeTaskInfo` with its `TaskId` until `Status` is
   * `succeed` and resolves with that report.
   *
   * Between polls it sleeps with exponential backoff and jitter (`minDelayMs` 2 s doubling up to
   * `maxDelayMs` 30 s). A state of `failed`, `Error` rejects with `WaiterFailedError`; past `maxWaitMs`
   * (default 10 minutes) it rejects with `WaiterTimeoutError` naming the last state, and an aborted
   * `signal` rejects with `AbortError`.
   *
   * @param input - the `TaskId` of the task, e.g. SwitchProxy's response
   * @param options - maxWaitMs, minDelayMs, maxDelayMs, signal, and the call options of each poll (region, timeoutMs, …)
   *
   * @example
   * ```ts
   * const started = await client.switchProxy({ … });
   * const task = await client.waitForSwitchProxy(started, { maxWaitMs: 5 * 60_000 });
   * ```
   */
  waitForSwitchProxy(input: {
    "TaskId": types.DescribeTaskInfoRequest["TaskId"];
  }, options?: WaitOptions): Promise<types.DescribeTaskInfoResponse>;
  /**
   * This API is used to change the configuration specifications of an instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["UpgradeInstance"]`.
   *
   * Wire action: `UpgradeInstance` (redis 2018-04-12).
   *
   * @example Changing Specifications
   * ```ts
   * const out = await client.upgradeInstance({ "InstanceId": "crs-5qlr****", "MemSize": 4096 });
   * ```
   */
  upgradeInstance(params: types.UpgradeInstanceRequest, options?: CallOptions): Promise<types.UpgradeInstanceResponse>;
  /**
   * This API is used to upgrade the current instance to a later version or upgrade the current standard
   * architecture to a cluster architecture.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["UpgradeInstanceVersion"]`.
   *
   * Wire action: `UpgradeInstanceVersion` (redis 2018-04-12).
   *
   * @example Sample
   * ```ts
   * const out = await client.upgradeInstanceVersion({ "InstanceId": "crs-5qlr****", "SwitchOption": 2, "TargetInstanceType": "7" });
   * ```
   */
  upgradeInstanceVersion(params: types.UpgradeInstanceVersionRequest, options?: CallOptions): Promise<types.UpgradeInstanceVersionResponse>;
  /**
   * This API is used to upgrade the instance Proxy version.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["UpgradeProxyVersion"]`.
   *
   * Wire action: `UpgradeProxyVersion` (redis 2018-04-12).
   *
   * @example Upgrading instance proxy
   * ```ts
   * const out = await client.upgradeProxyVersion({ "InstanceId": "crs-94w4mqbt", "CurrentProxyVersion": "4.1.1", "UpgradeProxyVersion": "4.3.0", "InstanceTypeUpgradeNow": 1 });
   * ```
   */
  upgradeProxyVersion(params: types.UpgradeProxyVersionRequest, options?: CallOptions): Promise<types.UpgradeProxyVersionResponse>;
  /**
   * This API is used to upgrade the minor version of an instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["UpgradeSmallVersion"]`.
   *
   * Wire action: `UpgradeSmallVersion` (redis 2018-04-12).
   *
   * @example Upgrading instance minor version
   * ```ts
   * const out = await client.upgradeSmallVersion({ "InstanceId": "crs-2btr9ryn", "CurrentRedisVersion": "2.3.0", "UpgradeRedisVersion": "2.4.0", "InstanceTypeUpgradeNow": 1 });
   * ```
   */
  upgradeSmallVersion(params: types.UpgradeSmallVersionRequest, options?: CallOptions): Promise<types.UpgradeSmallVersionResponse>;
  /**
   * This API is used to upgrade an instance to support multiple AZs.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `RedisActionErrorCodes["UpgradeVersionToMultiAvailabilityZones"]`.
   *
   * Wire action: `UpgradeVersionToMultiAvailabilityZones` (redis 2018-04-12).
   */
  upgradeVersionToMultiAvailabilityZones(params: types.UpgradeVersionToMultiAvailabilityZonesRequest, options?: CallOptions): Promise<types.UpgradeVersionToMultiAvailabilityZonesResponse>;
}
