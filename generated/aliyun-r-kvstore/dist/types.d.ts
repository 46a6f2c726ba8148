/**
 * The accounts that were queried.
 *
 * Used by: DescribeAccounts.
 */
export interface Account {
  /** The description of the account. */
  AccountDescription: string;
  /** The name of the account. */
  AccountName: string;
  /** The status of the account. Valid values: • Unavailable • Available */
  AccountStatus: "Unavailable" | "Available" | (string & {});
  /** The type of the account. Valid values: • Normal • Super */
  AccountType: "Normal" | "Super" | (string & {});
  /** The permissions of the account. */
  DatabasePrivileges: DatabasePrivilegeList;
  /** The ID of the instance. */
  InstanceId: string;
  /** PrivExceeded */
  PrivExceeded: string;
}
/**
 * The list wrapper of Account: Alibaba's JSON renders an XML list as an object whose one member,
 * Account, holds the items.
 *
 * Used by: DescribeAccounts.
 */
export interface AccountList {
  /** The accounts that were queried. */
  Account: Account[];
}
/**
 * An array composed of Backups
 *
 * Used by: DescribeBackups.
 */
export interface Backup {
  /** Backup set ID */
  BackupId: string;
  /** Backup database name */
  BackupDBNames: string;
  /** Backup set status: • Success • Failed */
  BackupStatus: string;
  /** Backup start time */
  BackupStartTime: string;
  /** Backup end time */
  BackupEndTime: string;
  /** Backup Type: • Fullbackup • IncrementalBackup */
  BackupType: string;
  /** Backup mode: • Automated • Manual */
  BackupMode: string;
  /** Backup method: • Logical • Physical */
  BackupMethod: string;
  /** Download address of the backup file */
  BackupDownloadURL: string;
  /** Backup size */
  BackupSize: string;
}
/**
 * The list wrapper of Backup: Alibaba's JSON renders an XML list as an object whose one member,
 * Backup, holds the items.
 *
 * Used by: DescribeBackups.
 */
export interface BackupList {
  /** An array composed of Backups */
  Backup: Backup[];
}
/**
 * The permissions of the account.
 *
 * Used by: DescribeAccounts.
 */
export interface DatabasePrivilege {
  /**
   * The permission of the account. Valid values: • RoleReadOnly • RoleReadWrite (default value) •
   * RoleRepl Note: In addition to reading data from and writing data to the ApsaraDB for Redis instance,
   * an account with the RoleRepl permission can run the SYNC and PSYNC commands.
   */
  AccountPrivilege: "RoleReadOnly" | "RoleReadWrite" | "RoleRepl" | (string & {});
}
/**
 * The list wrapper of DatabasePrivilege: Alibaba's JSON renders an XML list as an object whose one
 * member, DatabasePrivilege, holds the items.
 *
 * Used by: DescribeAccounts.
 */
export interface DatabasePrivilegeList {
  /** The permissions of the account. */
  DatabasePrivilege: DatabasePrivilege[];
}
/**
 * The information of the instance.
 *
 * Used by: DescribeInstanceAttribute.
 */
export interface DBInstanceAttribute {
  /**
   * The architecture of the instance. Valid values: • cluster: the cluster edition. • standard: the
   * standard edition. • SplitRW: the read/write splitting edition. • NULL: all editions. This is the
   * default value.
   */
  ArchitectureType: "cluster" | "standard" | "SplitRW" | "NULL" | (string & {});
  /**
   * The retention period of audit logs. Note: Currently, the audit log feature is not supported by
   * Alibaba Cloud International Site.
   */
  AuditLogRetention: string;
  /** The availability metrics in the current month. */
  AvailabilityValue: string;
  /**
   * The bandwidth of the instance. Unit: MByte/s.
   *
   * Format: int64.
   */
  Bandwidth: number;
  /**
   * The storage capacity of the instance. Unit: MB.
   *
   * Format: int64.
   */
  Capacity: number;
  /**
   * The billing method of the instance. Valid values: • PrePaid: subscription. • PostPaid:
   * pay-as-you-go.
   */
  ChargeType: "PrePaid" | "PostPaid" | (string & {});
  /**
   * The parameter configuration of the instance, in a JSON string. For more information, see Set
   * parameters.
   */
  Config: string;
  /**
   * The endpoint of the instance.
   *
   * The reference's table spells it `Connection Domain`; its examples and the service use `ConnectionDomain`.
   */
  ConnectionDomain: string;
  /**
   * The maximum number of connections supported by the instance.
   *
   * Format: int64.
   */
  Connections: number;
  /**
   * The time when the instance was created. The time follows the ISO 8601 standard and it is displayed
   * in UTC. The time is in the yyyy-MM-ddTHH:mm:ssZ format.
   */
  CreateTime: string;
  /**
   * The time when the subscription instance expires. The time follows the ISO 8601 standard and it is
   * displayed in UTC. The time is in the yyyy-MM-ddTHH:mm:ssZ format.
   */
  EndTime: string;
  /** The engine type of the instance. */
  Engine: string;
  /** The engine version of the instance. Valid values: • 2.8 • 4.0 • 5.0 */
  EngineVersion: "2.8" | "4.0" | "5.0" | (string & {});
  /**
   * Indicates whether there was an order of renewal with configuration change that had not taken effect.
   * Valid values: • true • false
   */
  HasRenewChangeOrder: "true" | "false" | (string & {});
  /** The instance type. */
  InstanceClass: string;
  /** The ID of the instance. */
  InstanceId: string;
  /** The name of the instance. */
  InstanceName: string;
  /** The status of the instance. */
  InstanceStatus: string;
  /** The engine type of the instance. */
  InstanceType: string;
  /**
   * Indicates whether the instance is managed by Relational Database Service (RDS). Valid values: • true
   * • false
   */
  IsRds: true | false | (boolean & {});
  /** The end time of the maintenance window. The time is in the HH:mmZ format, such as 02:00Z. */
  MaintainEndTime: string;
  /** The start time of the maintenance window. The time is in the HH:mmZ format, such as 02:00Z. */
  MaintainStartTime: string;
  /** The network type of the instance. Valid values: CLASSIC VPC */
  NetworkType: string;
  /** The node type of the instance. Valid values: double single */
  NodeType: string;
  /** The type of the package. Valid values: standard customized */
  PackageType: string;
  /**
   * The service port of the instance.
   *
   * Format: int64.
   */
  Port: number;
  /** The internal IP address of the instance. */
  PrivateIp: string;
  /**
   * The theoretical maximum queries per second (QPS).
   *
   * Format: int64.
   */
  QPS: number;
  /** The ID of the region. */
  RegionId: string;
  /** The ID of the replica. */
  ReplicaId: string;
  /**
   * The architecture of the instance. • master-slave: includes the master-replica edition and Standalone
   * edition. • cluster: includes the read/write splitting edition and cluster edition.
   */
  ReplicationMode: string;
  /** The IP address whitelists. */
  SecurityIPList: string;
  /** The tags. */
  Tags: TagList;
  /** The ID of the VSwitch. */
  VSwitchId: string;
  /**
   * Indicates whether password authentication is enabled for access within the VPC. Valid values : •
   * Open: Password authentication is enabled. • Close: Password authentication is disabled.
   */
  VpcAuthMode: "Open" | "Close" | (string & {});
  /** The ID of the VPC. */
  VpcId: string;
  /** The ID of the zone. You can call the DescribeRegions operation to query the latest region list. */
  ZoneId: string;
}
/**
 * The list wrapper of DBInstanceAttribute: Alibaba's JSON renders an XML list as an object whose one
 * member, DBInstanceAttribute, holds the items.
 *
 * Used by: DescribeInstanceAttribute.
 */
export interface DBInstanceAttributeList {
  /** The information of the instance. */
  DBInstanceAttribute: DBInstanceAttribute[];
}
/**
 * Array composed of Instances
 *
 * Used by: DescribeInstances.
 */
export interface Instance {
  /** Instance ID (globally unique) */
  InstanceId: string;
  /** Instance name */
  InstanceName: string;
  /**
   * Capacity of the applied ApsaraDB for Redis instance. Unit: MB.
   *
   * Format: int64.
   */
  Capacity: number;
  /** Instance type */
  InstanceClass: string;
  /**
   * Instance bandwidth limit. Unit: Mbit/s.
   *
   * Format: int64.
   */
  Bandwidth: number;
  /**
   * Instance connection quantity limit. Unit: count
   *
   * Format: int64.
   */
  Connections: number;
  /** Instance connection domain (only Intranet access supported). */
  ConnectionDomain: string;
  /** Connection port */
  Port: number;
  /**
   * Connection user name
   *
   * The reference's table spells it `Username`; its examples and the service use `UserName`.
   */
  UserName: string;
  /** Region of the applied ApsaraDB for Redis instance */
  RegionId: string;
  /** Lower-level zone ID of the RegionId */
  ZoneId: string;
  /**
   * Instance status: • Normal • Creating • Changing • Inactive • Transforming • BackupRecovering •
   * MinorVersionUpgrading
   */
  InstanceStatus: string;
  /** Billing method. Supported values: PrePaid and PostPaid. */
  ChargeType: "PrePaid" | "PostPaid" | (string & {});
  /**
   * Instance creation time. The time format follows the ISO8601 notation, and the UTC time is used in
   * the format of YYYY-MM-DDThh:mm:ssZ.
   */
  CreateTime: string;
  /**
   * Expiration time for a pre-paid instance. The time format follows the ISO8601 notation, and the UTC
   * time is used in the format of YYYY-MM-DDThh:mm:ssZ.
   */
  EndTime: string;
  /** Network type. Supported values: CLASSIC and VPC. */
  NetworkType: "CLASSIC" | "VPC" | (string & {});
  /** VPC ID */
  VpcId: string;
  /** VSwitch ID */
  VSwitchId: string;
  /** Private IP address */
  Privateipaddr: string;
}
/**
 * The list wrapper of Instance: Alibaba's JSON renders an XML list as an object whose one member,
 * Instance, holds the items.
 *
 * Used by: DescribeInstances.
 */
export interface InstanceList {
  /** Array composed of Instances */
  Instance: Instance[];
}
/**
 * Composed of InstanceNetInfo parameters.
 *
 * Used by: DescribeDBInstanceNetInfo.
 */
export interface InstanceNetInfo {
  /** DNS connection string */
  ConnectionString: string;
  /** IP address of the instance */
  IPAddress: string;
  /** IP type of the instance: Private (VPC private network) Inner (Reserved classic network IP address) */
  IPType: string;
  /** Port information */
  Port: string;
  /** VPC ID */
  VPCId: string;
  /** VSwitch ID */
  VSwitchId: string;
  /** Remaining time before expiration of the reserved classic network IP address. In seconds. */
  ExpiredTime: string;
  /** DBInstanceNetType */
  DBInstanceNetType: string;
}
/**
 * The list wrapper of InstanceNetInfo: Alibaba's JSON renders an XML list as an object whose one
 * member, InstanceNetInfo, holds the items.
 *
 * Used by: DescribeDBInstanceNetInfo.
 */
export interface InstanceNetInfoList {
  /** Composed of InstanceNetInfo parameters. */
  InstanceNetInfo: InstanceNetInfo[];
}
/**
 * List of each monitoring parameter that can be viewed.
 *
 * Used by: DescribeMonitorItems.
 */
export interface MonitorItem {
  /** MonitorKey */
  MonitorKey: string;
  /** Unit */
  Unit: string;
}
/**
 * The list wrapper of MonitorItem: Alibaba's JSON renders an XML list as an object whose one member,
 * MonitorItem, holds the items.
 *
 * Used by: DescribeMonitorItems.
 */
export interface MonitorItemList {
  /** List of each monitoring parameter that can be viewed. */
  MonitorItem: MonitorItem[];
}
/**
 * The tags.
 *
 * Used by: DescribeInstanceAttribute.
 */
export interface Tag {
  /** The tag key. */
  Key: string;
  /** The tag value. */
  Value: string;
}
/**
 * The list wrapper of Tag: Alibaba's JSON renders an XML list as an object whose one member, Tag,
 * holds the items.
 *
 * Used by: DescribeInstanceAttribute.
 */
export interface TagList {
  /** The tags. */
  Tag: Tag[];
}
/** Input of CreateAccount (`RKvstoreClient.createAccount`). */
export interface CreateAccountRequest {
  /**
   * The name of the account. The name must start with a lowercase letter and can contain lowercase
   * letters, digits, and underscores (_). The name can be 1 to 16 characters in length.
   */
  AccountName: string;
  /**
   * The password of the account. The password can be 8 to 32 characters in length and must contain at
   * least three types of the following characters: uppercase letters, lowercase letters, digits, and
   * special characters. Special characters include ! at signs (@), number signs (#), dollar signs (\$),
   * percent signs (%), carets (^), ampersands (&), asterisks (*), parentheses (()), underscores (_),
   * plus signs (+), hyphens (-), and equal signs (=).
   */
  AccountPassword: string;
  /** The ID of the instance for which you want to create the account. */
  InstanceId: string;
  /**
   * The permission of the account Valid values: RoleReadOnly RoleReadWrite (default value) RoleRepl
   * Note: In addition to reading data from and writing data to the ApsaraDB for Redis instance, an
   * account with the RoleRepl permission can run the SYNC and PSYNC commands. The RoleRepl permission
   * can be granted to an account only in an ApsaraDB for Redis instance of the standard edition in Redis
   * 4.0.
   */
  AccountPrivilege?: string;
  /**
   * The description of the account The description must start with a letter, and cannot start with
   * http:// or https://. The description can contain letters, underscores (_), hyphens (-), and digits.
   * It can be 2 to 256 characters in length.
   */
  AccountDescription?: string;
  /** The type of the account. Set this parameter to Normal. */
  AccountType?: string;
}
/** Output of CreateAccount (`RKvstoreClient.createAccount`). */
export interface CreateAccountResponse {
  /** The name of the account. */
  AccountName: string;
  /** The ID of the instance. */
  InstanceId: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of CreateInstance (`RKvstoreClient.createInstance`). */
export interface CreateInstanceRequest {
  /**
   * Instance name. The name is a string of 2 to 128 characters and must start with a letter (uppercase
   * or lowercase) or a Chinese character. Special characters, such as the at sign (@), slash (/), colon
   * (:), equal sign (=), quotation mark (“), angle brackets (<>), braces ({}), and square brackets ([])
   * and space, are not supported.
   */
  InstanceName?: string;
  /**
   * Instance password. The password is a string of 8 to 30 characters and must contain uppercase
   * letters, lowercase letters, and numbers. Notice: These special characters are not supported now:
   * exclamation mark (!), angle brackets (<>), parentheses (()), square brackets ([]), braces ({}),
   * comma (,), backquote (`), tilde (~), period (.), hyphen (-), underscore (_), at sign (@), number
   * sign (#), dollar sign (\$), percent sign (%), caret (^), ampersand (&), and asterisk (*).
   */
  Password?: string;
  /** Type of the applied ApsaraDB for Redis instance. For more information, see Instance type table. */
  InstanceClass: string;
  /**
   * Region of the applied ApsaraDB for Redis instance. You can use the DescribeRegions function to view
   * available data centers.
   */
  RegionId: string;
  /** Lower-level zone of the RegionId. You can use the DescribeRegions function to view available zones. */
  ZoneId?: string;
  /** Billing method. Supported values : PrePaid and PostPaid. Default value: PostPaid. */
  ChargeType?: "PrePaid" | "PostPaid";
  /**
   * Payment cycle. Required if ChargeType is set to PrePaid. Unit: month. Supported values: 1-9, 12, 24,
   * and 36.
   *
   * Format: int64.
   */
  Period?: number;
  /**
   * This parameter is used to guarantee the idempotence of the request. This parameter value is
   * generated by the client and must be unique. It cannot exceed 64 ASCII characters. For more
   * information, see the section “ How to guarantee idempotence”.
   */
  Token?: string;
  /** Network type: · Classic · VPC The default value is CLASSIC. */
  NetworkType?: string;
  /** VPC ID */
  VpcId?: string;
  /** VSwitch ID */
  VSwitchId?: string;
  /** Private IP address */
  PrivateIp?: string;
  /**
   * If an instance created based on a backup set generated by another instance is valid, this parameter
   * indicates the ID of the instance that generates the backup set.
   */
  SrcDBInstanceId?: string;
  /**
   * If an instance created based on a backup set generated by another instance is valid, this parameter
   * indicates the ID of the generated backup set. Query the value of BackupId by calling
   * DescribeBackups.
   */
  BackupId?: string;
  /** Instance type. Supported values: Redis and Memcache. Default value: Redis. */
  InstanceType?: "Redis" | "Memcache";
  /** Engine version. Supported values: 2.8 and 4.0. Default value: 2.8. */
  EngineVersion?: "2.8" | "4.0";
}
/** Output of CreateInstance (`RKvstoreClient.createInstance`). */
export interface CreateInstanceResponse {
  /** Instance ID (globally unique). */
  InstanceId: string;
  /** Instance name */
  InstanceName: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DeleteAccount (`RKvstoreClient.deleteAccount`). */
export interface DeleteAccountRequest {
  /**
   * The name of the account. The name must start with a lowercase letter and can contain lowercase
   * letters, digits, and underscores (_). The name can be 1 to 16 characters in length.
   */
  AccountName: string;
  /** The ID of the instance to which the account belongs. */
  InstanceId: string;
}
/** Output of DeleteAccount (`RKvstoreClient.deleteAccount`). */
export interface DeleteAccountResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DeleteInstance (`RKvstoreClient.deleteInstance`). */
export interface DeleteInstanceRequest {
  /** Instance id (globally unique) */
  InstanceId: string;
}
/** Output of DeleteInstance (`RKvstoreClient.deleteInstance`). */
export interface DeleteInstanceResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeAccounts (`RKvstoreClient.describeAccounts`). */
export interface DescribeAccountsRequest {
  /** The ID of the instance to which the account belongs. */
  InstanceId: string;
  /**
   * The name of the account. The name must start with a lowercase letter and can contain lowercase
   * letters, digits, and underscores (_). The name can be 1 to 16 characters in length.
   */
  AccountName?: string;
}
/** Output of DescribeAccounts (`RKvstoreClient.describeAccounts`). */
export interface DescribeAccountsResponse {
  /** The accounts that were queried. */
  Accounts: AccountList;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeBackupPolicy (`RKvstoreClient.describeBackupPolicy`). */
export interface DescribeBackupPolicyRequest {
  /** Instance ID */
  InstanceId: string;
}
/** Output of DescribeBackupPolicy (`RKvstoreClient.describeBackupPolicy`). */
export interface DescribeBackupPolicyResponse {
  /** Backup retention period */
  BackupRetentionPeriod: string;
  /** Backup time, in the format of HH:mmZ- HH:mm Z */
  PreferredBackupTime: string;
  /** Backup cycle: • Monday • Tuesday • Wednesday • Thursday • Friday • Saturday • Sunday */
  PreferredBackupPeriod: string;
  /** Next backup time */
  PreferredNextBackupTime: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeBackups (`RKvstoreClient.describeBackups`). */
export interface DescribeBackupsRequest {
  /** Instance ID */
  InstanceId: string;
  /** Backup set ID */
  BackupId?: string;
  /**
   * Number of records per page. Supported values: 30, 50, and 100.
   *
   * The reference's table spells it `PagSize`; its examples and the service use `PageSize`.
   */
  PageSize: "30" | "50" | "100";
  /** Page number. It must be greater than 0 and cannot exceed the maximum value of the given Integer. */
  PageNumber: string;
  /** Query start time */
  StrarTime: string;
  /** Query end time */
  EndTime: string;
}
/** Output of DescribeBackups (`RKvstoreClient.describeBackups`). */
export interface DescribeBackupsResponse {
  /** An array composed of Backups */
  Backups: BackupList;
  /** Page number */
  PageNumber: number;
  /** Total number of backups */
  TotalCount: number;
  /** Number of records per page */
  PageSize: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeDBInstanceNetInfo (`RKvstoreClient.describeDBInstanceNetInfo`). */
export interface DescribeDBInstanceNetInfoRequest {
  /** Instance ID (globally unique) */
  InstanceId: string;
}
/** Output of DescribeDBInstanceNetInfo (`RKvstoreClient.describeDBInstanceNetInfo`). */
export interface DescribeDBInstanceNetInfoResponse {
  /** Composed of InstanceNetInfo parameters. */
  NetInfoItems: InstanceNetInfoList;
  /** The network type of the instance. Private (VPC private network) Classic: Classic Network */
  InstanceNetworkType: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeHistoryMonitorValues (`RKvstoreClient.describeHistoryMonitorValues`). */
export interface DescribeHistoryMonitorValuesRequest {
  /** Instance ID */
  InstanceId: string;
  /**
   * Start time of the historical monitoring data. The time format follows the ISO8601 notation,, and the
   * UTC time is used in the format of YYYY-MM-DDThh:mm:ssZ.
   */
  StartTime: string;
  /**
   * End time of the historical monitoring data. The time format follows the ISO8601 notation, and the
   * UTC time is used in the format of YYYY-MM-DDThh:mm:ssZ. The value of EndTime must be greater than or
   * equal to that of StartTime.
   */
  EndTime: string;
  /**
   * The interval between historical monitoring data. Unit: m (minutes). Value: 01m, 05m, 15m, or 60m.
   *
   * The reference's table spells it `IntervalForHistor`; its examples and the service use `IntervalForHistory`.
   */
  IntervalForHistory: "01m" | "05m" | "15m" | "60m";
  /** Metric key. The value of this parameter is queried using the DescribeMonitorItems function. */
  MonitorKeys?: string;
}
/** Output of DescribeHistoryMonitorValues (`RKvstoreClient.describeHistoryMonitorValues`). */
export interface DescribeHistoryMonitorValuesResponse {
  /**
   * Monitoring information returned in JSON format. For more information about returned metrics, see
   * View a metric list. Notice: To improve the data transmission efficiency, only metrics whose values
   * are not 0 are returned. Metrics not displayed are all set to the default value 0.
   */
  MonitorHistory: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstanceAttribute (`RKvstoreClient.describeInstanceAttribute`). */
export interface DescribeInstanceAttributeRequest {
  /** The ID of the instance of which you want to query detailed information. */
  InstanceId: string;
}
/** Output of DescribeInstanceAttribute (`RKvstoreClient.describeInstanceAttribute`). */
export interface DescribeInstanceAttributeResponse {
  /** The information of the instance. */
  Instances: DBInstanceAttributeList;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstanceConfig (`RKvstoreClient.describeInstanceConfig`). */
export interface DescribeInstanceConfigRequest {
  /** Instance ID */
  InstanceId: string;
}
/** Output of DescribeInstanceConfig (`RKvstoreClient.describeInstanceConfig`). */
export interface DescribeInstanceConfigResponse {
  /** Configuration parameters for the instance. See Instance configurations table. */
  Config: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstances (`RKvstoreClient.describeInstances`). */
export interface DescribeInstancesRequest {
  /**
   * Instance ID (globally unique). This parameter is required when an instance ID is specified. To query
   * multiple instance IDs, separate the IDs by comma (.). If the parameter value is left blank, all
   * instances under the account are queried by default.
   */
  InstanceIds?: string;
  /** Filter instances to be returned by the instance status: • Normal • Creating • Changing • Inactive */
  InstanceStatus?: string;
  /** Filter instances to be returned by the payment options: • PrePaid • PostPaid */
  ChargeType?: string;
  /** Call DescribeRegions to query the RegionId. */
  RegionId: string;
  /** Filter instances by the engine type: • Memcache • Redis */
  InstanceType?: string;
  /** Page number of the instance status list. Initial value: 1. Default value: 1. */
  PageNumber?: number;
  /** Number of lines per page in paging query. Maximum value: 50. Default value: 10. */
  PageSize?: number;
  /** Filter instances by network type: • CLASSIC • VPC */
  NetworkType?: string;
}
/** Output of DescribeInstances (`RKvstoreClient.describeInstances`). */
export interface DescribeInstancesResponse {
  /** Array composed of Instances */
  Instances: InstanceList;
  /** Total number of instances */
  TotalCount: number;
  /** Page number of the instance list */
  PageNumber: number;
  /** Number of lines per page set during input */
  PageSize: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeMonitorItems (`RKvstoreClient.describeMonitorItems`). */
export interface DescribeMonitorItemsRequest {}
/** Output of DescribeMonitorItems (`RKvstoreClient.describeMonitorItems`). */
export interface DescribeMonitorItemsResponse {
  /** List of each monitoring parameter that can be viewed. */
  MonitorItems: MonitorItemList;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of FlushInstance (`RKvstoreClient.flushInstance`). */
export interface FlushInstanceRequest {
  /** Instance ID (globally unique) */
  InstanceId: string;
}
/** Output of FlushInstance (`RKvstoreClient.flushInstance`). */
export interface FlushInstanceResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of GrantAccountPrivilege (`RKvstoreClient.grantAccountPrivilege`). */
export interface GrantAccountPrivilegeRequest {
  /**
   * The name of the account. The name must start with a lowercase letter and can contain lowercase
   * letters, digits, and underscores (_). The name can be 1 to 16 characters in length.
   */
  AccountName: string;
  /**
   * The permission of the account.. Valid values: RoleReadOnly RoleReadWrite (default value) RoleRepl
   * Note: In addition to reading data from and writing data to the ApsaraDB for Redis instance, an
   * account with the RoleRepl permission can run the SYNC and PSYNC commands. The RoleRepl permission
   * can be granted to an account only in an ApsaraDB for Redis instance of the standard edition in Redis
   * 4.0.
   */
  AccountPrivilege: string;
  /** The ID of the instance to which the account belongs. */
  InstanceId: string;
}
/** Output of GrantAccountPrivilege (`RKvstoreClient.grantAccountPrivilege`). */
export interface GrantAccountPrivilegeResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyAccountDescription (`RKvstoreClient.modifyAccountDescription`). */
export interface ModifyAccountDescriptionRequest {
  /**
   * The description of the account The description must start with a letter, and cannot start with
   * http:// or https://. The description can contain letters, underscores (_), hyphens (-), and digits.
   * It can be 2 to 256 characters in length.
   */
  AccountDescription: string;
  /**
   * The name of the account. The name must start with a lowercase letter and can contain lowercase
   * letters, digits, and underscores (_). The name can be 1 to 16 characters in length.
   */
  AccountName: string;
  /** The ID of the instance to which the account belongs. */
  InstanceId: string;
}
/** Output of ModifyAccountDescription (`RKvstoreClient.modifyAccountDescription`). */
export interface ModifyAccountDescriptionResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyBackupPolicy (`RKvstoreClient.modifyBackupPolicy`). */
export interface ModifyBackupPolicyRequest {
  /** Instance ID */
  InstanceId: string;
  /** Backup time, in the format of HH:mmZ–HH:mm Z */
  PreferredBackupTime: string;
  /** Backup cycle: Monday Tuesday Wednesday Thursday Friday Saturday Sunday */
  PreferredBackupPeriod: string;
}
/** Output of ModifyBackupPolicy (`RKvstoreClient.modifyBackupPolicy`). */
export interface ModifyBackupPolicyResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyDBInstanceConnectionString (`RKvstoreClient.modifyDBInstanceConnectionString`). */
export interface ModifyDBInstanceConnectionStringRequest {
  /** The ID of the instance for which you want to modify an endpoint. */
  DBInstanceId: string;
  /** The current endpoint of the ApsaraDB for Redis instance. */
  CurrentConnectionString: string;
  /**
   * The prefix of the new endpoint. The new endpoint of the ApsaraDB for Redis instance is in the
   * .redis.rds.aliyuncs.com format. The prefix of the endpoint must start with a lowercase letter and
   * can contain lowercase letters and digits. The prefix can be 8 to 64 characters in length.
   */
  NewConnectionString: string;
  /**
   * The network type of the new endpoint. Value values: Private: internal network. Public: public
   * network.
   */
  IPType?: string;
  /**
   * The service port of the instance. If the IPType parameter is set to Public, you can specify a custom
   * port by using this parameter. Valid values: 1024 to 65535.
   */
  Port?: string;
}
/** Output of ModifyDBInstanceConnectionString (`RKvstoreClient.modifyDBInstanceConnectionString`). */
export interface ModifyDBInstanceConnectionStringResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyInstanceAttribute (`RKvstoreClient.modifyInstanceAttribute`). */
export interface ModifyInstanceAttributeRequest {
  /** Instance id, globally unique. */
  InstanceId: string;
  /**
   * Modified instance name. The name is a string of 2 to 128 characters and must start with a letter
   * (uppercase or lowercase) or a Chinese character. Special characters, such as the at sign (@), slash
   * (/), colon (:), equal sign (=), quotation mark (“), angle brackets (<>), braces ({}), and square
   * brackets ([]) and space, are not supported.
   */
  InstanceName?: string;
  /**
   * Instance password. The password is a string of 8 to 30 characters and must contain uppercase
   * letters, lowercase letters, and numbers. Notice: The following special characters are not supported
   * now: The following special characters are not supported now: Exclamation mark (!), angle brackets
   * (<>), parentheses (()), square brackets ([]), braces {}, comma (,), backquote (`), tilde (~), period
   * (.), hyphen (-), underscore (_), at sign (@), number sign (#), dollar sign (\$), percent sign (%),
   * caret (^), ampersand (&), and asterisk (*).
   */
  NewPassword?: string;
}
/** Output of ModifyInstanceAttribute (`RKvstoreClient.modifyInstanceAttribute`). */
export interface ModifyInstanceAttributeResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyInstanceConfig (`RKvstoreClient.modifyInstanceConfig`). */
export interface ModifyInstanceConfigRequest {
  /** Instance ID */
  InstanceId: string;
  /**
   * Instance configuration parameter (JSON String). For more information, see Instance configurations
   * table.
   */
  Config: string;
}
/** Output of ModifyInstanceConfig (`RKvstoreClient.modifyInstanceConfig`). */
export interface ModifyInstanceConfigResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyInstanceMaintainTime (`RKvstoreClient.modifyInstanceMaintainTime`). */
export interface ModifyInstanceMaintainTimeRequest {
  /** The ID of the instance for which you want to modify the maintenance window. */
  InstanceId: string;
  /** The start time of the maintenance window. The time must be in the HH:mmZ format. */
  MaintainStartTime: string;
  /**
   * The end time of the maintenance window. The time must be in the HH:mmZ format. Note: The interval
   * between the start time and the end time must be one hour. For example, if the value of the
   * MaintainStartTime parameter is 01:00Z, the value of the MaintainEndTime parameter must be 02:00Z.
   */
  MaintainEndTime: string;
}
/** Output of ModifyInstanceMaintainTime (`RKvstoreClient.modifyInstanceMaintainTime`). */
export interface ModifyInstanceMaintainTimeResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyInstanceMajorVersion (`RKvstoreClient.modifyInstanceMajorVersion`). */
export interface ModifyInstanceMajorVersionRequest {
  /** The ID of the instance for which you want to upgrade the major version. */
  InstanceId: string;
  /** The target major version. Currently, 4.0 is supported. */
  MajorVersion: string;
  /**
   * The time when the major version is upgraded. Valid values: 0: upgrades the major version
   * immediately. 1: upgrades the major version in the maintenance window. Note: Default value: 0.
   */
  EffectTime?: string;
}
/** Output of ModifyInstanceMajorVersion (`RKvstoreClient.modifyInstanceMajorVersion`). */
export interface ModifyInstanceMajorVersionResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyInstanceNetExpireTime (`RKvstoreClient.modifyInstanceNetExpireTime`). */
export interface ModifyInstanceNetExpireTimeRequest {
  /** Instance ID (globally unique) */
  InstanceId: string;
  /** Domain name used to access the classic network */
  ConnectionString: string;
  /** Retention period. Supported values: 14, 30, 60, and 120. */
  ClassicExpiredDays: "14" | "30" | "60" | "120";
}
/** Output of ModifyInstanceNetExpireTime (`RKvstoreClient.modifyInstanceNetExpireTime`). */
export interface ModifyInstanceNetExpireTimeResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyInstanceSpec (`RKvstoreClient.modifyInstanceSpec`). */
export interface ModifyInstanceSpecRequest {
  /** The ID of the instance for which you want to change the type. */
  InstanceId: string;
  /** The ID of the region. */
  RegionId?: string;
  /**
   * The target instance type. For more information about the values of the InstanceClass parameter for
   * different instance types, see Instance types.
   */
  InstanceClass?: string;
  /** The ID of the event or the business information. */
  BusinessInfo?: string;
  /** The coupon number. Default value: youhuiquan_promotion_option_id_for_blank. */
  CouponNo?: string;
  /**
   * Specifies whether to forcibly change the type. Valid values: • false • true Note: Default value:
   * true.
   */
  ForceUpgrade?: false | true;
  /**
   * Specifies whether to enable auto renewal. Valid values: • true • false Default value: false. Note:
   * If you set this parameter to false, manually renew the instance before the instance expires.
   */
  AutoPay?: true | false;
  /**
   * Specifies when the type is changed. Valid values: • Immediately: changes the type immediately. •
   * MaintainTime: changes the type in the maintenance window. Default value: Immediately.
   */
  EffectiveTime?: "Immediately" | "MaintainTime";
}
/** Output of ModifyInstanceSpec (`RKvstoreClient.modifyInstanceSpec`). */
export interface ModifyInstanceSpecResponse {
  /** The ID of the order. */
  OrderId: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyInstanceSSL (`RKvstoreClient.modifyInstanceSSL`). */
export interface ModifyInstanceSSLRequest {
  /** The ID of the instance for which you want to configure SSL encryption. */
  InstanceId: string;
  /**
   * Specifies how to modify the SSL encryption status. Valid values: • Disable: disables SSL encryption.
   * • Enable: enables SSL encryption. • Update: updates the SSL certificate.
   */
  SSLEnabled: "Disable" | "Enable" | "Update";
}
/** Output of ModifyInstanceSSL (`RKvstoreClient.modifyInstanceSSL`). */
export interface ModifyInstanceSSLResponse {
  /** The ID of the instance for which SSL encryption was configured. */
  InstanceId: string;
  /** The ID of the task. */
  TaskId: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyInstanceVpcAuthMode (`RKvstoreClient.modifyInstanceVpcAuthMode`). */
export interface ModifyInstanceVpcAuthModeRequest {
  /** The ID of the instance for which you want to enable or disable password-free access. */
  InstanceId: string;
  /**
   * Specifies whether to enable password authentication for access within the VPC. Valid values: Open:
   * enables password authentication. Close: disables password authentication. Note: Default value: Open.
   */
  VpcAuthMode: string;
}
/** Output of ModifyInstanceVpcAuthMode (`RKvstoreClient.modifyInstanceVpcAuthMode`). */
export interface ModifyInstanceVpcAuthModeResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifySecurityIps (`RKvstoreClient.modifySecurityIps`). */
export interface ModifySecurityIpsRequest {
  /** Instance ID (globally unique) */
  InstanceId: string;
  /** IP address whitelist to be modified */
  SecurityIps: string;
  /** Whitelist group */
  SecurityIpGroupName: string;
}
/** Output of ModifySecurityIps (`RKvstoreClient.modifySecurityIps`). */
export interface ModifySecurityIpsResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ResetAccountPassword (`RKvstoreClient.resetAccountPassword`). */
export interface ResetAccountPasswordRequest {
  /**
   * The name of the account. The name must start with a lowercase letter and can contain lowercase
   * letters, digits, and underscores (_). The name can be 1 to 16 characters in length.
   */
  AccountName: string;
  /**
   * The new password. The password can be 8 to 32 characters in length and must contain at least three
   * types of the following characters: uppercase letters, lowercase letters, digits, and special
   * characters. Special characters include ! at signs (@), number signs (#), dollar signs (\$), percent
   * signs (%), carets (^), ampersands (&), asterisks (*), parentheses (()), underscores (_), plus signs
   * (+), hyphens (-), and equal signs (=).
   */
  AccountPassword: string;
  /** The ID of the instance to which the account belongs. */
  InstanceId: string;
}
/** Output of ResetAccountPassword (`RKvstoreClient.resetAccountPassword`). */
export interface ResetAccountPasswordResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of RestoreInstance (`RKvstoreClient.restoreInstance`). */
export interface RestoreInstanceRequest {
  /** Instance ID */
  InstanceId: string;
  /** Backup result set ID */
  BackupId: string;
}
/** Output of RestoreInstance (`RKvstoreClient.restoreInstance`). */
export interface RestoreInstanceResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of SwitchNetwork (`RKvstoreClient.switchNetwork`). */
export interface SwitchNetworkRequest {
  /** The ID of the instance for which you want to switch the network type. */
  InstanceId: string;
  /**
   * The retention period of the connection address of the classic network. Unit: days. Valid values: 14,
   * 30, 60, and 120. This parameter must be specified if RetainClassic is set to True. Note: For more
   * information about how to modify the retention period after the network type is switched to VPC, see
   * #unique_27.
   */
  ClassicExpiredDays?: "14" | "30" | "60" | "120";
  /**
   * Specifies whether to retain the connection address of the classic network. • True • False Note:
   * Default value: False.
   */
  RetainClassic?: string;
  /**
   * The network type to which you want to switch. Currently, you can only switch from classic network to
   * VPC. Set this parameter to VPC.
   */
  TargetNetworkType?: string;
  /**
   * The ID of the VSwitch in the VPC after you switch the network type of the instance to VPC. This
   * parameter must be specified if the VpcId parameter is set.
   */
  VSwitchId?: string;
  /**
   * The ID of the VPC where the instance is located after you switch the network type of the instance to
   * VPC.
   */
  VpcId?: string;
}
/** Output of SwitchNetwork (`RKvstoreClient.switchNetwork`). */
export interface SwitchNetworkResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of TransformToPrePaid (`RKvstoreClient.transformToPrePaid`). */
export interface TransformToPrePaidRequest {
  /** The ID of the instance for which you want to change the billing method. */
  InstanceId: string;
  /**
   * The subscription period of the instance. Unit: months. Valid values: 1, 2, 3, 4, 5, 6, 7, 8, 9, 12,
   * 24, 36.
   *
   * Format: int64.
   */
  Period: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 12 | 24 | 36;
  /**
   * Specifies whether to enable auto renewal. Valid values: • true • false Note: Default value: true. If
   * you set this parameter to false, please manually renew the instance before the instance expires.
   */
  AutoPay?: true | false;
}
/** Output of TransformToPrePaid (`RKvstoreClient.transformToPrePaid`). */
export interface TransformToPrePaidResponse {
  /**
   * The expiration time of the instance after the billing method was changed from Pay-As-You-Go to
   * subscription.
   */
  EndTime: string;
  /** The ID of the order. */
  OrderId: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/**
 * Every action of the ApsaraDB for Redis API 2015-01-01, by wire name, with its request and response
 * types.
 */
export interface RKvstoreActions {
  /**
   * You can call this API to create an account with the specified permission for an ApsaraDB for Redis
   * instance. - The engine version of the ApsaraDB for Redis instance must be Redis 4.0 or above. - The
   * ApsaraDB for Redis instance must be in the running status. - A maximum of 18 accounts can be created
   * for an ApsaraDB for Redis instance. For more information about how to perform the corresponding
   * operation in the console, see Manage database accounts.
   */
  CreateAccount: {
    request: CreateAccountRequest;
    response: CreateAccountResponse;
  };
  /**
   * This API is used to create an instance. For more information about the instance types, see Instance
   * type table.
   */
  CreateInstance: {
    request: CreateInstanceRequest;
    response: CreateInstanceResponse;
  };
  /**
   * You can call this API to delete an account of an ApsaraDB for Redis instance. - The engine version
   * of the ApsaraDB for Redis instance must be Redis 4.0 or above - - The ApsaraDB for Redis instance
   * must be in the running status.
   */
  DeleteAccount: {
    request: DeleteAccountRequest;
    response: DeleteAccountResponse;
  };
  /**
   * Requirements for interface instance call & release are as follows: - The current status of instance:
   * running. - Not artificially locked. A subscribed instance cannot be deleted. It is only released at
   * expiration.
   */
  DeleteInstance: {
    request: DeleteInstanceRequest;
    response: DeleteInstanceResponse;
  };
  /**
   * You can call this API to query all accounts or a specified account of an ApsaraDB for Redis
   * instance. The engine version of the ApsaraDB for Redis instance must be Redis 4.0 or above.
   */
  DescribeAccounts: {
    request: DescribeAccountsRequest;
    response: DescribeAccountsResponse;
  };
  /**
   * This API is used to query a backup policy you set. You can query the backup cycle, backup time, and
   * other details of an instance.
   */
  DescribeBackupPolicy: {
    request: DescribeBackupPolicyRequest;
    response: DescribeBackupPolicyResponse;
  };
  /**
   * This API is used to query the details of a backup file, including the backup start time, file size,
   * backup mode, download address, and other information.
   */
  DescribeBackups: {
    request: DescribeBackupsRequest;
    response: DescribeBackupsResponse;
  };
  /** Query the classic network connection address of the instance. */
  DescribeDBInstanceNetInfo: {
    request: DescribeDBInstanceNetInfoRequest;
    response: DescribeDBInstanceNetInfoResponse;
  };
  /** This API is used to view the historical monitoring data of an instance. */
  DescribeHistoryMonitorValues: {
    request: DescribeHistoryMonitorValuesRequest;
    response: DescribeHistoryMonitorValuesResponse;
  };
  /**
   * You can call `DescribeInstanceAttribute` to query detailed information of an ApsaraDB for Redis
   * instance.
   */
  DescribeInstanceAttribute: {
    request: DescribeInstanceAttributeRequest;
    response: DescribeInstanceAttributeResponse;
  };
  /** This API is used to view the configuration parameters of an instance. */
  DescribeInstanceConfig: {
    request: DescribeInstanceConfigRequest;
    response: DescribeInstanceConfigResponse;
  };
  /** This API is used to query one or multiple instances under an account. */
  DescribeInstances: {
    request: DescribeInstancesRequest;
    response: DescribeInstancesResponse;
  };
  /**
   * This API is used to query the list of available monitoring parameters. The results are returned in
   * the format of .
   */
  DescribeMonitorItems: {
    request: DescribeMonitorItemsRequest;
    response: DescribeMonitorItemsResponse;
  };
  /**
   * This API is used to irrecoverably clear data stored in a instance. Operations of this API are
   * asynchronous. After you call this API, the result is immediately returned, and data of the instance
   * is cleared in the back-end.
   */
  FlushInstance: {
    request: FlushInstanceRequest;
    response: FlushInstanceResponse;
  };
  /**
   * You can call this API to modify the permission of an account of an ApsaraDB for Redis instance. -
   * The engine version of the ApsaraDB for Redis instance must be Redis 4.0 or above - - The ApsaraDB
   * for Redis instance must be in the running status.
   */
  GrantAccountPrivilege: {
    request: GrantAccountPrivilegeRequest;
    response: GrantAccountPrivilegeResponse;
  };
  /**
   * You can call this API to modify the description of an account of an ApsaraDB for Redis instance. The
   * engine version of the ApsaraDB for Redis instance must be Redis 4.0 or above.
   */
  ModifyAccountDescription: {
    request: ModifyAccountDescriptionRequest;
    response: ModifyAccountDescriptionResponse;
  };
  /** This API is used to query a backup policy. */
  ModifyBackupPolicy: {
    request: ModifyBackupPolicyRequest;
    response: ModifyBackupPolicyResponse;
  };
  /**
   * You can call this operation to modify an endpoint of an ApsaraDB for Redis instance. For more
   * information about how to perform the corresponding operation in the console, see Modify connection
   * addresses.
   */
  ModifyDBInstanceConnectionString: {
    request: ModifyDBInstanceConnectionStringRequest;
    response: ModifyDBInstanceConnectionStringResponse;
  };
  /** This API is used to modify the attributes of an instance, including the name or password. */
  ModifyInstanceAttribute: {
    request: ModifyInstanceAttributeRequest;
    response: ModifyInstanceAttributeResponse;
  };
  /** This API is used to change the configuration parameters of an instance. */
  ModifyInstanceConfig: {
    request: ModifyInstanceConfigRequest;
    response: ModifyInstanceConfigResponse;
  };
  /**
   * You can call this operation to modify the maintenance window of an ApsaraDB for Redis instance.
   * Alibaba Cloud maintains the ApsaraDB for Redis instance in the specified maintenance window. For
   * more information about how to perform the corresponding operation in the console, see Set a
   * maintenance window.
   */
  ModifyInstanceMaintainTime: {
    request: ModifyInstanceMaintainTimeRequest;
    response: ModifyInstanceMaintainTimeResponse;
  };
  /**
   * You can call this operation to upgrade the major version of an ApsaraDB for Redis instance. For more
   * information about how to perform the corresponding operation in the console, see Upgrade the major
   * version.
   */
  ModifyInstanceMajorVersion: {
    request: ModifyInstanceMajorVersionRequest;
    response: ModifyInstanceMajorVersionResponse;
  };
  /**
   * If an instance has been switched from a classic network to a VPC and the classic network connection
   * address is retained, this API can be called to prolong the retention period of the classic network
   * connection address.
   */
  ModifyInstanceNetExpireTime: {
    request: ModifyInstanceNetExpireTimeRequest;
    response: ModifyInstanceNetExpireTimeResponse;
  };
  /**
   * You can call this operation to change the type of an ApsaraDB for Redis instance. - For more
   * information about instance types, see Instance types. - For more information about how to perform
   * the corresponding operation in the console, see Change the instance configuration.
   */
  ModifyInstanceSpec: {
    request: ModifyInstanceSpecRequest;
    response: ModifyInstanceSpecResponse;
  };
  /**
   * You can call this API to configure SSL encryption for an ApsaraDB for Redis instance. For more
   * information about how to perform the corresponding operation in the console, see Configure SSL
   * encryption.
   */
  ModifyInstanceSSL: {
    request: ModifyInstanceSSLRequest;
    response: ModifyInstanceSSLResponse;
  };
  /**
   * You can call this operation to enable or disable password-free access for an ApsaraDB for Redis
   * instance. When the password-free access feature is enabled, Elastic Compute Service (ECS) instances
   * in the same Virtual Private Cloud (VPC) can access the ApsaraDB for Redis instance without the
   * password. You can also use the username and password to access the ApsaraDB for Redis instance. For
   * more information about how to perform the corresponding operation in the console, see #unique_48.
   */
  ModifyInstanceVpcAuthMode: {
    request: ModifyInstanceVpcAuthModeRequest;
    response: ModifyInstanceVpcAuthModeResponse;
  };
  /** Set the instance's IP whiteable list, and you can select the allowed ECs IP Access instance. */
  ModifySecurityIps: {
    request: ModifySecurityIpsRequest;
    response: ModifySecurityIpsResponse;
  };
  /**
   * You can call this API to reset the password of an account of an ApsaraDB for Redis instance. The
   * engine version of the ApsaraDB for Redis instance must be Redis 4.0 or above.
   */
  ResetAccountPassword: {
    request: ResetAccountPasswordRequest;
    response: ResetAccountPasswordResponse;
  };
  /**
   * This API is used to recover data to the master instance based on a backup set. Notice: This
   * operation may have a high risk because the backup data will cover the instance data.
   */
  RestoreInstance: {
    request: RestoreInstanceRequest;
    response: RestoreInstanceResponse;
  };
  /**
   * You can call `SwitchNetwork` to switch the network type of an ApsaraDB for Redis instance. from
   * classic network to VPC. For more information about how to perform the corresponding operation in the
   * console, see #unique_26.
   */
  SwitchNetwork: {
    request: SwitchNetworkRequest;
    response: SwitchNetworkResponse;
  };
  /**
   * You can call this operation to change the billing method of an ApsaraDB for Redis instance from
   * Pay-As-You-Go to subscription. For more information about how to perform the corresponding operation
   * in the console, see #unique_13. Currently, you cannot change the billing method of an instance from
   * subscription to Pay-As-You-Go.
   */
  TransformToPrePaid: {
    request: TransformToPrePaidRequest;
    response: TransformToPrePaidResponse;
  };
}
/** The wire name of any ApsaraDB for Redis action. */
export type RKvstoreAction = keyof RKvstoreActions;
