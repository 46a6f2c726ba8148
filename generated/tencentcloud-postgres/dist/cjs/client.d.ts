import type { CallOptions, ServiceClientConfig } from "@doc2sdk/runtime";
import type * as types from "./types.js";
/**
 * Options of {@link PostgresClient}: region, credentials (default: the provider chain), endpoint,
 * timeouts, retries, hooks and logger.
 */
export type PostgresClientConfig = Omit<ServiceClientConfig, "protocol" | "service" | "apiVersion" | "endpoint" | "endpointOverride"> & {
  /** A host name (`postgres.tencentcloudapi.com`) or a full base URL (`http://127.0.0.1:8080`) to send to instead of the default. */
  endpoint?: string;
};
/**
 * Client of the TencentDB for PostgreSQL API, version 2017-03-12 (postgres.tencentcloudapi.com).
 *
 * Each method sends one action, signed per request, with retries for transient failures on actions
 * that are safe to repeat. Responses carry `RequestId`; failures throw the runtime's typed errors (see
 * `isPostgresError`).
 *
 * @example
 * ```ts
 * const client = new PostgresClient({ region: "ap-guangzhou" });
 * ```
 */
export declare class PostgresClient {
  #private;
  /** The API this client speaks, as the reference documents it. */
  static readonly service: {
    readonly name: "postgres";
    readonly apiVersion: "2017-03-12";
    readonly endpoint: "postgres.tencentcloudapi.com";
    readonly protocol: "tc3-hmac-sha256";
  };
  /** This package, as the User-Agent and the vendor's client header name it. */
  static readonly sdk: {
    readonly name: "@doc2sdk/tencentcloud-postgres";
    readonly version: "2.0.0";
  };
  /** @param config - region, credentials, endpoint override, timeouts and retries; all optional. */
  constructor(config?: PostgresClientConfig);
  /**
   * Sends any action by its wire name; the request and response are typed by the name.
   *
   * @param action - the wire action name, e.g. `AddDBInstanceToReadOnlyGroup`
   * @param params - the action's input
   * @param options - per-call timeout, abort signal, attempts, region
   */
  call<A extends types.PostgresAction>(action: A, params: types.PostgresActions[A]["request"], options?: CallOptions): Promise<types.PostgresActions[A]["response"]>;
  /**
   * This API is used to add a read-only replica to an RO group.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["AddDBInstanceToReadOnlyGroup"]`.
   *
   * Wire action: `AddDBInstanceToReadOnlyGroup` (postgres 2017-03-12).
   *
   * @example Adding instance "postgres-k95qzetn" to RO group "pgrogrp-test"
   * ```ts
   * const out = await client.addDBInstanceToReadOnlyGroup({ "ReadOnlyGroupId": "\"pgrogrp-test\"", "DBInstanceId": "\"postgres-k95qzetn\"" });
   * ```
   */
  addDBInstanceToReadOnlyGroup(params: types.AddDBInstanceToReadOnlyGroupRequest, options?: CallOptions): Promise<types.AddDBInstanceToReadOnlyGroupResponse>;
  /**
   * This API is used to clone an instance by specifying a backup set or a point in time.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["CloneDBInstance"]`.
   *
   * Wire action: `CloneDBInstance` (postgres 2017-03-12).
   */
  cloneDBInstance(params: types.CloneDBInstanceRequest, options?: CallOptions): Promise<types.CloneDBInstanceResponse>;
  /**
   * This API is used to disable the public network address of an instance.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["CloseDBExtranetAccess"]`.
   *
   * Wire action: `CloseDBExtranetAccess` (postgres 2017-03-12).
   *
   * @example Disabling the public network access for an instance
   * ```ts
   * const out = await client.closeDBExtranetAccess({ "DBInstanceId": "postgres-apzvwncr" });
   * ```
   */
  closeDBExtranetAccess(params: types.CloseDBExtranetAccessRequest, options?: CallOptions): Promise<types.CloseDBExtranetAccessResponse>;
  /**
   * This API is used to disable the public network address of a PostgreSQL for Serverless instance.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["CloseServerlessDBExtranetAccess"]`.
   *
   * Wire action: `CloseServerlessDBExtranetAccess` (postgres 2017-03-12).
   *
   * @example Disabling the public network address of a PostgreSQL for Serverless instance
   * ```ts
   * const out = await client.closeServerlessDBExtranetAccess({ "DBInstanceName": "test", "DBInstanceId": "postgres-apzvwncr" });
   * ```
   */
  closeServerlessDBExtranetAccess(params?: types.CloseServerlessDBExtranetAccessRequest, options?: CallOptions): Promise<types.CloseServerlessDBExtranetAccessResponse>;
  /**
   * This API is used to create a full backup of an instance.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["CreateBaseBackup"]`.
   *
   * Wire action: `CreateBaseBackup` (postgres 2017-03-12).
   *
   * @example Creating a full backup of an instance
   * ```ts
   * const out = await client.createBaseBackup({ "DBInstanceId": "postgres-dzg9p3kb" });
   * ```
   */
  createBaseBackup(params: types.CreateBaseBackupRequest, options?: CallOptions): Promise<types.CreateBaseBackupResponse>;
  /**
   * This API is used to create a network for an instance.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["CreateDBInstanceNetworkAccess"]`.
   *
   * Wire action: `CreateDBInstanceNetworkAccess` (postgres 2017-03-12).
   */
  createDBInstanceNetworkAccess(params: types.CreateDBInstanceNetworkAccessRequest, options?: CallOptions): Promise<types.CreateDBInstanceNetworkAccessResponse>;
  /**
   * This API is used to create (but not initialize) one or more TencentDB for PostgreSQL instances. This
   * API is disused and replaced by the CreateInstances API.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["CreateDBInstances"]`.
   *
   * Wire action: `CreateDBInstances` (postgres 2017-03-12).
   */
  createDBInstances(params: types.CreateDBInstancesRequest, options?: CallOptions): Promise<types.CreateDBInstancesResponse>;
  /**
   * This API is used to create and initialize one or more TencentDB for PostgreSQL instances. - After an
   * instance is created successfully, it will start up automatically and enter the "Running" status. -
   * If you create a monthly subscribed instance, you will be billed for the instance before the
   * creation; if you create a pay-as-you-go instance billed on an hourly basis, the amount equivalent to
   * the hourly rate will be frozen before the creation. Make sure your account balance is sufficient
   * before calling this API.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["CreateInstances"]`.
   *
   * Wire action: `CreateInstances` (postgres 2017-03-12).
   */
  createInstances(params: types.CreateInstancesRequest, options?: CallOptions): Promise<types.CreateInstancesResponse>;
  /**
   * This API is used to create a parameter template.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["CreateParameterTemplate"]`.
   *
   * Wire action: `CreateParameterTemplate` (postgres 2017-03-12).
   *
   * @example Creating a parameter template
   * ```ts
   * const out = await client.createParameterTemplate({ "TemplateName": "test_template", "DBMajorVersion": "13", "DBEngine": "postgresql", "TemplateDescription": "test" });
   * ```
   */
  createParameterTemplate(params: types.CreateParameterTemplateRequest, options?: CallOptions): Promise<types.CreateParameterTemplateResponse>;
  /**
   * This API is used to create read-only replicas.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["CreateReadOnlyDBInstance"]`.
   *
   * Wire action: `CreateReadOnlyDBInstance` (postgres 2017-03-12).
   */
  createReadOnlyDBInstance(params: types.CreateReadOnlyDBInstanceRequest, options?: CallOptions): Promise<types.CreateReadOnlyDBInstanceResponse>;
  /**
   * This API is used to create an RO group.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["CreateReadOnlyGroup"]`.
   *
   * Wire action: `CreateReadOnlyGroup` (postgres 2017-03-12).
   */
  createReadOnlyGroup(params: types.CreateReadOnlyGroupRequest, options?: CallOptions): Promise<types.CreateReadOnlyGroupResponse>;
  /**
   * This API is used to create a network for an RO group.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["CreateReadOnlyGroupNetworkAccess"]`.
   *
   * Wire action: `CreateReadOnlyGroupNetworkAccess` (postgres 2017-03-12).
   */
  createReadOnlyGroupNetworkAccess(params: types.CreateReadOnlyGroupNetworkAccessRequest, options?: CallOptions): Promise<types.CreateReadOnlyGroupNetworkAccessResponse>;
  /**
   * This API is used to create a PostgreSQL for Serverless instance. If the creation succeeds, the
   * instance ID will be returned.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["CreateServerlessDBInstance"]`.
   *
   * Wire action: `CreateServerlessDBInstance` (postgres 2017-03-12).
   *
   * @example Creating PostgreSQL for Serverless instance
   * ```ts
   * const out = await client.createServerlessDBInstance({ "VpcId": "vpc-xxxx", "Zone": "ap-guangzhou-3", "DBVersion": "10.4", "DBInstanceName": "serverlessdb-test", "DBCharset": "UTF8", "SubnetId": "subnet-xxx" });
   * ```
   */
  createServerlessDBInstance(params: types.CreateServerlessDBInstanceRequest, options?: CallOptions): Promise<types.CreateServerlessDBInstanceResponse>;
  /**
   * This API is used to delete the specified full backup of an instance.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DeleteBaseBackup"]`.
   *
   * Wire action: `DeleteBaseBackup` (postgres 2017-03-12).
   *
   * @example Deleting a full backup of an instance
   * ```ts
   * const out = await client.deleteBaseBackup({ "BaseBackupId": "88d3a71e-b822-5728-9d41-d8cfc0d0556e", "DBInstanceId": "postgres-9n26zs6n" });
   * ```
   */
  deleteBaseBackup(params: types.DeleteBaseBackupRequest, options?: CallOptions): Promise<types.DeleteBaseBackupResponse>;
  /**
   * This API is used to delete a network of an instance.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DeleteDBInstanceNetworkAccess"]`.
   *
   * Wire action: `DeleteDBInstanceNetworkAccess` (postgres 2017-03-12).
   *
   * @example Deleting network for instance
   * ```ts
   * const out = await client.deleteDBInstanceNetworkAccess({ "SubnetId": "subnet-4s9dejli", "Vip": "127.0.0.1", "VpcId": "vpc-gaestjaf", "DBInstanceId": "postgres-6bwgamo3" });
   * ```
   */
  deleteDBInstanceNetworkAccess(params: types.DeleteDBInstanceNetworkAccessRequest, options?: CallOptions): Promise<types.DeleteDBInstanceNetworkAccessResponse>;
  /**
   * This API is used to delete the specified log backup of an instance.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DeleteLogBackup"]`.
   *
   * Wire action: `DeleteLogBackup` (postgres 2017-03-12).
   *
   * @example Deleting a log backup of an instance
   * ```ts
   * const out = await client.deleteLogBackup({ "DBInstanceId": "postgres-2xmqduu9", "LogBackupId": "7b85234b-4f46-5047-b658-acb172074bf6" });
   * ```
   */
  deleteLogBackup(params: types.DeleteLogBackupRequest, options?: CallOptions): Promise<types.DeleteLogBackupResponse>;
  /**
   * This API is used to delete a parameter template.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DeleteParameterTemplate"]`.
   *
   * Wire action: `DeleteParameterTemplate` (postgres 2017-03-12).
   *
   * @example Deleting a parameter template
   * ```ts
   * const out = await client.deleteParameterTemplate({ "TemplateId": "497857b4-4676-5583-8359-b697fe5968d9" });
   * ```
   */
  deleteParameterTemplate(params: types.DeleteParameterTemplateRequest, options?: CallOptions): Promise<types.DeleteParameterTemplateResponse>;
  /**
   * This API is used to delete an RO group.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DeleteReadOnlyGroup"]`.
   *
   * Wire action: `DeleteReadOnlyGroup` (postgres 2017-03-12).
   *
   * @example Deleting RO group
   * ```ts
   * const out = await client.deleteReadOnlyGroup({ "ReadOnlyGroupId": "\"pgrogrp-k95qzetn\"" });
   * ```
   */
  deleteReadOnlyGroup(params: types.DeleteReadOnlyGroupRequest, options?: CallOptions): Promise<types.DeleteReadOnlyGroupResponse>;
  /**
   * This API is used to delete a network of an RO group.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DeleteReadOnlyGroupNetworkAccess"]`.
   *
   * Wire action: `DeleteReadOnlyGroupNetworkAccess` (postgres 2017-03-12).
   *
   * @example Deleting network for RO group
   * ```ts
   * const out = await client.deleteReadOnlyGroupNetworkAccess({ "SubnetId": "subnet-4s9dejli", "VpcId": "vpc-gaestjaf", "Vip": "127.0.0.1", "ReadOnlyGroupId": "pgro-4t9c6g7k" });
   * ```
   */
  deleteReadOnlyGroupNetworkAccess(params: types.DeleteReadOnlyGroupNetworkAccessRequest, options?: CallOptions): Promise<types.DeleteReadOnlyGroupNetworkAccessResponse>;
  /**
   * This API is used to delete a PostgreSQL for Serverless instance.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DeleteServerlessDBInstance"]`.
   *
   * Wire action: `DeleteServerlessDBInstance` (postgres 2017-03-12).
   *
   * @example Deleting PostgreSQL for Serverless instance by ID
   * ```ts
   * const out = await client.deleteServerlessDBInstance({ "DBInstanceId": "postgres-xxxx" });
   * ```
   */
  deleteServerlessDBInstance(params?: types.DeleteServerlessDBInstanceRequest, options?: CallOptions): Promise<types.DeleteServerlessDBInstanceResponse>;
  /**
   * This API is used to query the list of the database accounts for an instance.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeAccounts"]`.
   *
   * Wire action: `DescribeAccounts` (postgres 2017-03-12).
   *
   * @example u200cu200cu200cu200cGetting the user list for the instance "postgres-apzvwncr".
   * ```ts
   * const out = await client.describeAccounts({ "DBInstanceId": "postgres-apzvwncr" });
   * ```
   */
  describeAccounts(params: types.DescribeAccountsRequest, options?: CallOptions): Promise<types.DescribeAccountsResponse>;
  /**
   * Every page of DescribeAccounts, from `Offset` (default 0) until `TotalCount` items have been read or
   * a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeAccounts({ … })) console.log(page.Details);
   * ```
   */
  paginateDescribeAccounts(params: types.DescribeAccountsRequest, options?: CallOptions): AsyncGenerator<types.DescribeAccountsResponse, void, undefined>;
  /**
   * This API is used to query the available restoration time of an instance.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeAvailableRecoveryTime"]`.
   *
   * Wire action: `DescribeAvailableRecoveryTime` (postgres 2017-03-12).
   *
   * @example Querying the available restoration time of instance
   * ```ts
   * const out = await client.describeAvailableRecoveryTime({ "DBInstanceId": "postgres-apzvwncr" });
   * ```
   */
  describeAvailableRecoveryTime(params: types.DescribeAvailableRecoveryTimeRequest, options?: CallOptions): Promise<types.DescribeAvailableRecoveryTimeResponse>;
  /**
   * This API is used to query the backup download restrictions.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeBackupDownloadRestriction"]`.
   *
   * Wire action: `DescribeBackupDownloadRestriction` (postgres 2017-03-12).
   *
   * @example Querying the backup download restrictions
   * ```ts
   * const out = await client.describeBackupDownloadRestriction({});
   * ```
   */
  describeBackupDownloadRestriction(params?: types.DescribeBackupDownloadRestrictionRequest, options?: CallOptions): Promise<types.DescribeBackupDownloadRestrictionResponse>;
  /**
   * This API is used to query the download address of a specified backup set, including full backup sets
   * and incremental log backup sets.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeBackupDownloadURL"]`.
   *
   * Wire action: `DescribeBackupDownloadURL` (postgres 2017-03-12).
   *
   * @example Getting a backup download link
   * ```ts
   * const out = await client.describeBackupDownloadURL({ "DBInstanceId": "postgres-oamgybor", "BackupType": "LogBackup", "BackupId": "f9509fc2-2281-551c-b937-86d38cf79f3b", "URLExpireTime": 12 });
   * ```
   */
  describeBackupDownloadURL(params: types.DescribeBackupDownloadURLRequest, options?: CallOptions): Promise<types.DescribeBackupDownloadURLResponse>;
  /**
   * This API is used to query the backup overview. It will return the current number and size of
   * backups, free backup space size, and paid backup space size (all size values are in bytes).
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeBackupOverview"]`.
   *
   * Wire action: `DescribeBackupOverview` (postgres 2017-03-12).
   *
   * @example Querying the backup overview
   * ```ts
   * const out = await client.describeBackupOverview({});
   * ```
   */
  describeBackupOverview(params?: types.DescribeBackupOverviewRequest, options?: CallOptions): Promise<types.DescribeBackupOverviewResponse>;
  /**
   * This API is used to query all backup plans of an instance.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeBackupPlans"]`.
   *
   * Wire action: `DescribeBackupPlans` (postgres 2017-03-12).
   *
   * @example Querying all backup plans of instance
   * ```ts
   * const out = await client.describeBackupPlans({ "DBInstanceId": "postgres-xxxxxxx" });
   * ```
   */
  describeBackupPlans(params: types.DescribeBackupPlansRequest, options?: CallOptions): Promise<types.DescribeBackupPlansResponse>;
  /**
   * This API is used to query the backup statistics of an instance. It will return the number and size
   * (bytes) of backups of the instance.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeBackupSummaries"]`.
   *
   * Wire action: `DescribeBackupSummaries` (postgres 2017-03-12).
   *
   * @example Querying the backup statistics
   * ```ts
   * const out = await client.describeBackupSummaries({ "Limit": 20, "Offset": 0, "OrderByType": "desc" });
   * ```
   */
  describeBackupSummaries(params?: types.DescribeBackupSummariesRequest, options?: CallOptions): Promise<types.DescribeBackupSummariesResponse>;
  /**
   * Every page of DescribeBackupSummaries, from `Offset` (default 0) until `TotalCount` items have been
   * read or a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeBackupSummaries()) console.log(page.BackupSummarySet);
   * ```
   */
  paginateDescribeBackupSummaries(params?: types.DescribeBackupSummariesRequest, options?: CallOptions): AsyncGenerator<types.DescribeBackupSummariesResponse, void, undefined>;
  /**
   * This API is used to query the list of full backups.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeBaseBackups"]`.
   *
   * Wire action: `DescribeBaseBackups` (postgres 2017-03-12).
   *
   * @example Querying the list of full backups
   * ```ts
   * const out = await client.describeBaseBackups({ "Limit": 1, "Offset": 0, "OrderBy": "FinishTime", "OrderByType": "desc" });
   * ```
   */
  describeBaseBackups(params?: types.DescribeBaseBackupsRequest, options?: CallOptions): Promise<types.DescribeBaseBackupsResponse>;
  /**
   * Every page of DescribeBaseBackups, from `Offset` (default 0) until `TotalCount` items have been read
   * or a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeBaseBackups()) console.log(page.BaseBackupSet);
   * ```
   */
  paginateDescribeBaseBackups(params?: types.DescribeBaseBackupsRequest, options?: CallOptions): AsyncGenerator<types.DescribeBaseBackupsResponse, void, undefined>;
  /**
   * This API is used to query purchasable instance specifications.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeClasses"]`.
   *
   * Wire action: `DescribeClasses` (postgres 2017-03-12).
   *
   * @example Querying the list of specifications
   * ```ts
   * const out = await client.describeClasses({ "DBEngine": "postgresql", "DBMajorVersion": "12", "Zone": "ap-guangzhou-3" });
   * ```
   */
  describeClasses(params: types.DescribeClassesRequest, options?: CallOptions): Promise<types.DescribeClassesResponse>;
  /**
   * This API is used to query the minimum specification required by a cloned instance, including
   * `SpecCode` and disk specification.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeCloneDBInstanceSpec"]`.
   *
   * Wire action: `DescribeCloneDBInstanceSpec` (postgres 2017-03-12).
   *
   * @example Querying the minimum specification for cloning the instance "postgres-apzvwncr"
   * ```ts
   * const out = await client.describeCloneDBInstanceSpec({ "RecoveryTargetTime": "2021-12-24 03:41:50", "DBInstanceId": "postgres-apzvwncr" });
   * ```
   */
  describeCloneDBInstanceSpec(params: types.DescribeCloneDBInstanceSpecRequest, options?: CallOptions): Promise<types.DescribeCloneDBInstanceSpecResponse>;
  /**
   * This API is used to query the database list of an instance.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeDatabases"]`.
   *
   * Wire action: `DescribeDatabases` (postgres 2017-03-12).
   *
   * @example Getting the list of databases
   * ```ts
   * const out = await client.describeDatabases({ "DBInstanceId": "postgres-6bwgamo3" });
   * ```
   */
  describeDatabases(params: types.DescribeDatabasesRequest, options?: CallOptions): Promise<types.DescribeDatabasesResponse>;
  /**
   * This API is used to query the backup list of an instance. This API is disused and replaced by the
   * DescribeBaseBackups API.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeDBBackups"]`.
   *
   * Wire action: `DescribeDBBackups` (postgres 2017-03-12).
   */
  describeDBBackups(params: types.DescribeDBBackupsRequest, options?: CallOptions): Promise<types.DescribeDBBackupsResponse>;
  /**
   * This API is used to query an error log.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeDBErrlogs"]`.
   *
   * Wire action: `DescribeDBErrlogs` (postgres 2017-03-12).
   *
   * @example Getting error logs
   * ```ts
   * const out = await client.describeDBErrlogs({ "EndTime": "2018-06-11 17:06:38", "DBInstanceId": "postgres-apzvwncr", "StartTime": "2018-06-10 17:06:38" });
   * ```
   */
  describeDBErrlogs(params: types.DescribeDBErrlogsRequest, options?: CallOptions): Promise<types.DescribeDBErrlogsResponse>;
  /**
   * Every page of DescribeDBErrlogs, from `Offset` (default 0) until `TotalCount` items have been read
   * or a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeDBErrlogs({ … })) console.log(page.Details);
   * ```
   */
  paginateDescribeDBErrlogs(params: types.DescribeDBErrlogsRequest, options?: CallOptions): AsyncGenerator<types.DescribeDBErrlogsResponse, void, undefined>;
  /**
   * This API is used to query the details of one instance.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeDBInstanceAttribute"]`.
   *
   * Wire action: `DescribeDBInstanceAttribute` (postgres 2017-03-12).
   */
  describeDBInstanceAttribute(params: types.DescribeDBInstanceAttributeRequest, options?: CallOptions): Promise<types.DescribeDBInstanceAttributeResponse>;
  /**
   * This API is used to query the HA configuration of an instance, which includes: - Allow a standby
   * node to promote to a primary node. - Allow a semi-sync instance to adopt sync or async replication.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeDBInstanceHAConfig"]`.
   *
   * Wire action: `DescribeDBInstanceHAConfig` (postgres 2017-03-12).
   *
   * @example Querying the HA configuration of the instance that adopts the semi-sync (downgradable to async) replication
   * ```ts
   * const out = await client.describeDBInstanceHAConfig({ "DBInstanceId": "postgres-32d4mmv9" });
   * ```
   */
  describeDBInstanceHAConfig(params: types.DescribeDBInstanceHAConfigRequest, options?: CallOptions): Promise<types.DescribeDBInstanceHAConfigResponse>;
  /**
   * This API is used to query the parameters of an instance.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeDBInstanceParameters"]`.
   *
   * Wire action: `DescribeDBInstanceParameters` (postgres 2017-03-12).
   *
   * @example Querying the information of parameter specified by the instance
   * ```ts
   * const out = await client.describeDBInstanceParameters({ "ParamName": "max_connections", "DBInstanceId": "postgres-lzrwgg6d" });
   * ```
   */
  describeDBInstanceParameters(params: types.DescribeDBInstanceParametersRequest, options?: CallOptions): Promise<types.DescribeDBInstanceParametersResponse>;
  /**
   * This API is used to query the details of one or more instances.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeDBInstances"]`.
   *
   * Wire action: `DescribeDBInstances` (postgres 2017-03-12).
   */
  describeDBInstances(params?: types.DescribeDBInstancesRequest, options?: CallOptions): Promise<types.DescribeDBInstancesResponse>;
  /**
   * Every page of DescribeDBInstances, from `Offset` (default 0) until `TotalCount` items have been read
   * or a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeDBInstances()) console.log(page.DBInstanceSet);
   * ```
   */
  paginateDescribeDBInstances(params?: types.DescribeDBInstancesRequest, options?: CallOptions): AsyncGenerator<types.DescribeDBInstancesResponse, void, undefined>;
  /**
   * This API is used to query the security group of an instance.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeDBInstanceSecurityGroups"]`.
   *
   * Wire action: `DescribeDBInstanceSecurityGroups` (postgres 2017-03-12).
   *
   * @example Querying the security group of an RO group
   * ```ts
   * const out = await client.describeDBInstanceSecurityGroups({ "ReadOnlyGroupId": "pgrogrp-nqwpkjb" });
   * ```
   */
  describeDBInstanceSecurityGroups(params?: types.DescribeDBInstanceSecurityGroupsRequest, options?: CallOptions): Promise<types.DescribeDBInstanceSecurityGroupsResponse>;
  /**
   * This API is used to get a slow query log. Since it was deprecated on September 1, 2021, it has no
   * longer returned data. You need to use the DescribeSlowQueryList API instead to get slow query logs.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeDBSlowlogs"]`.
   *
   * Wire action: `DescribeDBSlowlogs` (postgres 2017-03-12).
   *
   * @example Getting the slow query logs of an instance
   * ```ts
   * const out = await client.describeDBSlowlogs({ "EndTime": "2018-06-11 17:06:38", "DBInstanceId": "postgres-apzvwncr", "StartTime": "2018-06-10 17:06:38" });
   * ```
   *
   * @deprecated The reference marks this action as deprecated.
   */
  describeDBSlowlogs(params: types.DescribeDBSlowlogsRequest, options?: CallOptions): Promise<types.DescribeDBSlowlogsResponse>;
  /**
   * This API is used to query the list of supported database versions.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeDBVersions"]`.
   *
   * Wire action: `DescribeDBVersions` (postgres 2017-03-12).
   *
   * @example Querying the list of database versions
   * ```ts
   * const out = await client.describeDBVersions({});
   * ```
   */
  describeDBVersions(params?: types.DescribeDBVersionsRequest, options?: CallOptions): Promise<types.DescribeDBVersionsResponse>;
  /**
   * This API is used to get the instance Xlog list. This API is disused and replaced by the
   * DescribeBaseBackups API.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeDBXlogs"]`.
   *
   * Wire action: `DescribeDBXlogs` (postgres 2017-03-12).
   *
   * @example Getting the Xlog list of the instance "postgres-apzvwncr"
   * ```ts
   * const out = await client.describeDBXlogs({ "EndTime": "2018-06-11 17:06:38", "DBInstanceId": "postgres-apzvwncr", "StartTime": "2018-06-10 17:06:38" });
   * ```
   */
  describeDBXlogs(params: types.DescribeDBXlogsRequest, options?: CallOptions): Promise<types.DescribeDBXlogsResponse>;
  /**
   * This API is used to query all parameters supported by a database version and engine.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeDefaultParameters"]`.
   *
   * Wire action: `DescribeDefaultParameters` (postgres 2017-03-12).
   *
   * @example Querying the information of all parameters that can be added by a parameter template
   * ```ts
   * const out = await client.describeDefaultParameters({ "DBMajorVersion": "13", "DBEngine": "postgresql" });
   * ```
   */
  describeDefaultParameters(params: types.DescribeDefaultParametersRequest, options?: CallOptions): Promise<types.DescribeDefaultParametersResponse>;
  /**
   * This API is used to query the instance key list.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeEncryptionKeys"]`.
   *
   * Wire action: `DescribeEncryptionKeys` (postgres 2017-03-12).
   *
   * @example DescribeEncryptionKeys
   * ```ts
   * const out = await client.describeEncryptionKeys({ "DBInstanceId": " postgres-abcdefg" });
   * ```
   */
  describeEncryptionKeys(params: types.DescribeEncryptionKeysRequest, options?: CallOptions): Promise<types.DescribeEncryptionKeysResponse>;
  /**
   * This API is used to query the list of log backups.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeLogBackups"]`.
   *
   * Wire action: `DescribeLogBackups` (postgres 2017-03-12).
   *
   * @example Querying the list of log backups
   * ```ts
   * const out = await client.describeLogBackups({ "Limit": 1, "Offset": 0, "OrderBy": "FinishTime", "OrderByType": "desc" });
   * ```
   */
  describeLogBackups(params?: types.DescribeLogBackupsRequest, options?: CallOptions): Promise<types.DescribeLogBackupsResponse>;
  /**
   * Every page of DescribeLogBackups, from `Offset` (default 0) until `TotalCount` items have been read
   * or a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeLogBackups()) console.log(page.LogBackupSet);
   * ```
   */
  paginateDescribeLogBackups(params?: types.DescribeLogBackupsRequest, options?: CallOptions): AsyncGenerator<types.DescribeLogBackupsResponse, void, undefined>;
  /**
   * This API is used to query the order information.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeOrders"]`.
   *
   * Wire action: `DescribeOrders` (postgres 2017-03-12).
   *
   * @example Querying the order information
   * ```ts
   * const out = await client.describeOrders({ "DealNames": ["20180615110033"] });
   * ```
   */
  describeOrders(params: types.DescribeOrdersRequest, options?: CallOptions): Promise<types.DescribeOrdersResponse>;
  /**
   * This API is used to query the details of a parameter template, including basic information and
   * parameter information.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeParameterTemplateAttributes"]`.
   *
   * Wire action: `DescribeParameterTemplateAttributes` (postgres 2017-03-12).
   *
   * @example Querying the details of a parameter template
   * ```ts
   * const out = await client.describeParameterTemplateAttributes({ "TemplateId": "c0456ace-31d1-54b1-a270-befa6bf960a5" });
   * ```
   */
  describeParameterTemplateAttributes(params: types.DescribeParameterTemplateAttributesRequest, options?: CallOptions): Promise<types.DescribeParameterTemplateAttributesResponse>;
  /**
   * This API is used to query the list of parameter templates.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeParameterTemplates"]`.
   *
   * Wire action: `DescribeParameterTemplates` (postgres 2017-03-12).
   *
   * @example Querying the information of a parameter template
   * ```ts
   * const out = await client.describeParameterTemplates({ "OrderBy": "CreateTime", "OrderByType": "desc", "Limit": 0, "Filters": [{ "Values": ["test"], "Name": "TemplateName" }] });
   * ```
   */
  describeParameterTemplates(params?: types.DescribeParameterTemplatesRequest, options?: CallOptions): Promise<types.DescribeParameterTemplatesResponse>;
  /**
   * Every page of DescribeParameterTemplates, from `Offset` (default 0) until `TotalCount` items have
   * been read or a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeParameterTemplates()) console.log(page.ParameterTemplateSet);
   * ```
   */
  paginateDescribeParameterTemplates(params?: types.DescribeParameterTemplatesRequest, options?: CallOptions): AsyncGenerator<types.DescribeParameterTemplatesResponse, void, undefined>;
  /**
   * This API is used to query the parameter modification event.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeParamsEvent"]`.
   *
   * Wire action: `DescribeParamsEvent` (postgres 2017-03-12).
   *
   * @example Getting the list of instance parameter modification events
   * ```ts
   * const out = await client.describeParamsEvent({ "DBInstanceId": "postgres-nbvqjlhf" });
   * ```
   */
  describeParamsEvent(params: types.DescribeParamsEventRequest, options?: CallOptions): Promise<types.DescribeParamsEventResponse>;
  /**
   * This API is used to query the purchasable specification configuration. u200cThis API is disused and
   * replaced by the DescribeClasses API.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeProductConfig"]`.
   *
   * Wire action: `DescribeProductConfig` (postgres 2017-03-12).
   *
   * @example Querying purchasable specifications in an AZ in a region
   * ```ts
   * const out = await client.describeProductConfig({ "Zone": "ap-guangzhou-2" });
   * ```
   */
  describeProductConfig(params?: types.DescribeProductConfigRequest, options?: CallOptions): Promise<types.DescribeProductConfigResponse>;
  /**
   * This API is used to query the list of RO groups.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeReadOnlyGroups"]`.
   *
   * Wire action: `DescribeReadOnlyGroups` (postgres 2017-03-12).
   *
   * @example Querying the list of read-only groups under a primary instance
   * ```ts
   * const out = await client.describeReadOnlyGroups({ "Filters": [{ "Name": "db-master-instance-id", "Values": ["postgres-kpol3zgp"] }] });
   * ```
   */
  describeReadOnlyGroups(params?: types.DescribeReadOnlyGroupsRequest, options?: CallOptions): Promise<types.DescribeReadOnlyGroupsResponse>;
  /**
   * This API is used to query the purchasable regions.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeRegions"]`.
   *
   * Wire action: `DescribeRegions` (postgres 2017-03-12).
   *
   * @example Querying all regions
   * ```ts
   * const out = await client.describeRegions({});
   * ```
   */
  describeRegions(params?: types.DescribeRegionsRequest, options?: CallOptions): Promise<types.DescribeRegionsResponse>;
  /**
   * This API is used to query the details of one or more PostgreSQL for Serverless instances.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeServerlessDBInstances"]`.
   *
   * Wire action: `DescribeServerlessDBInstances` (postgres 2017-03-12).
   */
  describeServerlessDBInstances(params?: types.DescribeServerlessDBInstancesRequest, options?: CallOptions): Promise<types.DescribeServerlessDBInstancesResponse>;
  /**
   * Every page of DescribeServerlessDBInstances, from `Offset` (default 0) until `TotalCount` items have
   * been read or a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeServerlessDBInstances()) console.log(page.DBInstanceSet);
   * ```
   */
  paginateDescribeServerlessDBInstances(params?: types.DescribeServerlessDBInstancesRequest, options?: CallOptions): AsyncGenerator<types.DescribeServerlessDBInstancesResponse, void, undefined>;
  /**
   * This API is used to count and analyze slow query statements during the specified period of time and
   * return aggregated statistical analysis results which are classified by statement with abstract
   * parameter values.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeSlowQueryAnalysis"]`.
   *
   * Wire action: `DescribeSlowQueryAnalysis` (postgres 2017-03-12).
   *
   * @example Analyzing slow queries of instance
   * ```ts
   * const out = await client.describeSlowQueryAnalysis({ "StartTime": "2021-06-17 20:00:07", "EndTime": "2021-06-17 20:15:07", "Limit": 10, "Offset": 0, "DBInstanceId": "postgres-nbvqjlhf" });
   * ```
   */
  describeSlowQueryAnalysis(params: types.DescribeSlowQueryAnalysisRequest, options?: CallOptions): Promise<types.DescribeSlowQueryAnalysisResponse>;
  /**
   * Every page of DescribeSlowQueryAnalysis, from `Offset` (default 0) until `TotalCount` items have
   * been read or a page comes back empty.
   *
   * @example
   * ```ts
   * for await (const page of client.paginateDescribeSlowQueryAnalysis({ … })) console.log(page.Detail.AnalysisItems);
   * ```
   */
  paginateDescribeSlowQueryAnalysis(params: types.DescribeSlowQueryAnalysisRequest, options?: CallOptions): AsyncGenerator<types.DescribeSlowQueryAnalysisResponse, void, undefined>;
  /**
   * This API is used to get the slow queries during the specified period of time.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeSlowQueryList"]`.
   *
   * Wire action: `DescribeSlowQueryList` (postgres 2017-03-12).
   *
   * @example Querying the list of slow queries
   * ```ts
   * const out = await client.describeSlowQueryList({ "StartTime": "2021-07-22 10:00:07", "EndTime": "2021-07-27 20:15:07", "Limit": 10, "Offset": 0, "DBInstanceId": "postgres-nbvqjlhf" });
   * ```
   */
  describeSlowQueryList(params: types.DescribeSlowQueryListRequest, options?: CallOptions): Promise<types.DescribeSlowQueryListResponse>;
  /**
   * This API is used to query the supported AZs.
   *
   * Rate limit: 1000 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DescribeZones"]`.
   *
   * Wire action: `DescribeZones` (postgres 2017-03-12).
   *
   * @example Querying AZs in specified region
   * ```ts
   * const out = await client.describeZones({});
   * ```
   */
  describeZones(params?: types.DescribeZonesRequest, options?: CallOptions): Promise<types.DescribeZonesResponse>;
  /**
   * This API is used to terminate an isolated instance by specifying the `DBInstanceId` parameter. The
   * data of a terminated instance will be deleted and cannot be recovered. Be cautious with this API
   * calling. Only the instance in isolation can be terminated.
   *
   * Rate limit: 50 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DestroyDBInstance"]`.
   *
   * Wire action: `DestroyDBInstance` (postgres 2017-03-12).
   *
   * @example Terminating a TencentDB for PostgreSQL instance
   * ```ts
   * const out = await client.destroyDBInstance({ "DBInstanceId": "postgres-19nmz2xb" });
   * ```
   */
  destroyDBInstance(params: types.DestroyDBInstanceRequest, options?: CallOptions): Promise<types.DestroyDBInstanceResponse>;
  /**
   * This API is used to remove one or more instances from isolation.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["DisIsolateDBInstances"]`.
   *
   * Wire action: `DisIsolateDBInstances` (postgres 2017-03-12).
   */
  disIsolateDBInstances(params: types.DisIsolateDBInstancesRequest, options?: CallOptions): Promise<types.DisIsolateDBInstancesResponse>;
  /**
   * This API is used to initialize a TencentDB for PostgreSQL instance. This API is disused and replaced
   * by the CreateInstances API.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["InitDBInstances"]`.
   *
   * Wire action: `InitDBInstances` (postgres 2017-03-12).
   *
   * @example Initializing one instance
   * ```ts
   * const out = await client.initDBInstances({ "AdminPassword": "testuser%40123", "Charset": "UTF8", "AdminName": "testuser", "DBInstanceIdSet": ["postgres-6fego161"] });
   * ```
   */
  initDBInstances(params: types.InitDBInstancesRequest, options?: CallOptions): Promise<types.InitDBInstancesResponse>;
  /**
   * This API is used to query the purchase price of an instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["InquiryPriceCreateDBInstances"]`.
   *
   * Wire action: `InquiryPriceCreateDBInstances` (postgres 2017-03-12).
   */
  inquiryPriceCreateDBInstances(params: types.InquiryPriceCreateDBInstancesRequest, options?: CallOptions): Promise<types.InquiryPriceCreateDBInstancesResponse>;
  /**
   * This API is used to query the renewal price of an instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["InquiryPriceRenewDBInstance"]`.
   *
   * Wire action: `InquiryPriceRenewDBInstance` (postgres 2017-03-12).
   */
  inquiryPriceRenewDBInstance(params: types.InquiryPriceRenewDBInstanceRequest, options?: CallOptions): Promise<types.InquiryPriceRenewDBInstanceResponse>;
  /**
   * This API is used to query the fees of upgrading a specified database instance. Only pay-as-you-go
   * instance is supported.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["InquiryPriceUpgradeDBInstance"]`.
   *
   * Wire action: `InquiryPriceUpgradeDBInstance` (postgres 2017-03-12).
   */
  inquiryPriceUpgradeDBInstance(params: types.InquiryPriceUpgradeDBInstanceRequest, options?: CallOptions): Promise<types.InquiryPriceUpgradeDBInstanceResponse>;
  /**
   * This API is used to isolate an instance.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["IsolateDBInstances"]`.
   *
   * Wire action: `IsolateDBInstances` (postgres 2017-03-12).
   *
   * @example Isolating an instance
   * ```ts
   * const out = await client.isolateDBInstances({ "DBInstanceIdSet": ["postgres-xxxxxxx"] });
   * ```
   */
  isolateDBInstances(params: types.IsolateDBInstancesRequest, options?: CallOptions): Promise<types.IsolateDBInstancesResponse>;
  /**
   * This API is used to modify account remarks.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["ModifyAccountRemark"]`.
   *
   * Wire action: `ModifyAccountRemark` (postgres 2017-03-12).
   *
   * @example Modifying account remarks
   * ```ts
   * const out = await client.modifyAccountRemark({ "UserName": "test", "Remark": "testModifyRemark", "DBInstanceId": "postgres-6bwgamo3" });
   * ```
   */
  modifyAccountRemark(params: types.ModifyAccountRemarkRequest, options?: CallOptions): Promise<types.ModifyAccountRemarkResponse>;
  /**
   * This API is used to modify the backup download restrictions.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["ModifyBackupDownloadRestriction"]`.
   *
   * Wire action: `ModifyBackupDownloadRestriction` (postgres 2017-03-12).
   *
   * @example Modifying the backup download restrictions
   * ```ts
   * const out = await client.modifyBackupDownloadRestriction({ "RestrictionType": "CUSTOMIZE", "VpcRestrictionEffect": "ALLOW", "VpcIdSet": ["vpc-15ld6dhr"], "IpRestrictionEffect": "", "IpSet": [] });
   * ```
   */
  modifyBackupDownloadRestriction(params: types.ModifyBackupDownloadRestrictionRequest, options?: CallOptions): Promise<types.ModifyBackupDownloadRestrictionResponse>;
  /**
   * This API is used to modify the backup plan of an instance, such as modifying the backup start time.
   * By default, a full backup starts at midnight every day and the generated backup files will be
   * retained for seven days.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["ModifyBackupPlan"]`.
   *
   * Wire action: `ModifyBackupPlan` (postgres 2017-03-12).
   */
  modifyBackupPlan(params: types.ModifyBackupPlanRequest, options?: CallOptions): Promise<types.ModifyBackupPlanResponse>;
  /**
   * This API is used to modify the specified expiration time of a full backup for an instance.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["ModifyBaseBackupExpireTime"]`.
   *
   * Wire action: `ModifyBaseBackupExpireTime` (postgres 2017-03-12).
   *
   * @example Modifying the expiration time of a full backup
   * ```ts
   * const out = await client.modifyBaseBackupExpireTime({ "BaseBackupId": "88d3a71e-b822-5728-9d41-d8cfc0d0556e", "DBInstanceId": "postgres-9n26zs6n", "NewExpireTime": "2023-02-18 23:59:59" });
   * ```
   */
  modifyBaseBackupExpireTime(params: types.ModifyBaseBackupExpireTimeRequest, options?: CallOptions): Promise<types.ModifyBaseBackupExpireTimeResponse>;
  /**
   * This API is used to switch the instance billing mode from pay-as-you-go to monthly subscription.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["ModifyDBInstanceChargeType"]`.
   *
   * Wire action: `ModifyDBInstanceChargeType` (postgres 2017-03-12).
   *
   * @example Modifying the billing mode for the instance `postgres-apzvwncr`
   * ```ts
   * const out = await client.modifyDBInstanceChargeType({ "DBInstanceId": "postgres-apzvwncr", "InstanceChargeType": "PREPAID", "AutoRenewFlag": 0, "AutoVoucher": 0, "Period": 1 });
   * ```
   */
  modifyDBInstanceChargeType(params: types.ModifyDBInstanceChargeTypeRequest, options?: CallOptions): Promise<types.ModifyDBInstanceChargeTypeResponse>;
  /**
   * This API is used to modify the AZs where the nodes of a source instance reside.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["ModifyDBInstanceDeployment"]`.
   *
   * Wire action: `ModifyDBInstanceDeployment` (postgres 2017-03-12).
   */
  modifyDBInstanceDeployment(params: types.ModifyDBInstanceDeploymentRequest, options?: CallOptions): Promise<types.ModifyDBInstanceDeploymentResponse>;
  /**
   * This API is used to modify the HA configuration of an instance. u200cwhich includes: - Allow the
   * standby node to promote to the primary node. - Allow a semi-sync instance to adopt sync or async
   * replication.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["ModifyDBInstanceHAConfig"]`.
   *
   * Wire action: `ModifyDBInstanceHAConfig` (postgres 2017-03-12).
   *
   * @example Modifying the replication mode to be semi-sync (downgradable to async)
   * ```ts
   * const out = await client.modifyDBInstanceHAConfig({ DBInstanceId: …, SyncMode: …, MaxStandbyLatency: …, MaxStandbyLag: …, MaxSyncStandbyLatency: …, MaxSyncStandbyLag: … });
   * ```
   */
  modifyDBInstanceHAConfig(params: types.ModifyDBInstanceHAConfigRequest, options?: CallOptions): Promise<types.ModifyDBInstanceHAConfigResponse>;
  /**
   * This API is used to rename a TencentDB for PostgreSQL instance.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["ModifyDBInstanceName"]`.
   *
   * Wire action: `ModifyDBInstanceName` (postgres 2017-03-12).
   *
   * @example Renaming the instance "postgres-6fego161" to "testModifyInstanceName"
   * ```ts
   * const out = await client.modifyDBInstanceName({ "InstanceName": "testModifyInstanceName", "DBInstanceId": "postgres-6fego161" });
   * ```
   */
  modifyDBInstanceName(params: types.ModifyDBInstanceNameRequest, options?: CallOptions): Promise<types.ModifyDBInstanceNameResponse>;
  /**
   * This API is used to modify instance parameters.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["ModifyDBInstanceParameters"]`.
   *
   * Wire action: `ModifyDBInstanceParameters` (postgres 2017-03-12).
   *
   * @example Modifying a single parameter for an instance
   * ```ts
   * const out = await client.modifyDBInstanceParameters({ "DBInstanceId": "postgres-lzrwgg6d", "ParamList": [{ "Name": "max_replication_slots", "ExpectedValue": "20" }] });
   * ```
   */
  modifyDBInstanceParameters(params: types.ModifyDBInstanceParametersRequest, options?: CallOptions): Promise<types.ModifyDBInstanceParametersResponse>;
  /**
   * This API is used to modify the RO group of an instance.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["ModifyDBInstanceReadOnlyGroup"]`.
   *
   * Wire action: `ModifyDBInstanceReadOnlyGroup` (postgres 2017-03-12).
   *
   * @example ModifyDBInstanceReadOnlyGroup
   * ```ts
   * const out = await client.modifyDBInstanceReadOnlyGroup({ "NewReadOnlyGroupId": "NewGroup", "ReadOnlyGroupId": "OldGroup", "DBInstanceId": "postgres-k95qzetn" });
   * ```
   */
  modifyDBInstanceReadOnlyGroup(params: types.ModifyDBInstanceReadOnlyGroupRequest, options?: CallOptions): Promise<types.ModifyDBInstanceReadOnlyGroupResponse>;
  /**
   * This API is used to modify the security group of an instance.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["ModifyDBInstanceSecurityGroups"]`.
   *
   * Wire action: `ModifyDBInstanceSecurityGroups` (postgres 2017-03-12).
   *
   * @example Modifying a security group
   * ```ts
   * const out = await client.modifyDBInstanceSecurityGroups({ "DBInstanceId": "postgres-i2q4utnp", "SecurityGroupIdSet": ["sg-91jbmkp1"] });
   * ```
   */
  modifyDBInstanceSecurityGroups(params: types.ModifyDBInstanceSecurityGroupsRequest, options?: CallOptions): Promise<types.ModifyDBInstanceSecurityGroupsResponse>;
  /**
   * This API is used to modify instance specifications, including memory and disk size.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["ModifyDBInstanceSpec"]`.
   *
   * Wire action: `ModifyDBInstanceSpec` (postgres 2017-03-12).
   */
  modifyDBInstanceSpec(params: types.ModifyDBInstanceSpecRequest, options?: CallOptions): Promise<types.ModifyDBInstanceSpecResponse>;
  /**
   * This API is used to modify the project of an instance.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["ModifyDBInstancesProject"]`.
   *
   * Wire action: `ModifyDBInstancesProject` (postgres 2017-03-12).
   *
   * @example u200cu200cModifying the projects in batches
   * ```ts
   * const out = await client.modifyDBInstancesProject({ "ProjectId": "10467", "DBInstanceIdSet": ["postgres-lnp6j6172", "postgres-6bwgamo3"] });
   * ```
   */
  modifyDBInstancesProject(params: types.ModifyDBInstancesProjectRequest, options?: CallOptions): Promise<types.ModifyDBInstancesProjectResponse>;
  /**
   * This API is used to modify the configurations, such as parameter template name and description. It
   * can also be used to manage the parameter list in the parameter template.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["ModifyParameterTemplate"]`.
   *
   * Wire action: `ModifyParameterTemplate` (postgres 2017-03-12).
   *
   * @example Modifying a parameter template
   * ```ts
   * const out = await client.modifyParameterTemplate({ TemplateId: …, TemplateName: …, TemplateDescription: …, ModifyParamEntrySet: …, DeleteParamSet: … });
   * ```
   */
  modifyParameterTemplate(params: types.ModifyParameterTemplateRequest, options?: CallOptions): Promise<types.ModifyParameterTemplateResponse>;
  /**
   * This API is used to modify RO group configuration.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["ModifyReadOnlyGroupConfig"]`.
   *
   * Wire action: `ModifyReadOnlyGroupConfig` (postgres 2017-03-12).
   */
  modifyReadOnlyGroupConfig(params: types.ModifyReadOnlyGroupConfigRequest, options?: CallOptions): Promise<types.ModifyReadOnlyGroupConfigResponse>;
  /**
   * This API is used to perform a primary-standby switch for an instance waiting for the switch after it
   * is upgraded.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["ModifySwitchTimePeriod"]`.
   *
   * Wire action: `ModifySwitchTimePeriod` (postgres 2017-03-12).
   */
  modifySwitchTimePeriod(params: types.ModifySwitchTimePeriodRequest, options?: CallOptions): Promise<types.ModifySwitchTimePeriodResponse>;
  /**
   * This API is used to enable the public network access of an instance.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["OpenDBExtranetAccess"]`.
   *
   * Wire action: `OpenDBExtranetAccess` (postgres 2017-03-12).
   *
   * @example Enabling the public network access for an instance
   * ```ts
   * const out = await client.openDBExtranetAccess({ "DBInstanceId": "postgres-apzvwncr" });
   * ```
   */
  openDBExtranetAccess(params: types.OpenDBExtranetAccessRequest, options?: CallOptions): Promise<types.OpenDBExtranetAccessResponse>;
  /**
   * This API is used to enable the public network address of a PostgreSQL for Serverless instance.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["OpenServerlessDBExtranetAccess"]`.
   *
   * Wire action: `OpenServerlessDBExtranetAccess` (postgres 2017-03-12).
   *
   * @example Enabling the public network access for a PostgreSQL for Serverless instance by specifying its ID
   * ```ts
   * const out = await client.openServerlessDBExtranetAccess({ "DBInstanceId": "postgres-apzvwncr" });
   * ```
   */
  openServerlessDBExtranetAccess(params?: types.OpenServerlessDBExtranetAccessRequest, options?: CallOptions): Promise<types.OpenServerlessDBExtranetAccessResponse>;
  /**
   * This API is used to rebalance the loads of read-only replicas in an RO group. Please note that
   * connections to those read-only replicas will be interrupted transiently; therefore, you should
   * ensure that your application can reconnect to the databases. This operation should be performed with
   * caution.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["RebalanceReadOnlyGroup"]`.
   *
   * Wire action: `RebalanceReadOnlyGroup` (postgres 2017-03-12).
   *
   * @example Rebalancing the traffic load of read-only instances in RO group
   * ```ts
   * const out = await client.rebalanceReadOnlyGroup({ "ReadOnlyGroupId": "\"pgrogrp-e0t fm161\"" });
   * ```
   */
  rebalanceReadOnlyGroup(params: types.RebalanceReadOnlyGroupRequest, options?: CallOptions): Promise<types.RebalanceReadOnlyGroupResponse>;
  /**
   * This API is used to remove a read-only replica from an RO group.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["RemoveDBInstanceFromReadOnlyGroup"]`.
   *
   * Wire action: `RemoveDBInstanceFromReadOnlyGroup` (postgres 2017-03-12).
   *
   * @example Removing read-only instance from RO group
   * ```ts
   * const out = await client.removeDBInstanceFromReadOnlyGroup({ "ReadOnlyGroupId": "\"pgrogrp-k95qzetn\"", "DBInstanceId": "\"pgro-k95qzetn\"" });
   * ```
   */
  removeDBInstanceFromReadOnlyGroup(params: types.RemoveDBInstanceFromReadOnlyGroupRequest, options?: CallOptions): Promise<types.RemoveDBInstanceFromReadOnlyGroupResponse>;
  /**
   * This API is used to renew an instance.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["RenewInstance"]`.
   *
   * Wire action: `RenewInstance` (postgres 2017-03-12).
   */
  renewInstance(params: types.RenewInstanceRequest, options?: CallOptions): Promise<types.RenewInstanceResponse>;
  /**
   * This API is used to reset the account password of an instance.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["ResetAccountPassword"]`.
   *
   * Wire action: `ResetAccountPassword` (postgres 2017-03-12).
   *
   * @example Resetting account password for the instance "postgres-lnp6j6172" (operation succeeded)
   * ```ts
   * const out = await client.resetAccountPassword({ "UserName": "test", "Password": "1234qwer()", "DBInstanceId": "postgres-lnp6j6172" });
   * ```
   */
  resetAccountPassword(params: types.ResetAccountPasswordRequest, options?: CallOptions): Promise<types.ResetAccountPasswordResponse>;
  /**
   * This API is used to restart an instance.
   *
   * Rate limit: 50 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["RestartDBInstance"]`.
   *
   * Wire action: `RestartDBInstance` (postgres 2017-03-12).
   *
   * @example Restarting instance
   * ```ts
   * const out = await client.restartDBInstance({ "DBInstanceId": "postgres-apzvwncr" });
   * ```
   */
  restartDBInstance(params: types.RestartDBInstanceRequest, options?: CallOptions): Promise<types.RestartDBInstanceResponse>;
  /**
   * This API is used to set auto-renewal.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["SetAutoRenewFlag"]`.
   *
   * Wire action: `SetAutoRenewFlag` (postgres 2017-03-12).
   */
  setAutoRenewFlag(params: types.SetAutoRenewFlagRequest, options?: CallOptions): Promise<types.SetAutoRenewFlagResponse>;
  /**
   * This API is used to enable the primary-standby switch of an instance. - By initiating a switch, you
   * can verify whether the primary-standby switch is performed correctly. - By using forced switch, you
   * can forcibly initiate the primary-standby switch when the delay of replica node failed to meet the
   * switch requirement. - This operation can only be performed for the primary instance.
   *
   * Rate limit: 20 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["SwitchDBInstancePrimary"]`.
   *
   * Wire action: `SwitchDBInstancePrimary` (postgres 2017-03-12).
   *
   * @example Enabling the primary-standby switch of an instance
   * ```ts
   * const out = await client.switchDBInstancePrimary({ "DBInstanceId": "postgres-idabksrn" });
   * ```
   */
  switchDBInstancePrimary(params: types.SwitchDBInstancePrimaryRequest, options?: CallOptions): Promise<types.SwitchDBInstancePrimaryResponse>;
  /**
   * This API is used to upgrade instance configurations. u200cThis API is disused and replaced by the
   * ModifyDBInstanceSpec API.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["UpgradeDBInstance"]`.
   *
   * Wire action: `UpgradeDBInstance` (postgres 2017-03-12).
   */
  upgradeDBInstance(params: types.UpgradeDBInstanceRequest, options?: CallOptions): Promise<types.UpgradeDBInstanceResponse>;
  /**
   * This API is used to upgrade the kernel version of an instance.
   *
   * Rate limit: 100 requests per second.
   *
   * Documented errors: see `PostgresActionErrorCodes["UpgradeDBInstanceKernelVersion"]`.
   *
   * Wire action: `UpgradeDBInstanceKernelVersion` (postgres 2017-03-12).
   */
  upgradeDBInstanceKernelVersion(params: types.UpgradeDBInstanceKernelVersionRequest, options?: CallOptions): Promise<types.UpgradeDBInstanceKernelVersionResponse>;
}
