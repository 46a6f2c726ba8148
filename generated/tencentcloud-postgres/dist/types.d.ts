/**
 * Account information
 *
 * Used by: DescribeAccounts.
 */
export interface AccountInfo {
  /**
   * Instance ID in the format of postgres- lnp6j617
   *
   * The reference's table spells it `DBInstanceid`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /** Account */
  UserName: string;
  /** Account remarks */
  Remark: string;
  /** Account status. 1: creating, 2: normal, 3: modifying, 4: resetting password, -1: deleting */
  Status: number;
  /**
   * Account creation time
   *
   * Format: timestamp.
   */
  CreateTime: string;
  /**
   * Account last modified time
   *
   * Format: timestamp.
   */
  UpdateTime: string;
}
/**
 * Detailed analysis of a slow query statement with abstract parameter values, which is returned by the
 * `DescribeSlowQueryAnalysis` API
 *
 * Used by: DescribeSlowQueryAnalysis.
 */
export interface AnalysisItems {
  /** The name of the database queried by the slow query statement */
  DatabaseName: string;
  /** The name of the user who executes the slow query statement */
  UserName: string;
  /** The slow query statement whose parameter values are abstracted */
  NormalQuery: string;
  /** The address of the client that executes the slow query statement */
  ClientAddr: string;
  /** The number of executions of the slow query statement during the specified period of time */
  CallNum: number;
  /**
   * The ratio (in decimal form) of the number of executions of the slow query statement to that of all
   * slow query statements during the specified period of time
   */
  CallPercent: number;
  /** The total execution time of the slow query statement during the specified period of time */
  CostTime: number;
  /**
   * The ratio (in decimal form) of the total execution time of the slow query statement to that of all
   * slow query statements during the specified period of time
   */
  CostPercent: number;
  /** The shortest execution time (in ms) of the slow query statement during the specified period of time */
  MinCostTime: number;
  /** The longest execution time (in ms) of the slow query statement during the specified period of time */
  MaxCostTime: number;
  /** The average execution time (in ms) of the slow query statement during the specified period of time */
  AvgCostTime: number;
  /**
   * The timestamp when the slow query statement starts to execute for the first time during the
   * specified period of time
   */
  FirstTime: string;
  /**
   * The timestamp when the slow query statement starts to execute for the last time during the specified
   * period of time
   */
  LastTime: string;
}
/**
 * Restriction information for downloading a backup
 *
 * Used by: DescribeBackupDownloadURL.
 */
export interface BackupDownloadRestriction {
  /**
   * Type of the network restrictions for downloading backup files. Valid values: NONE (backups can be
   * downloaded over both private and public networks), INTRANET (backups can only be downloaded over the
   * private network), CUSTOMIZE (backups can be downloaded over specified VPCs or at specified IPs).
   */
  RestrictionType?: string;
  /** Whether VPC is allowed. Valid values: ALLOW (allow), DENY (deny). */
  VpcRestrictionEffect?: string;
  /** Whether it is allowed to download the VPC ID list of the backup files. */
  VpcIdSet?: string[];
  /** Whether IP is allowed. Valid values: ALLOW (allow), DENY (deny). */
  IpRestrictionEffect?: string;
  /** Whether it is allowed to download IP list of the backup files. */
  IpSet?: string[];
}
/**
 * Backup plan
 *
 * Used by: DescribeBackupPlans.
 */
export interface BackupPlan {
  /** Backup cycle */
  BackupPeriod: string;
  /** Retention period of basic backups */
  BaseBackupRetentionPeriod: number;
  /** The earliest time to start a backup */
  MinBackupStartTime: string;
  /** The latest time to start a backup */
  MaxBackupStartTime: string;
}
/**
 * Instance backup statistics
 *
 * Used by: DescribeBackupSummaries.
 */
export interface BackupSummary {
  /** Instance ID */
  DBInstanceId: string;
  /** Number of log backups of an instance */
  LogBackupCount: number;
  /** Size of log backups of an instance */
  LogBackupSize: number;
  /** Number of manually created full backups of an instance */
  ManualBaseBackupCount: number;
  /** Size of manually created full backups of an instance */
  ManualBaseBackupSize: number;
  /** Number of automatically created full backups of an instance */
  AutoBaseBackupCount: number;
  /** Size of automatically created full backups of an instance */
  AutoBaseBackupSize: number;
  /** Total number of backups */
  TotalBackupCount: number;
  /** Total backup size */
  TotalBackupSize: number;
}
/**
 * Full backup information of a database
 *
 * Used by: DescribeBaseBackups.
 */
export interface BaseBackup {
  /** Instance ID */
  DBInstanceId: string;
  /** Unique ID of a backup file */
  Id: string;
  /** Backup file name. */
  Name: string;
  /** Backup method, including physical and logical. */
  BackupMethod: string;
  /** Backup mode, including automatic and manual. */
  BackupMode: string;
  /** Backup task status */
  State: string;
  /** Backup set size in bytes */
  Size: number;
  /** Backup start time */
  StartTime: string;
  /** Backup end time */
  FinishTime: string;
  /** Backup expiration time */
  ExpireTime: string;
}
/**
 * Database instance specification
 *
 * Used by: DescribeClasses.
 */
export interface ClassInfo {
  /** Specification ID */
  SpecCode: string;
  /** Number of CPU cores */
  CPU: number;
  /** Memory size in MB */
  Memory: number;
  /** Maximum storage capacity in GB supported by this specification */
  MaxStorage: number;
  /** Minimum storage capacity in GB supported by this specification */
  MinStorage: number;
  /** Estimated QPS for this specification */
  QPS: number;
}
/**
 * Database backup information
 *
 * Used by: DescribeDBBackups.
 */
export interface DBBackup {
  /** Unique backup file ID */
  Id: number;
  /** File generation start time */
  StartTime: string;
  /** File generation end time */
  EndTime: string;
  /** File size in KB */
  Size: number;
  /** Policy (0: instance backup, 1: multi-database backup) */
  Strategy: number;
  /** Type (0: scheduled) */
  Way: number;
  /** Backup mode (1: full) */
  Type: number;
  /** Status (1: creating, 2: success, 3: failure) */
  Status: number;
  /** DB list */
  DbList: string[];
  /** Download address on private network */
  InternalAddr: string;
  /** Download address on public network */
  ExternalAddr: string;
  /** Backup set ID Note: this field may return null, indicating that no valid values can be obtained. */
  SetId?: string | null;
}
/**
 * Instance details
 *
 * Used by: DescribeDBInstanceAttribute, DescribeDBInstances, DescribeReadOnlyGroups.
 */
export interface DBInstance {
  /** Instance region such as ap-guangzhou, which corresponds to the Region field in RegionSet. */
  Region: string;
  /** Instance AZ such as ap-guangzhou-3, which corresponds to the Zone field of ZoneSet. */
  Zone: string;
  /**
   * VPC ID in the format of vpc-xxxxxxx, which can be obtained in the console or from the unVpcId field
   * in the return value of the DescribeVpcEx API.
   */
  VpcId: string;
  /**
   * VPC subnet ID in the format of subnet-xxxxxxxx, which can be obtained in the console or from the
   * unSubnetId field in the return value of the DescribeSubnets API.
   */
  SubnetId: string;
  /** Instance ID */
  DBInstanceId: string;
  /** Instance name */
  DBInstanceName: string;
  /**
   * Instance status. Valid values: applying, init (to be initializing), initializing (initializing),
   * running, limited run, isolating, isolated, recycling, recycled, running, offline, migrating,
   * expanding, waitSwitch (waiting for switch), switching, readonly, restarting, network changing,
   * upgrading (upgrading kernel version), audit-switching (changing audit status), primary-switching
   * (primary-standby switching).
   */
  DBInstanceStatus: string;
  /** Assigned instance memory size in GB */
  DBInstanceMemory: number;
  /** Assigned instance storage capacity in GB */
  DBInstanceStorage: number;
  /** Number of assigned CPUs */
  DBInstanceCpu: number;
  /** Purchasable specification ID */
  DBInstanceClass: string;
  /**
   * The major PostgreSQL version number, which can be queried by the DescribeDBVersions API. Valid
   * values: 10, 11, 12, 13, 14, 15. Note: This field may return null, indicating that no valid value can
   * be obtained.
   */
  DBMajorVersion?: string | null;
  /**
   * Number of the major PostgreSQL community version and minor such as 12.4, which can be queried by the
   * DescribeDBVersions
   */
  DBVersion: string;
  /**
   * PostgreSQL kernel version number (like v12.7_r1.8), which can be queried by the DescribeDBVersions
   * API. Note: This field may return null, indicating that no valid value can be obtained.
   */
  DBKernelVersion?: string | null;
  /**
   * Instance type. Valid values: - primary : Primary instance - readonly : Read-only instance - guard :
   * Disaster recovery instance - temp : Temp instance
   */
  DBInstanceType: "primary" | "readonly" | "guard" | "temp" | (string & {});
  /** Instance version. Valid value: standard (dual-server high-availability; one-primary-one-standby). */
  DBInstanceVersion: string;
  /** Instance character set. Valid values: - UTF8 - LATIN1 */
  DBCharset: string;
  /**
   * Instance creation time
   *
   * Format: timestamp.
   */
  CreateTime: string;
  /**
   * Last updated time of the instance attribute
   *
   * Format: timestamp.
   */
  UpdateTime: string;
  /**
   * Instance expiration time
   *
   * Format: timestamp.
   */
  ExpireTime: string;
  /**
   * Instance isolation time
   *
   * Format: timestamp.
   */
  IsolatedTime: string;
  /** Billing mode. Valid values: - PREPAID : Monthly subscription - postpaid : Pay-as-you-go */
  PayType: "PREPAID" | "postpaid" | (string & {});
  /**
   * Whether auto-renewal is enabled. Valid values: - 0 : Manual renewal. - 1 : Automatic renewal.
   * Default value: 0.
   */
  AutoRenew: number;
  /** Instance network connection information */
  DBInstanceNetInfo: DBInstanceNetInfo[];
  /** Machine type */
  Type: string;
  /** User AppId */
  AppId: number;
  /** Instance Uid */
  Uid: number;
  /** Project ID */
  ProjectId: number;
  /**
   * The information of tags associated with instances Note: This field may return null, indicating that
   * no valid value can be obtained.
   */
  TagList?: Tag[] | null;
  /**
   * Primary instance information, which is returned only when the instance is read-only. Note: This
   * field may return null, indicating that no valid value can be obtained.
   */
  MasterDBInstanceId?: string | null;
  /**
   * Number of read-only instances Note: This field may return null, indicating that no valid value can
   * be obtained.
   */
  ReadOnlyInstanceNum?: number | null;
  /**
   * The status of a read-only instance in a read-only group Note: This field may return null, indicating
   * that no valid value can be obtained.
   */
  StatusInReadOnlyGroup?: string | null;
  /** Offline time Note: This field may return null, indicating that no valid value can be obtained. */
  OfflineTime?: string | null;
  /**
   * Instance node information Note: This field may return null, indicating that no valid value can be
   * obtained.
   */
  DBNodeSet?: DBNode[] | null;
  /**
   * Whether the instance supports TDE. Valid values: - 0 : No. - 1 : Yes. Default value: 0. For more
   * information, see TDE. Note: This field may return null, indicating that no valid value can be
   * obtained.
   */
  IsSupportTDE?: number | null;
  /**
   * Database engines. Valid values: - postgresql : TencentDB for PostgreSQL - mssql_compatible : MSSQL
   * compatible-TencentDB for PostgreSQL Default value: postgresql. Note: This field may return null,
   * indicating that no valid value can be obtained.
   */
  DBEngine?: "postgresql" | "mssql_compatible" | "value" | "Note" | (string & {}) | null;
  /**
   * Configuration information of database engine in the following format: {"\$key1": "\$value1",
   * "\$key2": "\$value2"} Valid values: mssql_compatible engine: - migrationMode** : Database mode.
   * Valid values: `single` (single-database mode), `multi-db` (multi-database mode). value: `single-db`.
   * - defaultLocale** : Default locale, which can't be modified initialization. Default value: `en_US`.
   * Valid values: `"af_ZA", "sq_AL", "ar_DZ", "ar_BH", "ar_EG", "ar_IQ", "ar_JO", "ar_KW", "ar_LB",
   * "ar_LY", "ar_MA", "ar_OM", "ar_QA", "ar_SA", "ar_SY", "ar_TN", "ar_AE", "ar_YE", "hy_AM",
   * "az_Cyrl_AZ", "az_Latn_AZ", "eu_ES", "be_BY", "bg_BG", "ca_ES", "zh_HK", "zh_MO", "zh_CN", "zh_SG",
   * "zh_TW", "hr_HR", "cs_CZ", "da_NL_BE", "nl_NL", "en_AU", "en_BZ", "en_CA", "en_IE", "en_JM",
   * "en_NZ", "en_PH", "en_ZA", "en_TT", "en_GB", "en_US", "en_Z", "et_EE", "fo_FO", "fa_IR", "fi_FI",
   * "fr_BE", "fr_CA", "fr_FR", "fr_L", "fr_MC", "fr_CH", "mk_MK", "ka_GE", "de_AT", "de_DE", "de_L",
   * "de_LU", "de_CH", "el_GR", "gu_IN", "he_IL", "hi_IN", "hu_HU", "id_ID", "it_IT", "it_CH", "ja_JP",
   * "kn_IN", "kok_IN", "ko_KR", "k", "lv_LV", "lt_LT", "ms_BN", "ms_MY", "mr_IN", "mn_MN", "nb_N",
   * "nn_NO", "pl_PL", "pt_BR", "pt_PT", "pa_IN", "ro_RO", "ru_RU", "sa_IN", "sr_Cyrl_RS", "sr_Latn_RS",
   * "sk_SK", "sl_SI", "es_AR", "es_BO", "es_CL", "es_CO", "es_CR", "es_DO", "es_EC", "es_ξ", "es_GT",
   * "es_HN", "es_MX", "es_NI", "es_PA", "es_PY", "es_PE", "es_PR", "es_ES", "es_TRADITIONAL", "es_UY",
   * "es_VE", "sw", "sv_FI", "sv_SE", "tt_RU", "te_IN", "th_TH", "tr_TR", "uk_UA", "t", "ur_PK",
   * "uz_Cyrl_UZ", "uz_Latn_UZ", "vi_VN".` - serverCollationName** : Default collation name, which
   * modified after the initialization. Default value: `"sql_latin1_general_cp1_ci_as"`. Valid values:
   * `"bbf_unicode_cp1_ci_as", "bbf_unicode_CP1250_ci_as", "bbf_unicode_CP1251_ci_as",
   * "bbf_unicode_cp1253_ci_as", "bbf_unicode_cp1254_ci_as", "bbf_unicode_cp1255_ci_as",
   * "bbf_unicode_cp1256_ci_as", "bbf_unicode_cp1257_ci_as", "bbf_unicode_cp1258_ci_as",
   * "bbf_unicode_cp874_ci_as", "sql_latin1_general_cp1250_ci_as", "sql_latin1_general_cp1251_ci_as",
   * "sql_latin1_general_cp1_c", "sql_latin1_general_cp1253_ci_as", "sql_latin1_general_cp1254_ci_as",
   * "sql_latin1_general_cp1255_ci_as", "sql_latin1_general_cp125", "sql_latin1_general_cp1257_ci_as",
   * "sql_latin1_general_cp1258_ci_as", "chinese_prc_ci_as", "cyrillic_general_ci_as",
   * "finnish_swedish_ci_as", "french_ci_as", "japanese_ci_as", "korean_wansung_ci_as",
   * "latin1_general_ci", "modern_spanish_ci_as", "polish_ci_as", "thai_ci_as",
   * "traditional_spanish_ci_as", "turkish_ci_as", "ukrainian_ci_as", "vietnamese_ci_as".` Note:
   * u200dThis field may return null, indicating that no valid va be obtained.
   */
  DBEngineConfig?: "engine" | "values" | "value" | "Note" | (string & {}) | null;
  /**
   * Network access list of the instance (this field has been deprecat Note: this field may return null,
   * indicating that no valid value be obtained.
   */
  NetworkAccessList?: NetworkAccess[] | null;
  /** Whether the instance supports IPv6. Valid values: - 0 : No. - 1 : Yes. Default value: 0. */
  SupportIpv6: number;
}
/**
 * Instance network connection information
 *
 * Used by: DescribeDBInstanceAttribute, DescribeDBInstances, DescribeReadOnlyGroups.
 */
export interface DBInstanceNetInfo {
  /** DNS domain name */
  Address: string;
  /** Ip */
  Ip: string;
  /** Connection port address */
  Port: number;
  /** Network type. 1: inner (private network address), 2: public (public network address) */
  NetType: string;
  /**
   * Network connection status. Valid values: initing (never enabled before), opened (enabled), closed
   * (disabled), opening (enabling), closing (disabling)
   */
  Status: string;
  /** VPC ID Note: this field may return null, indicating that no valid values can be obtained. */
  VpcId?: string | null;
  /** Subnet ID Note: this field may return null, indicating that no valid values can be obtained. */
  SubnetId?: string | null;
  /**
   * Database connection protocol type. Valid values: postgresql, mssql (MSSQL-compatible) Note: This
   * field may return null, indicating that no valid values can be obtained.
   */
  ProtocolType?: string | null;
}
/**
 * Instance node information including node type and AZ.
 *
 * Used by: CloneDBInstance, CreateInstances, DescribeDBInstanceAttribute, DescribeDBInstances,
 * DescribeReadOnlyGroups, ModifyDBInstanceDeployment.
 */
export interface DBNode {
  /** Node type. Valid values: Primary; Standby. */
  Role: string;
  /** AZ where the node resides, such as ap-guangzhou-1. */
  Zone: string;
}
/**
 * Details returned by the `DescribeSlowQueryAnalysis` API
 *
 * Used by: DescribeSlowQueryAnalysis.
 */
export interface Detail {
  /** The total execution time (in ms) of all slow query statements during the specified period of time */
  TotalTime: number;
  /** The total number of all slow query statements during the specified period of time */
  TotalCallNum: number;
  /**
   * The statistical analysis list of slow queries Note: this field may return null, indicating that no
   * valid values can be obtained.
   */
  AnalysisItems?: AnalysisItems[] | null;
}
/**
 * Analyze the execution time of slow query statements by classifying them to different time ranges
 *
 * Used by: DescribeSlowQueryList.
 */
export interface DurationAnalysis {
  /** Time range */
  TimeSegment: string;
  /** The number of slow query statements whose execution time falls within the time range */
  Count: number;
}
/**
 * KMS key information
 *
 * Used by: DescribeEncryptionKeys.
 */
export interface EncryptionKey {
  /**
   * Encrypted KeyId of KMS instance Note: This field may return null, indicating that no valid value can
   * be obtained.
   */
  KeyId?: string | null;
  /**
   * Encryption key alias of KMS instance Note: This field may return null, indicating that no valid
   * value can be obtained.
   */
  KeyAlias?: string | null;
  /**
   * Instance DEK ciphertext Note: This field may return null, indicating that no valid value can be
   * obtained.
   */
  DEKCipherTextBlob?: string | null;
  /**
   * Whether the key is enabled. Valid values: 1 (yes), 0 (no) Note: This field may return null,
   * indicating that no valid value can be obtained.
   */
  IsEnabled?: number | null;
  /**
   * Region where KMS key resides Note: This field may return null, indicating that no valid value can be
   * obtained.
   */
  KeyRegion?: string | null;
  /**
   * DEK key creation time Note: This field may return null, indicating that no valid value can be
   * obtained.
   */
  CreateTime?: string | null;
}
/**
 * Error log details
 *
 * Used by: DescribeDBErrlogs.
 */
export interface ErrLogDetail {
  /** Username */
  UserName: string;
  /** Database name */
  Database: string;
  /** Error occurrence time */
  ErrTime: string;
  /** Error message */
  ErrMsg: string;
}
/**
 * Parameter modification event information
 *
 * Used by: DescribeParamsEvent.
 */
export interface EventInfo {
  /** Parameter name Note: this field may return null, indicating that no valid values can be obtained. */
  ParamName?: string | null;
  /**
   * Original parameter value Note: this field may return null, indicating that no valid values can be
   * obtained.
   */
  OldValue?: string | null;
  /**
   * New parameter value in this modification event Note: this field may return null, indicating that no
   * valid values can be obtained.
   */
  NewValue?: string | null;
  /**
   * Start time of parameter modification Note: this field may return null, indicating that no valid
   * values can be obtained.
   */
  ModifyTime?: string | null;
  /**
   * Start time when the modified parameter takes effect Note: this field may return null, indicating
   * that no valid values can be obtained.
   */
  EffectiveTime?: string | null;
  /**
   * Modification status Note: this field may return null, indicating that no valid values can be
   * obtained.
   */
  State?: string | null;
  /**
   * Operator (generally, the value is the UIN of a sub-user) Note: this field may return null,
   * indicating that no valid values can be obtained.
   */
  Operator?: string | null;
  /** Event log Note: this field may return null, indicating that no valid values can be obtained. */
  EventLog?: string | null;
}
/**
 * Modification details of one parameter
 *
 * Used by: DescribeParamsEvent.
 */
export interface EventItem {
  /** Parameter name Note: this field may return null, indicating that no valid values can be obtained. */
  ParamName?: string | null;
  /**
   * The number of modification events Note: this field may return null, indicating that no valid values
   * can be obtained.
   */
  EventCount?: number | null;
  /**
   * Modification event details Note: this field may return null, indicating that no valid values can be
   * obtained.
   */
  EventDetail?: EventInfo[] | null;
}
/**
 * Key-value pair filter for conditional filtering queries, such as filter ID and name - If more than
 * one filter exists, the logical relationship between these filters is `AND` . - If multiple values
 * exist in one filter, the logical relationship between these values is `OR` .
 *
 * Used by: DescribeBackupSummaries, DescribeBaseBackups, DescribeDBInstances, DescribeLogBackups,
 * DescribeParameterTemplates, DescribeReadOnlyGroups, DescribeServerlessDBInstances.
 */
export interface Filter {
  /** Filter name. */
  Name?: string;
  /** One or more filter values. */
  Values?: string[];
}
/**
 * Log backup information of a database
 *
 * Used by: DescribeLogBackups.
 */
export interface LogBackup {
  /**
   * Instance ID
   *
   * The reference's table spells it `DBInstanceid`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /** Unique ID of a backup file */
  Id: string;
  /** Backup file name */
  Name: string;
  /** Backup method, including physical and logical. */
  BackupMethod: string;
  /** Backup mode, including automatic and manual. */
  BackupMode: string;
  /** Backup task status */
  State: string;
  /** Backup set size in bytes */
  Size: number;
  /** Backup start time */
  StartTime: string;
  /** Backup end time */
  FinishTime: string;
  /** Backup expiration time */
  ExpireTime: string;
}
/**
 * Network information. (This parameter structure has been deprecated. Please use `DBInstanceNetInfo`
 * to query network information.)
 *
 * Used by: DescribeDBInstanceAttribute, DescribeDBInstances, DescribeReadOnlyGroups.
 */
export interface NetworkAccess {
  /**
   * Network resource ID, instance ID, or RO group ID Note: this field may return null, indicating that
   * no valid values can be obtained.
   */
  ResourceId?: string | null;
  /**
   * Resource type. Valid values: 1 (instance), 2 (RO group) Note: this field may return null, indicating
   * that no valid values can be obtained.
   */
  ResourceType?: number | null;
  /** VPC ID Note: this field may return null, indicating that no valid values can be obtained. */
  VpcId?: string | null;
  /** IPv4 address Note: this field may return null, indicating that no valid values can be obtained. */
  Vip?: string | null;
  /** IPv6 address Note: this field may return null, indicating that no valid values can be obtained. */
  Vip6?: string | null;
  /** Access port Note: this field may return null, indicating that no valid values can be obtained. */
  Vport?: number | null;
  /** Subnet ID Note: this field may return null, indicating that no valid values can be obtained. */
  SubnetId?: string | null;
  /**
   * Network status. Valid values: 1 (applying), 2 (in use), 3 (deleting), 4 (deleted) Note: this field
   * may return null, indicating that no valid values can be obtained.
   */
  VpcStatus?: number | null;
}
/**
 * Information of one SlowQuery
 *
 * Used by: DescribeDBSlowlogs.
 */
export interface NormalQueryItem {
  /** Username */
  UserName: string;
  /** Number of calls */
  Calls: number;
  /** Granularity */
  CallsGrids: number[];
  /** Total time consumed */
  CostTime: number;
  /** Number of affected rows */
  Rows: number;
  /** Minimum time consumed */
  MinCostTime: number;
  /** Maximum time consumed */
  MaxCostTime: number;
  /** Time of the earliest slow SQL statement */
  FirstTime: string;
  /** Time of the latest slow SQL statement */
  LastTime: string;
  /** Shared memory blocks for reads */
  SharedReadBlks: number;
  /** Shared memory blocks for writes */
  SharedWriteBlks: number;
  /** Total IO read time */
  ReadCostTime: number;
  /** Total IO write time */
  WriteCostTime: number;
  /** Database name */
  DatabaseName: string;
  /** Slow SQL statement after desensitization */
  NormalQuery: string;
}
/**
 * Parameters to be modified in batches
 *
 * Used by: ModifyDBInstanceParameters, ModifyParameterTemplate.
 */
export interface ParamEntry {
  /** Parameter name */
  Name: string;
  /**
   * The new value to which the parameter will be modified. When this parameter is used as an input
   * parameter, its value must be a string, such as 0.1 (decimal), 1000 (integer), and replica (enum).
   */
  ExpectedValue: string;
}
/**
 * Basic information of a parameter template
 *
 * Used by: DescribeParameterTemplates.
 */
export interface ParameterTemplate {
  /** Parameter template ID */
  TemplateId: string;
  /** Parameter template name */
  TemplateName: string;
  /** Database version applicable to a parameter template */
  DBMajorVersion: string;
  /** Database engine applicable to a parameter template */
  DBEngine: string;
  /** Parameter template description */
  TemplateDescription: string;
}
/**
 * Parameter details
 *
 * Used by: DescribeDBInstanceParameters, DescribeDefaultParameters,
 * DescribeParameterTemplateAttributes.
 */
export interface ParamInfo {
  /** Parameter ID Note: this field may return null, indicating that no valid values can be obtained. */
  ID?: number | null;
  /** Parameter name Note: this field may return null, indicating that no valid values can be obtained. */
  Name?: string | null;
  /**
   * Value type of the parameter. Valid values: integer, real (floating-point), bool, enum, mutil_enum
   * (this type of parameter can be set to multiple enumerated values). For an integer or real parameter,
   * the Min field represents the minimum value and the Max field the maximum value. For a bool
   * parameter, the valid values include true and false; For an enum or mutil_enum parameter, the
   * EnumValue field represents the valid values. Note: this field may return null, indicating that no
   * valid values can be obtained.
   */
  ParamValueType?: string | null;
  /**
   * Unit of the parameter value. If the parameter has no unit, this field will return null. Note: This
   * field may return null, indicating that no valid values can be obtained.
   */
  Unit?: string | null;
  /**
   * Default value of the parameter, which is returned as a string Note: this field may return null,
   * indicating that no valid values can be obtained.
   */
  DefaultValue?: string | null;
  /**
   * Current value of the parameter, which is returned as a string Note: this field may return null,
   * indicating that no valid values can be obtained.
   */
  CurrentValue?: string | null;
  /**
   * The maximum value of the integer or real parameter Note: this field may return null, indicating that
   * no valid values can be obtained.
   */
  Max?: number | null;
  /**
   * Value range of the enum parameter Note: this field may return null, indicating that no valid values
   * can be obtained.
   */
  EnumValue?: string[] | null;
  /**
   * The minimum value of the integer or real parameter Note: this field may return null, indicating that
   * no valid values can be obtained.
   */
  Min?: number | null;
  /**
   * Parameter description in Chinese Note: this field may return null, indicating that no valid values
   * can be obtained.
   */
  ParamDescriptionCH?: string | null;
  /**
   * Parameter description in English Note: this field may return null, indicating that no valid values
   * can be obtained.
   */
  ParamDescriptionEN?: string | null;
  /**
   * Whether to restart the instance for the modified parameter to take effect. Valid values: true (yes),
   * false (no) Note: this field may return null, indicating that no valid values can be obtained.
   */
  NeedReboot?: boolean | null;
  /**
   * Parameter category in Chinese Note: this field may return null, indicating that no valid values can
   * be obtained.
   */
  ClassificationCN?: string | null;
  /**
   * Parameter category in English Note: this field may return null, indicating that no valid values can
   * be obtained.
   */
  ClassificationEN?: string | null;
  /**
   * Whether the parameter is related to specifications. Valid values: true (yes), false (no) Note: this
   * field may return null, indicating that no valid values can be obtained.
   */
  SpecRelated?: boolean | null;
  /**
   * Whether it is a key parameter. Valid values: true (yes, and modifying it may affect instance
   * performance), false (no) Note: this field may return null, indicating that no valid values can be
   * obtained.
   */
  Advanced?: boolean | null;
  /**
   * The last modified time of the parameter Note: this field may return null, indicating that no valid
   * values can be obtained.
   */
  LastModifyTime?: string | null;
  /**
   * Primary-standby constraint. Valid values: 0 (no constraint), 1 (The parameter value of the standby
   * server must be greater than that of the primary server), 2 (The parameter value of the primary
   * server must be greater than that of the standby server.) Note: This field may return null,
   * indicating that no valid values can be obtained.
   */
  StandbyRelated?: number | null;
  /**
   * Associated parameter version information, which refers to the detailed parameter information of the
   * kernel version. Note: This field may return null, indicating that no valid values can be obtained.
   */
  VersionRelationSet?: ParamVersionRelation[] | null;
  /**
   * Associated parameter specification information, which refers to the detailed parameter information
   * of the specifications. Note: This field may return null, indicating that no valid values can be
   * obtained.
   */
  SpecRelationSet?: ParamSpecRelation[] | null;
}
/**
 * Parameter information of each specification
 *
 * Used by: DescribeDBInstanceParameters, DescribeDefaultParameters,
 * DescribeParameterTemplateAttributes.
 */
export interface ParamSpecRelation {
  /** Parameter name Note: This field may return null, indicating that no valid values can be obtained. */
  Name?: string | null;
  /**
   * The specification that corresponds to the parameter information Note: This field may return null,
   * indicating that no valid values can be obtained.
   */
  Memory?: string | null;
  /**
   * The default parameter value under this specification Note: This field may return null, indicating
   * that no valid values can be obtained.
   */
  Value?: string | null;
  /**
   * Unit of the parameter value. If the parameter has no unit, this field will return null. Note: This
   * field may return null, indicating that no valid values can be obtained.
   */
  Unit?: string | null;
  /**
   * The maximum value of the integer or real parameter Note: This field may return null, indicating that
   * no valid values can be obtained.
   */
  Max?: number | null;
  /**
   * The minimum value of the integer or real parameter Note: This field may return null, indicating that
   * no valid values can be obtained.
   */
  Min?: number | null;
  /**
   * Value range of the enum parameter Note: This field may return null, indicating that no valid values
   * can be obtained.
   */
  EnumValue?: string[] | null;
}
/**
 * Parameter information of each version
 *
 * Used by: DescribeDBInstanceParameters, DescribeDefaultParameters,
 * DescribeParameterTemplateAttributes.
 */
export interface ParamVersionRelation {
  /** Parameter name Note: This field may return null, indicating that no valid values can be obtained. */
  Name?: string | null;
  /**
   * The kernel version that corresponds to the parameter information Note: This field may return null,
   * indicating that no valid values can be obtained.
   */
  DBKernelVersion?: string | null;
  /**
   * Default parameter value under the kernel version and specification of the instance Note: This field
   * may return null, indicating that no valid values can be obtained.
   */
  Value?: string | null;
  /**
   * Unit of the parameter value. If the parameter has no unit, this field will return null. Note: This
   * field may return null, indicating that no valid values can be obtained.
   */
  Unit?: string | null;
  /**
   * The maximum value of the integer or real parameter Note: This field may return null, indicating that
   * no valid values can be obtained.
   */
  Max?: number | null;
  /**
   * The minimum value of the integer or real parameter Note: This field may return null, indicating that
   * no valid values can be obtained.
   */
  Min?: number | null;
  /**
   * Value range of the enum parameter Note: This field may return null, indicating that no valid values
   * can be obtained.
   */
  EnumValue?: string[] | null;
}
/**
 * Order details
 *
 * Used by: DescribeOrders.
 */
export interface PgDeal {
  /** Order name */
  DealName: string;
  /** User */
  OwnerUin: string;
  /** Number of instances involved in order */
  Count: number;
  /** Billing mode. 0: pay-as-you-go */
  PayMode: number;
  /** Async task flow ID */
  FlowId: number;
  /**
   * Instance ID array
   *
   * The reference's table spells it `DBInstanceIdsSet`; its examples and the service use `DBInstanceIdSet`.
   */
  DBInstanceIdSet: string[];
}
/**
 * Rule information for security group
 *
 * Used by: DescribeDBInstanceSecurityGroups.
 */
export interface PolicyRule {
  /** Policy, Valid values: ACCEPT, DROP. */
  Action: string;
  /** Source or destination IP or IP range, such as 172.16.0.0/12. */
  CidrIp: string;
  /** Port */
  PortRange: string;
  /** Network protocol. UDP and TCP are supported. */
  IpProtocol: string;
  /** The rule description */
  Description: string;
}
/**
 * The list of slow query details returned by the `DescribeSlowQueryList` API
 *
 * Used by: DescribeSlowQueryList.
 */
export interface RawSlowQuery {
  /** Slow query statement */
  RawQuery: string;
  /** The database queried by the slow query statement */
  DatabaseName: string;
  /** The execution time of the slow query statement */
  Duration: number;
  /** The client that executes the slow query statement */
  ClientAddr: string;
  /** The name of the user who executes the slow query statement */
  UserName: string;
  /** The time when the slow query statement starts to execute */
  SessionStartTime: string;
}
/**
 * RO group information
 *
 * Used by: DescribeReadOnlyGroups.
 */
export interface ReadOnlyGroup {
  /**
   * RO group identifier Note: this field may return null, indicating that no valid values can be
   * obtained.
   */
  ReadOnlyGroupId?: string | null;
  /** RO group name Note: this field may return null, indicating that no valid values can be obtained. */
  ReadOnlyGroupName?: string | null;
  /** Project ID Note: this field may return null, indicating that no valid values can be obtained. */
  ProjectId?: number | null;
  /**
   * Primary instance ID Note: this field may return null, indicating that no valid values can be
   * obtained.
   */
  MasterDBInstanceId?: string | null;
  /**
   * The minimum number of read-only replicas that must be retained in an RO group Note: this field may
   * return null, indicating that no valid values can be obtained.
   */
  MinDelayEliminateReserve?: number | null;
  /** Delayed log size threshold */
  MaxReplayLatency: number;
  /**
   * Whether to remove a read-only replica from an RO group if the sync log size difference between the
   * read-only replica and the primary instance exceeds the threshold. Valid values: 0 (no), 1 (yes).
   */
  ReplayLatencyEliminate: number;
  /** Delay threshold */
  MaxReplayLag: number;
  /**
   * Whether to remove a read-only replica from an RO group if the delay between the read-only replica
   * and the primary instance exceeds the threshold. Valid values: 0 (no), 1 (yes).
   */
  ReplayLagEliminate: number;
  /** VPC ID */
  VpcId: string;
  /** Subnet ID Note: this field may return null, indicating that no valid values can be obtained. */
  SubnetId?: string | null;
  /** Region ID */
  Region: string;
  /** Availability zone ID */
  Zone: string;
  /** Status */
  Status: string;
  /** Instance details */
  ReadOnlyDBInstanceList: DBInstance[];
  /** Whether to enable automatic load balancing */
  Rebalance: number;
  /** Network information */
  DBInstanceNetInfo: DBInstanceNetInfo[];
  /**
   * Network access list of the RO group (this field has been deprecated) Note: this field may return
   * null, indicating that no valid values can be obtained.
   *
   * @deprecated The reference marks this field as deprecated.
   */
  NetworkAccessList?: NetworkAccess[] | null;
}
/**
 * Region information such as number and status
 *
 * Used by: DescribeRegions.
 */
export interface RegionInfo {
  /** Region abbreviation */
  Region: string;
  /** Region name */
  RegionName: string;
  /** Region number */
  RegionId: number;
  /** Availability status. UNAVAILABLE: unavailable, AVAILABLE: available */
  RegionState: string;
  /**
   * Whether the resource can be purchased in this region. Valid values: 0 (no), 1 (yes). Note: this
   * field may return `null`, indicating that no valid values can be obtained.
   */
  SupportInternational: number;
}
/**
 * Security group information
 *
 * Used by: DescribeDBInstanceSecurityGroups.
 */
export interface SecurityGroup {
  /** Project ID */
  ProjectId: number;
  /** Creation time */
  CreateTime: string;
  /** Inbound rule */
  Inbound: PolicyRule[];
  /** Outbound rule */
  Outbound: PolicyRule[];
  /** Security group ID */
  SecurityGroupId: string;
  /** Security group name */
  SecurityGroupName: string;
  /** Security group remarks */
  SecurityGroupDescription: string;
}
/**
 * PostgreSQL for Serverless instance account description
 *
 * Used by: DescribeServerlessDBInstances.
 */
export interface ServerlessDBAccount {
  /** Username Note: this field may return null, indicating that no valid values can be obtained. */
  DBUser?: string | null;
  /** Password Note: this field may return null, indicating that no valid values can be obtained. */
  DBPassword?: string | null;
  /**
   * The maximum number of connections Note: this field may return null, indicating that no valid values
   * can be obtained.
   */
  DBConnLimit?: number | null;
}
/**
 * PostgreSQL for Serverless instance description
 *
 * Used by: DescribeServerlessDBInstances.
 */
export interface ServerlessDBInstance {
  /**
   * Instance ID, which is the unique identifier Note: this field may return null, indicating that no
   * valid values can be obtained.
   *
   * The reference's table spells it `DBInstanceCld`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId?: string | null;
  /** Instance name Note: this field may return null, indicating that no valid values can be obtained. */
  DBInstanceName?: string | null;
  /** Instance status Note: this field may return null, indicating that no valid values can be obtained. */
  DBInstanceStatus?: string | null;
  /** Region Note: this field may return null, indicating that no valid values can be obtained. */
  Region?: string | null;
  /** Availability zone Note: this field may return null, indicating that no valid values can be obtained. */
  Zone?: string | null;
  /** Project ID Note: this field may return null, indicating that no valid values can be obtained. */
  ProjectId?: number | null;
  /**
   * VPC ID Note: this field may return null, indicating that no valid values can be obtained.
   *
   * The reference's table spells it `VpCId`; its examples and the service use `VpcId`.
   */
  VpcId?: string | null;
  /** Subnet ID Note: this field may return null, indicating that no valid values can be obtained. */
  SubnetId?: string | null;
  /** Character set Note: this field may return null, indicating that no valid values can be obtained. */
  DBCharset?: string | null;
  /** Database version Note: this field may return null, indicating that no valid values can be obtained. */
  DBVersion?: string | null;
  /** Creation time Note: this field may return null, indicating that no valid values can be obtained. */
  CreateTime?: string | null;
  /**
   * Instance network information Note: this field may return null, indicating that no valid values can
   * be obtained.
   */
  DBInstanceNetInfo?: ServerlessDBInstanceNetInfo[] | null;
  /**
   * Instance account information Note: this field may return null, indicating that no valid values can
   * be obtained.
   */
  DBAccountSet?: ServerlessDBAccount[] | null;
  /**
   * Information of the databases in an instance Note: this field may return null, indicating that no
   * valid values can be obtained.
   */
  DBDatabaseList?: string[] | null;
  /**
   * The array of tags bound to an instance Note: this field may return null, indicating that no valid
   * values can be obtained.
   */
  TagList?: Tag[] | null;
  /**
   * Database kernel version Note: this field may return null, indicating that no valid values can be
   * obtained.
   */
  DBKernelVersion?: string | null;
  /**
   * Database major version number Note: this field may return null, indicating that no valid values can
   * be obtained.
   */
  DBMajorVersion?: string | null;
}
/**
 * PostgreSQL for Serverless instance network description
 *
 * Used by: DescribeServerlessDBInstances.
 */
export interface ServerlessDBInstanceNetInfo {
  /** Address Note: this field may return null, indicating that no valid values can be obtained. */
  Address?: string | null;
  /** IP address Note: this field may return null, indicating that no valid values can be obtained. */
  Ip?: string | null;
  /** Port number Note: this field may return null, indicating that no valid values can be obtained. */
  Port?: number | null;
  /** Status Note: this field may return null, indicating that no valid values can be obtained. */
  Status?: string | null;
  /** Network type Note: this field may return null, indicating that no valid values can be obtained. */
  NetType?: string | null;
}
/**
 * Slow query details
 *
 * Used by: DescribeDBSlowlogs.
 */
export interface SlowlogDetail {
  /** Total time consumed */
  TotalTime: number;
  /** Total number of calls */
  TotalCalls: number;
  /** List of slow SQL statements after desensitization */
  NormalQueries: NormalQueryItem[];
}
/**
 * Purchasable specification details in an AZ in a region.
 *
 * Used by: DescribeProductConfig.
 */
export interface SpecInfo {
  /** Region abbreviation, which corresponds to the Region field of RegionSet */
  Region: string;
  /** AZ abbreviate, which corresponds to the Zone field of ZoneSet */
  Zone: string;
  /** Specification details list */
  SpecItemInfoList: SpecItemInfo[];
  /**
   * Regions where KMS is supported Note: This field may return null, indicating that no valid value was
   * found.
   */
  SupportKMSRegions?: string[] | null;
}
/**
 * Specification description
 *
 * Used by: DescribeProductConfig.
 */
export interface SpecItemInfo {
  /** Specification ID */
  SpecCode: string;
  /** PostgreSQL version number */
  Version: string;
  /** Full version name corresponding to kernel number */
  VersionName: string;
  /** Number of CPU cores */
  Cpu: number;
  /** Memory size in MB */
  Memory: number;
  /** Maximum storage capacity in GB supported by this specification */
  MaxStorage: number;
  /** Minimum storage capacity in GB supported by this specification */
  MinStorage: number;
  /** Estimated QPS for this specification */
  Qps: number;
  /** (Disused) */
  Pid: number;
  /** Machine type */
  Type: string;
  /**
   * PostgreSQL major version number Note: this field may return null, indicating that no valid values
   * can be obtained.
   */
  MajorVersion?: string | null;
  /**
   * PostgreSQL kernel version number Note: this field may return null, indicating that no valid values
   * can be obtained.
   */
  KernelVersion?: string | null;
  /**
   * Whether TDE data encryption is supported. Valid values: 0 (no), 1 (yes) Note: This field may return
   * null, indicating that no valid value was found.
   */
  IsSupportTDE?: number | null;
}
/**
 * The information of tags associated with instances, including `TagKey` and `TagValue`
 *
 * Used by: CloneDBInstance, CreateDBInstances, CreateInstances, CreateReadOnlyDBInstance,
 * CreateServerlessDBInstance, DescribeDBInstanceAttribute, DescribeDBInstances,
 * DescribeReadOnlyGroups, DescribeServerlessDBInstances.
 */
export interface Tag {
  /** Tag key */
  TagKey: string;
  /** Tag value */
  TagValue: string;
}
/**
 * Database version information
 *
 * Used by: DescribeDBVersions.
 */
export interface Version {
  /**
   * Database engines. Valid values: 1. postgresql (TencentDB for PostgreSQL) 2. mssql_compatible (MSSQL
   * compatible-TencentDB for PostgreSQL)
   */
  DBEngine: string;
  /** Database version, such as 12.4. */
  DBVersion: string;
  /** Database major version, such as 12. */
  DBMajorVersion: string;
  /** Database kernel version, such as v12.4_r1.3. */
  DBKernelVersion: string;
  /** List of features supported by the database kernel, such as: TDE: Supports data encryption. */
  SupportedFeatureNames: string[];
  /** Database version status. Valid values: AVAILABLE. DEPRECATED. */
  Status: string;
  /** List of versions to which this database version (DBKernelVersion) can be upgraded. */
  AvailableUpgradeTarget: string[];
}
/**
 * Database Xlog information
 *
 * Used by: DescribeDBXlogs.
 */
export interface Xlog {
  /** Unique backup file ID */
  Id: number;
  /**
   * File generation start time
   *
   * Format: timestamp.
   */
  StartTime: string;
  /**
   * File generation end time
   *
   * Format: timestamp.
   */
  EndTime: string;
  /** Download address on private network */
  InternalAddr: string;
  /** Download address on public network */
  ExternalAddr: string;
  /** Backup file size */
  Size: number;
}
/**
 * AZ information such as number and status
 *
 * Used by: DescribeZones.
 */
export interface ZoneInfo {
  /** AZ abbreviation */
  Zone: string;
  /** AZ name */
  ZoneName: string;
  /** AZ number */
  ZoneId: number;
  /**
   * Availability status. Valid values: UNAVAILABLE. AVAILABLE. SELLOUT. SUPPORTMODIFYONLY (supports
   * configuration adjustment).
   */
  ZoneState: string;
  /** Whether the AZ supports IPv6 address access */
  ZoneSupportIpv6: number;
  /**
   * AZs that can be used as standby when this AZ is primary Note: this field may return null, indicating
   * that no valid values can be obtained.
   */
  StandbyZoneSet?: string[] | null;
}
/** Input of AddDBInstanceToReadOnlyGroup (`PostgresClient.addDBInstanceToReadOnlyGroup`). */
export interface AddDBInstanceToReadOnlyGroupRequest {
  /**
   * Instance ID
   *
   * The reference's table spells it `DBInstanceid`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /**
   * RO group ID
   *
   * The reference's table spells it `ReadOnlyGroupid`; its examples and the service use `ReadOnlyGroupId`.
   */
  ReadOnlyGroupId: string;
}
/** Output of AddDBInstanceToReadOnlyGroup (`PostgresClient.addDBInstanceToReadOnlyGroup`). */
export interface AddDBInstanceToReadOnlyGroupResponse {
  /** Task ID */
  FlowId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of CloneDBInstance (`PostgresClient.cloneDBInstance`). */
export interface CloneDBInstanceRequest {
  /**
   * ID of the original instance to be cloned.
   *
   * The reference's table spells it `DBInstanceid`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /**
   * Purchasable code, which can be obtained from the SpecCode field in the return value of the
   * DescribeClasses API.
   */
  SpecCode: string;
  /** Instance storage capacity in GB. */
  Storage: number;
  /**
   * Validity period in months. Valid values: - Monthly subscription: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
   * 12, 24, 36. - Pay-as-you-go: 1.
   */
  Period: number;
  /** Auto-renewal flag. Valid values: - 0 : Manual renewal. - 1 : Automatic renewal. Default value: 0. */
  AutoRenewFlag: number;
  /**
   * VPC ID in the format of vpc-xxxxxxx, which can be obtained in the console or from the unVpcId field
   * in the return value of the DescribeVpcEx API.
   */
  VpcId: string;
  /**
   * VPC subnet ID in the format of subnet-xxxxxxxx, which can be obtained in the console or from the
   * unSubnetId field in the return value of the DescribeSubnets API.
   */
  SubnetId: string;
  /**
   * Name of the newly purchased instance, which can contain up to 60 letters, digits, or symbols (-_).
   * If this parameter is not specified, "Unnamed" will be displayed by default.
   */
  Name?: string;
  /**
   * Instance billing mode. Valid values: - PREPAID : Monthly subscription. - POSTPAID_BY_HOUR :
   * Pay-as-you-go. Default value: PREPAID.
   */
  InstanceChargeType?: "PREPAID" | "POSTPAID_BY_HOUR" | "value";
  /**
   * Security group of the instance, which can be obtained from the sgId field in the return value of the
   * DescribeSecurityGroups API. If this parameter is not specified, the default security group will be
   * bound.
   */
  SecurityGroupIds?: string[];
  /** Project ID. */
  ProjectId?: number;
  /**
   * The information of tags to be bound with the instance, which is left empty by default. This
   * parameter can be obtained from the Tags field in the return value of the DescribeTags API.
   */
  TagList?: Tag[];
  /**
   * Deployment information of the instance node, which will display the information of each AZ when the
   * instance node is deployed across multiple AZs. The information of AZ can be obtained from the Zone
   * field in the return value of the DescribeZones API.
   */
  DBNodeSet?: DBNode[];
  /** Whether to use vouchers automatically. Valid values: - 0 : No. - 1 : Yes. Default value: 0. */
  AutoVoucher?: number;
  /** Voucher ID list. */
  VoucherIds?: string;
  /** Campaign ID. */
  ActivityId?: number;
  /** Basic backup set ID. */
  BackupSetId?: string;
  /** Restoration point in time. */
  RecoveryTargetTime?: string;
  /**
   * Primary-standby sync mode. Valid values: - Semi-sync - Async Default value for the primary instance:
   * Semi-sync. Default value for the standby instance: Async.
   */
  SyncMode?: string;
}
/** Output of CloneDBInstance (`PostgresClient.cloneDBInstance`). */
export interface CloneDBInstanceResponse {
  /** Order ID. Note: this field may return null, indicating that no valid values can be obtained. */
  DealName?: string | null;
  /** Bill ID. Note: this field may return null, indicating that no valid values can be obtained. */
  BillId?: string | null;
  /**
   * ID of the cloned instance, which will be returned only when the instance is pay-as-you-go. Note:
   * This field may return null, indicating that no valid values can be obtained.
   */
  DBInstanceId?: string | null;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of CloseDBExtranetAccess (`PostgresClient.closeDBExtranetAccess`). */
export interface CloseDBExtranetAccessRequest {
  /** Instance ID in the format of postgres-6r233v55 */
  DBInstanceId: string;
  /** Whether to disable public network access over IPv6 address. Valid values: 1 (yes), 0 (no) */
  IsIpv6?: number;
}
/** Output of CloseDBExtranetAccess (`PostgresClient.closeDBExtranetAccess`). */
export interface CloseDBExtranetAccessResponse {
  /** Async task flow ID */
  FlowId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of CloseServerlessDBExtranetAccess (`PostgresClient.closeServerlessDBExtranetAccess`). */
export interface CloseServerlessDBExtranetAccessRequest {
  /** Unique ID of an instance */
  DBInstanceId?: string;
  /** Instance name */
  DBInstanceName?: string;
}
/** Output of CloseServerlessDBExtranetAccess (`PostgresClient.closeServerlessDBExtranetAccess`). */
export interface CloseServerlessDBExtranetAccessResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of CreateBaseBackup (`PostgresClient.createBaseBackup`). */
export interface CreateBaseBackupRequest {
  /** Instance ID */
  DBInstanceId: string;
}
/** Output of CreateBaseBackup (`PostgresClient.createBaseBackup`). */
export interface CreateBaseBackupResponse {
  /** Full backup set ID */
  BaseBackupId: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of CreateDBInstanceNetworkAccess (`PostgresClient.createDBInstanceNetworkAccess`). */
export interface CreateDBInstanceNetworkAccessRequest {
  /**
   * Instance ID in the format of postgres-6bwgamo3.
   *
   * The reference's table spells it `DBInstanceid`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /** Unified VPC ID. */
  VpcId: string;
  /** Subnet ID. */
  SubnetId: string;
  /**
   * Whether to manually assign the VIP. Valid values: true (manually assign), false (automatically
   * assign).
   */
  IsAssignVip: boolean;
  /** Target VIP. */
  Vip?: string;
}
/** Output of CreateDBInstanceNetworkAccess (`PostgresClient.createDBInstanceNetworkAccess`). */
export interface CreateDBInstanceNetworkAccessResponse {
  /** Task ID. Note: This field may return null, indicating that no valid values can be obtained. */
  FlowId?: number | null;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of CreateDBInstances (`PostgresClient.createDBInstances`). */
export interface CreateDBInstancesRequest {
  /**
   * Purchasable specification ID, which can be obtained through the SpecCode field in the returned value
   * of the DescribeClasses API.
   */
  SpecCode: string;
  /** Instance capacity size in GB. */
  Storage: number;
  /** Number of instances purchased at a time. Value range: 1-100. */
  InstanceCount: number;
  /**
   * Length of purchase in months. Currently, only 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, and 36 are
   * supported.
   */
  Period: number;
  /** AZ ID, which can be obtained through the Zone field in the returned value of the DescribeZones API. */
  Zone: string;
  /** Project ID. */
  ProjectId?: number;
  /**
   * PostgreSQL version. If it is specified, an instance running the latest kernel of PostgreSQL
   * DBVersion will be created. You must pass in at least one of the following parameters: DBVersion,
   * DBMajorVersion, DBKernelVersion.
   */
  DBVersion?: string;
  /** Instance billing type. */
  InstanceChargeType?: string;
  /** Whether to automatically use vouchers. 1: yes, 0: no. Default value: no. */
  AutoVoucher?: number;
  /** Voucher ID list (only one voucher can be specified currently). */
  VoucherIds?: string[];
  /** VPC ID. */
  VpcId?: string;
  /** VPC subnet ID. */
  SubnetId?: string;
  /** Renewal flag. 0: normal renewal (default), 1: auto-renewal. */
  AutoRenewFlag?: number;
  /** Activity ID */
  ActivityId?: number;
  /** Instance name (which will be supported in the future) */
  Name?: string;
  /** Whether to support IPv6 address access. Valid values: 1 (yes), 0 (no) */
  NeedSupportIpv6?: number;
  /** The information of tags to be associated with instances. This parameter is left empty by default. */
  TagList?: Tag[];
  /** Security group ID */
  SecurityGroupIds?: string[];
  /**
   * PostgreSQL major version. If it is specified, an instance running the latest kernel of PostgreSQL
   * DBMajorVersion will be created. You must pass in at least one of the following parameters:
   * DBMajorVersion, DBVersion, DBKernelVersion.
   */
  DBMajorVersion?: string;
  /**
   * PostgreSQL kernel version. If it is specified, an instance running the latest kernel of PostgreSQL
   * DBKernelVersion will be created. You must pass in one of the following parameters: DBKernelVersion,
   * DBVersion, DBMajorVersion.
   */
  DBKernelVersion?: string;
}
/** Output of CreateDBInstances (`PostgresClient.createDBInstances`). */
export interface CreateDBInstancesResponse {
  /** Order number list. Each instance corresponds to an order number. */
  DealNames: string[];
  /** Bill ID of frozen fees */
  BillId: string;
  /**
   * ID set of instances which have been created successfully. The parameter value will be returned only
   * when the billing mode is postpaid.
   *
   * The reference's table spells it `DBInstanceIds`; its examples and the service use `DBInstanceIdSet`.
   */
  DBInstanceIdSet: string[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of CreateInstances (`PostgresClient.createInstances`). */
export interface CreateInstancesRequest {
  /**
   * Primary AZ of the instance in the format of ap-guangzhou-3 support multiple AZs, add information of
   * the primary and standb the DBNodeSet.N field. The information of AZ can be obtained from the Zone
   * field in value of the DescribeZones API.
   */
  Zone: string;
  /**
   * Purchasable code, which can be obtained from the SpecCode the return value of the DescribeClasses
   * API.
   */
  SpecCode: string;
  /** Instance storage capacity in GB */
  Storage: number;
  /**
   * The number of instances to be purchased at a time. Value range purchase more than 10 instances each
   * time, you can make mul
   */
  InstanceCount: number;
  /**
   * Validity period in months. - Monthly subscription: 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 24, 36. -
   * Pay-as-you-go: 1.
   */
  Period: number;
  /** Instance character set. Valid values: - UTF8 - LATIN1 */
  Charset: string;
  /**
   * Username of the instance root account, which has the following - It must contain 1–16 letters,
   * digits, or underscores - It can't be postgres. - It can't start with a digit or pg_. - All rules are
   * case-insensitive.
   */
  AdminName: string;
  /**
   * Password of the instance root account, which must contain 8–32 characters (above 12 characters
   * preferably). It cannot begin with and must contain the following 4 types of characters. - Lowercase
   * letters: [a–z] - Uppercase letters: [A–Z] - Digits: 0–9 - Symbols: ()`~!@#%\$^&*~+=_
   */
  AdminPassword: string;
  /**
   * The major PostgreSQL version number, which can be queried by DescribeDBVersions API. Valid values:
   * 10, 11, 12, 15. When only this parameter is specified, an instance running the latest version of the
   * latest minor version will be created based on this version. You must pass in at least one of the
   * following parameters: DBMajorVersion, DBVersion, DBKernelVersion. If you don't need a minor version,
   * just pass in DBMajorVersion`.
   */
  DBMajorVersion?: string;
  /**
   * Number of the major PostgreSQL community version and minor which can be queried by the
   * DescribeDBVersions API. If it is specified, an instance running the latest kernel version will be
   * based on the community minor version. You must pass in at least one of the following parameters:
   * DBMajorVersion, DBVersion, DBKernelVersion.
   */
  DBVersion?: string;
  /**
   * PostgreSQL kernel version number, which can be queried by the DescribeDBVersions API. PostgreSQL
   * kernel version number. If it is specified, an instance of the specified kernel version will be
   * created. Passing in this parameter in other scenarios is not supported. This parameter is only used
   * to specify the kernel version, which serves no other purposes.
   */
  DBKernelVersion?: string;
  /**
   * Instance billing mode. Valid values: - PREPAID : Monthly subscription - POSTPAID_BY_HOUR :
   * Pay-as-you-go Default value: PREPAID.
   */
  InstanceChargeType?: "PREPAID" | "POSTPAID_BY_HOUR" | "value";
  /**
   * VPC ID in the format of vpc-xxxxxxx. To obtain valid VPC ID, you can log in to the console or call
   * DescribeVpcEx and look for the unVpcId fields in the response.
   */
  VpcId?: string;
  /**
   * VPC subnet ID in the format of subnet-xxxxxxxx, u200cv can be obtained in the console or from the
   * unSubnetId field in the response value of the DescribeSubnets API.
   */
  SubnetId?: string;
  /**
   * Deployment information of the instance node, which will display information of each AZ when the
   * instance node is deployed across AZs. The information of AZ can be obtained from the zone field in
   * the response value of the DescribeZones API.
   */
  DBNodeSet?: DBNode[];
  /** Auto-renewal flag. Valid values: - 0 : Manual renewal. - 1 : Automatic renewal. Default value: 0. */
  AutoRenewFlag?: number;
  /** Whether to use vouchers automatically. Valid values: - 0 : No. - 1 : Yes. Default value: 0. */
  AutoVoucher?: number;
  /** Voucher ID list. Currently, you can specify only one voucher. */
  VoucherIds?: string[];
  /** Project ID */
  ProjectId?: number;
  /** Campaign ID */
  ActivityId?: number;
  /**
   * Instance name, which can contain up to 60 letters, digits, hyphen symbols (_ ). If this parameter is
   * not specified, "Unnamed" will be displayed by default.
   */
  Name?: string;
  /**
   * The information of tags to be bound with the instance, which is displayed by default. This parameter
   * can be obtained from the Tags field in the return value of the DescribeTags API.
   */
  TagList?: Tag[];
  /**
   * Security group of the instance, which can be obtained from the SecurityGroups field in the return
   * value of the DescribeSecurityGroups API. If this parameter is not specified, the default security
   * group will be bound to the instance.
   */
  SecurityGroupIds?: string[];
  /**
   * Whether to support TDE. Valid values: - 0 : No. - 1 : Yes. Default value: 0. For more information,
   * see [TDE]u200d(https://www.tencentcloud.com/document/product/449/2000)
   * (https://www.tencentcloud.com/document/product/449/2000).
   */
  NeedSupportTDE?: number;
  /**
   * KeyId of custom key, which is required if you select custom key. It is also the unique CMK
   * identifier. For more information on creating KeyId, see Enabling TDE.
   */
  KMSKeyId?: string;
  /**
   * The region where the KMS service is enabled. When KMSRegion is empty, the current region will be
   * selected by default. If the current region does not support KMS, you must select another region that
   * does support KMS. For more information on KMSRegion, see Enabling TDE.
   */
  KMSRegion?: string;
  /**
   * Database engines. Valid values: - postgresql : TencentDB for PostgreSQL - mssql_compatible : MSSQL
   * compatible-TencentDB for PostgreSQL Default value: postgresql.
   */
  DBEngine?: "postgresql" | "mssql_compatible" | "value";
  /**
   * Configuration information of database engine in the following format: {"\$key1": "\$value1",
   * "\$key2": "\$value2"}
   */
  DBEngineConfig?: string;
  /**
   * Primary-standby sync mode. Valid values: - Semi-sync - Async Default value for the primary instance:
   * Semi-sync. Default value for the standby instance: Async.
   */
  SyncMode?: string;
  /** Whether IPv6 is supported. - 0 : No. - 1 : Yes. Default value: 0. */
  NeedSupportIpv6?: number;
}
/** Output of CreateInstances (`PostgresClient.createInstances`). */
export interface CreateInstancesResponse {
  /** Order number list. Each instance corresponds to an order number. */
  DealNames: string[];
  /** Bill ID of frozen fees */
  BillId: string;
  /**
   * ID set of instances which have been created successfully. The parameter value will be returned only
   * when the pay-as-you-go billing mode is used.
   *
   * The reference's table spells it `DBInstanceSet`; its examples and the service use `DBInstanceIdSet`.
   */
  DBInstanceIdSet: string[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of CreateParameterTemplate (`PostgresClient.createParameterTemplate`). */
export interface CreateParameterTemplateRequest {
  /** Template name, which can contain 1-60 letters, digits, and symbols (-_./()+=:@). */
  TemplateName: string;
  /** The major database version number, such as 11, 12, 13. */
  DBMajorVersion: string;
  /** Database engine, such as postgresql, mssql_compatible. */
  DBEngine: string;
  /** Parameter template description, which can contain 1-60 letters, digits, and symbols (-_./()+=:@). */
  TemplateDescription?: string;
}
/** Output of CreateParameterTemplate (`PostgresClient.createParameterTemplate`). */
export interface CreateParameterTemplateResponse {
  /** Parameter template ID, which uniquely identifies a parameter template. */
  TemplateId: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of CreateReadOnlyDBInstance (`PostgresClient.createReadOnlyDBInstance`). */
export interface CreateReadOnlyDBInstanceRequest {
  /**
   * Primary AZ of an instance, such as "ap-guangzhou-3". The information of AZ can be obtained from the
   * Zone field in the return value of the DescribeZones API.
   */
  Zone: string;
  /** ID of the primary instance to which the read-only instance belongs */
  MasterDBInstanceId: string;
  /**
   * Purchasable code, which can be obtained from the SpecCode field in the return value of the
   * DescribeClasses API.
   */
  SpecCode: string;
  /** Instance storage capacity in GB */
  Storage: number;
  /**
   * The number of instances to be purchased at a time. Value range: 1-10. To purchase more than 10
   * instances each time, you can make multiple calls.
   */
  InstanceCount: number;
  /**
   * Validity period in months, valid values: - Monthly subscription: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
   * 12, 24, 36. - Pay-as-you-go: 1.
   */
  Period: number;
  /**
   * VPC ID in the format of vpc-xxxxxxx, which can be obtained in the console or from the unVpcId field
   * in the return value of the DescribeVpcEx API.
   */
  VpcId?: string;
  /**
   * VPC subnet ID in the format of subnet-xxxxxxx which can be obtained in the console or from the
   * unSubnetId field in the return value of the DescribeSubnets API.
   */
  SubnetId?: string;
  /**
   * Instance billing mode. Valid values: - PREPAID: Monthly subscription - POSTPAID_BY_HOUR:
   * Pay-as-you-go Default value: PREPAID. If the primary instance is pay-as-you-go, so is the read-only
   * instance.
   */
  InstanceChargeType?: "PREPAID" | "POSTPAID_BY_HOUR" | "value";
  /** Whether to use vouchers automatically. Valid values: - 0: No. - 1: Yes. Default value: 0. */
  AutoVoucher?: number;
  /** Voucher ID list. Currently, you can specify only one voucher. */
  VoucherIds?: string[];
  /** Auto-renewal flag. Valid values: - 0: Manual renewal. - 1: Automatic renewal. Default value: 0. */
  AutoRenewFlag?: number;
  /** Project ID */
  ProjectId?: number;
  /** Special offer ID */
  ActivityId?: number;
  /** RO group ID */
  ReadOnlyGroupId?: string;
  /**
   * The information of tags to be bound with the instance, which is left empty by default. This
   * parameter can be obtained from the Tags field in the return value of the DescribeTags API.
   */
  TagList?: Tag;
  /**
   * Security group of the instance, which can be obtained from the sgId field in the return value of the
   * DescribeSecurityGroups API. If this parameter is not specified, the default security group will be
   * bound.
   */
  SecurityGroupIds?: string[];
  /** Whether IPv6 is supported. - 0 : No. - 1 : Yes. Default value: 0. */
  NeedSupportIpv6?: number;
  /** Instance name (which will be supported in the future) */
  Name?: string;
  /**
   * (Disused) You don't need to specify a version, as the kernel version is as the same as that of the
   * instance.
   */
  DBVersion?: string;
}
/** Output of CreateReadOnlyDBInstance (`PostgresClient.createReadOnlyDBInstance`). */
export interface CreateReadOnlyDBInstanceResponse {
  /** Order number list. Each instance corresponds to an order number. */
  DealNames: string[];
  /** Bill ID of frozen fees */
  BillId: string;
  /**
   * ID set of instances which have been created successfully. The parameter value will be returned only
   * when the pay-as-you-go billing mode is used.
   *
   * The reference's table spells it `DBInstanceIdsSet`; its examples and the service use `DBInstanceIdSet`.
   */
  DBInstanceIdSet: string[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of CreateReadOnlyGroup (`PostgresClient.createReadOnlyGroup`). */
export interface CreateReadOnlyGroupRequest {
  /** Primary instance ID */
  MasterDBInstanceId: string;
  /** RO group name */
  Name: string;
  /** Project ID */
  ProjectId?: number;
  /** VPC ID */
  VpcId?: string;
  /** Subnet ID */
  SubnetId?: string;
  /**
   * Whether to remove a read-only replica from an RO group if the delay between the read-only replica
   * and the primary instance exceeds the threshold. Valid values: 0 (no), 1 (yes).
   */
  ReplayLagEliminate?: number;
  /**
   * Whether to remove a read-only replica from an RO group if the sync log size difference between the
   * read-only replica and the primary instance exceeds the threshold. Valid values: 0 (no), 1 (yes).
   */
  ReplayLatencyEliminate?: number;
  /** Delay threshold in ms */
  MaxReplayLag?: number;
  /** Delayed log size threshold in MB */
  MaxReplayLatency?: number;
  /** The minimum number of read-only replicas that must be retained in an RO group */
  MinDelayEliminateReserve?: number;
  /** Security group ID */
  SecurityGroupIds?: string[];
}
/** Output of CreateReadOnlyGroup (`PostgresClient.createReadOnlyGroup`). */
export interface CreateReadOnlyGroupResponse {
  /** RO group ID */
  ReadOnlyGroupId: string;
  /** Task ID Note: this field may return null, indicating that no valid values can be obtained. */
  FlowId?: number | null;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of CreateReadOnlyGroupNetworkAccess (`PostgresClient.createReadOnlyGroupNetworkAccess`). */
export interface CreateReadOnlyGroupNetworkAccessRequest {
  /** RO group ID in the format of pgro-4t9c6g7k. */
  ReadOnlyGroupId: string;
  /** Unified VPC ID. */
  VpcId: string;
  /** Subnet ID. */
  SubnetId: string;
  /**
   * Whether to manually assign the VIP. Valid values: true (manually assign), false (automatically
   * assign).
   */
  IsAssignVip: boolean;
  /** Target VIP. */
  Vip?: string;
}
/** Output of CreateReadOnlyGroupNetworkAccess (`PostgresClient.createReadOnlyGroupNetworkAccess`). */
export interface CreateReadOnlyGroupNetworkAccessResponse {
  /** Task ID. Note: This field may return null, indicating that no valid values can be obtained. */
  FlowId?: number | null;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of CreateServerlessDBInstance (`PostgresClient.createServerlessDBInstance`). */
export interface CreateServerlessDBInstanceRequest {
  /**
   * Availability zone ID. Only ap-shanghai-2, ap-beijing-1, and ap-guangzhou-2 are supported during the
   * beta test.
   */
  Zone: string;
  /** Instance name. The value must be unique for the same account. */
  DBInstanceName: string;
  /** Kernel version of a PostgreSQL instance. Currently, only 10.4 is supported. */
  DBVersion: string;
  /** Database character set of a PostgreSQL instance. Currently, only UTF-8 is supported. */
  DBCharset: string;
  /** Project ID. */
  ProjectId?: number;
  /** VPC ID. */
  VpcId?: string;
  /** VPC subnet ID. */
  SubnetId?: string;
  /** Array of tags to be bound with the instance */
  TagList?: Tag[];
}
/** Output of CreateServerlessDBInstance (`PostgresClient.createServerlessDBInstance`). */
export interface CreateServerlessDBInstanceResponse {
  /** Instance ID, such as "postgres-xxxx". The value must be globally unique. */
  DBInstanceId: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DeleteBaseBackup (`PostgresClient.deleteBaseBackup`). */
export interface DeleteBaseBackupRequest {
  /** Instance ID */
  DBInstanceId: string;
  /** Base backup ID */
  BaseBackupId: string;
}
/** Output of DeleteBaseBackup (`PostgresClient.deleteBaseBackup`). */
export interface DeleteBaseBackupResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DeleteDBInstanceNetworkAccess (`PostgresClient.deleteDBInstanceNetworkAccess`). */
export interface DeleteDBInstanceNetworkAccessRequest {
  /**
   * Instance ID in the format of postgres-6bwgamo3.
   *
   * The reference's table spells it `DBInstanceid`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /** Unified VPC ID. If you want to delete the classic network, set the parameter to 0. */
  VpcId: string;
  /** Subnet ID. If you want to delete the classic network, set the parameter to 0. */
  SubnetId: string;
  /** Target VIP. */
  Vip: string;
}
/** Output of DeleteDBInstanceNetworkAccess (`PostgresClient.deleteDBInstanceNetworkAccess`). */
export interface DeleteDBInstanceNetworkAccessResponse {
  /** Task ID. Note: This field may return null, indicating that no valid values can be obtained. */
  FlowId?: number | null;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DeleteLogBackup (`PostgresClient.deleteLogBackup`). */
export interface DeleteLogBackupRequest {
  /** Instance ID */
  DBInstanceId: string;
  /** Log backup ID */
  LogBackupId: string;
}
/** Output of DeleteLogBackup (`PostgresClient.deleteLogBackup`). */
export interface DeleteLogBackupResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DeleteParameterTemplate (`PostgresClient.deleteParameterTemplate`). */
export interface DeleteParameterTemplateRequest {
  /** Parameter template ID, which uniquely identifies the parameter template to be operated. */
  TemplateId: string;
}
/** Output of DeleteParameterTemplate (`PostgresClient.deleteParameterTemplate`). */
export interface DeleteParameterTemplateResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DeleteReadOnlyGroup (`PostgresClient.deleteReadOnlyGroup`). */
export interface DeleteReadOnlyGroupRequest {
  /** ID of the RO group to be deleted */
  ReadOnlyGroupId: string;
}
/** Output of DeleteReadOnlyGroup (`PostgresClient.deleteReadOnlyGroup`). */
export interface DeleteReadOnlyGroupResponse {
  /** Task ID Note: this field may return null, indicating that no valid values can be obtained. */
  FlowId?: number | null;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DeleteReadOnlyGroupNetworkAccess (`PostgresClient.deleteReadOnlyGroupNetworkAccess`). */
export interface DeleteReadOnlyGroupNetworkAccessRequest {
  /** RO group ID in the format of pgro-4t9c6g7k. */
  ReadOnlyGroupId: string;
  /** Unified VPC ID. If you want to delete the classic network, set the parameter to 0. */
  VpcId: string;
  /** Subnet ID. If you want to delete the classic network, set the parameter to 0. */
  SubnetId: string;
  /** Target VIP. */
  Vip: string;
}
/** Output of DeleteReadOnlyGroupNetworkAccess (`PostgresClient.deleteReadOnlyGroupNetworkAccess`). */
export interface DeleteReadOnlyGroupNetworkAccessResponse {
  /** Task ID. Note: This field may return null, indicating that no valid values can be obtained. */
  FlowId?: number | null;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DeleteServerlessDBInstance (`PostgresClient.deleteServerlessDBInstance`). */
export interface DeleteServerlessDBInstanceRequest {
  /**
   * Instance name. Either instance name or instance ID (or both) must be passed in. If both are passed
   * in, the instance ID will prevail.
   */
  DBInstanceName?: string;
  /**
   * Instance ID. Either instance name or instance ID (or both) must be passed in. If both are passed in,
   * the instance ID will prevail.
   *
   * The reference's table spells it `DBInstanceID`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId?: string;
}
/** Output of DeleteServerlessDBInstance (`PostgresClient.deleteServerlessDBInstance`). */
export interface DeleteServerlessDBInstanceResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeAccounts (`PostgresClient.describeAccounts`). */
export interface DescribeAccountsRequest {
  /** Instance ID in the format of postgres-6fego161 */
  DBInstanceId: string;
  /** Number of entries returned per page. Default value: 10. Value range: 1-100. */
  Limit?: number;
  /** Data offset, which starts from 0. */
  Offset?: number;
  /**
   * Whether to sort by creation time or username. Valid values: createTime (sort by creation time), name
   * (sort by username)
   */
  OrderBy?: string;
  /**
   * Whether returns are sorted in ascending or descending order. Valid values: desc (descending), asc
   * (ascending)
   */
  OrderByType?: string;
}
/** Output of DescribeAccounts (`PostgresClient.describeAccounts`). */
export interface DescribeAccountsResponse {
  /** Number of date entries returned for this API call. */
  TotalCount: number;
  /** Account list details. */
  Details: AccountInfo[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeAvailableRecoveryTime (`PostgresClient.describeAvailableRecoveryTime`). */
export interface DescribeAvailableRecoveryTimeRequest {
  /** Instance ID */
  DBInstanceId: string;
}
/** Output of DescribeAvailableRecoveryTime (`PostgresClient.describeAvailableRecoveryTime`). */
export interface DescribeAvailableRecoveryTimeResponse {
  /** The earliest restoration time (UTC+8). */
  RecoveryBeginTime: string;
  /** The latest restoration time (UTC+8). */
  RecoveryEndTime: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeBackupDownloadRestriction (`PostgresClient.describeBackupDownloadRestriction`). */
export interface DescribeBackupDownloadRestrictionRequest {}
/** Output of DescribeBackupDownloadRestriction (`PostgresClient.describeBackupDownloadRestriction`). */
export interface DescribeBackupDownloadRestrictionResponse {
  /**
   * Type of the network restrictions for downloading a backup file. Valid values: NONE (backups can be
   * downloaded over both private and public networks), INTRANET (backups can only be downloaded over the
   * private network), CUSTOMIZE (backups can be downloaded over specified VPCs or at specified IPs).
   */
  RestrictionType: string;
  /**
   * Whether VPC is allowed. Valid values: ALLOW (allow), DENY (deny). Note: This field may return null,
   * indicating that no valid values can be obtained.
   */
  VpcRestrictionEffect?: string | null;
  /**
   * Whether it is allowed to download the VPC ID list of the backup files. Note: This field may return
   * null, indicating that no valid values can be obtained.
   */
  VpcIdSet?: string[] | null;
  /**
   * Whether IP is allowed. Valid values: ALLOW (allow), DENY (deny). Note: Note: This field may return
   * null, indicating that no valid values can be obtained.
   */
  IpRestrictionEffect?: string | null;
  /**
   * Whether it is allowed to download the IP list of the backup files. Note: This field may return null,
   * indicating that no valid values can be obtained.
   */
  IpSet?: string[] | null;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeBackupDownloadURL (`PostgresClient.describeBackupDownloadURL`). */
export interface DescribeBackupDownloadURLRequest {
  /** Instance ID. */
  DBInstanceId: string;
  /** Backup type. Valid values: LogBackup, BaseBackup. */
  BackupType: string;
  /** Unique backup ID. */
  BackupId: string;
  /** Validity period of a URL, which is 12 hours by default. */
  URLExpireTime?: number;
  /** Backup download restriction */
  BackupDownloadRestriction?: BackupDownloadRestriction;
}
/** Output of DescribeBackupDownloadURL (`PostgresClient.describeBackupDownloadURL`). */
export interface DescribeBackupDownloadURLResponse {
  /** Backup download URL */
  BackupDownloadURL: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeBackupOverview (`PostgresClient.describeBackupOverview`). */
export interface DescribeBackupOverviewRequest {}
/** Output of DescribeBackupOverview (`PostgresClient.describeBackupOverview`). */
export interface DescribeBackupOverviewResponse {
  /** Total free space size in bytes */
  TotalFreeSize: number;
  /** Used free space size in bytes */
  UsedFreeSize: number;
  /** Used paid space size in bytes */
  UsedBillingSize: number;
  /** Number of log backups */
  LogBackupCount: number;
  /** Log backup size in bytes */
  LogBackupSize: number;
  /** Number of manually created full backups */
  ManualBaseBackupCount: number;
  /** Size of manually created full backups in bytes */
  ManualBaseBackupSize: number;
  /** Number of automatically created full backups */
  AutoBaseBackupCount: number;
  /** Size of automatically created full backups in bytes */
  AutoBaseBackupSize: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeBackupPlans (`PostgresClient.describeBackupPlans`). */
export interface DescribeBackupPlansRequest {
  /** Instance ID */
  DBInstanceId: string;
}
/** Output of DescribeBackupPlans (`PostgresClient.describeBackupPlans`). */
export interface DescribeBackupPlansResponse {
  /** The set of instance backup plans */
  Plans: BackupPlan[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeBackupSummaries (`PostgresClient.describeBackupSummaries`). */
export interface DescribeBackupSummariesRequest {
  /** The maximum number of results returned per page. Value range: 1-100. Default: 10 */
  Limit?: number;
  /** Data offset, which starts from 0. */
  Offset?: number;
  /**
   * Filter instances using one or more criteria. Valid filter names: db-instance-id: Filter by instance
   * ID (in string format). db-instance-name: Filter by instance name (in string format). db-instance-ip:
   * Filter by instance VPC IP (in string format).
   */
  Filters?: Filter[];
  /**
   * Sorting field. Valid values: TotalBackupSize, LogBackupSize, ManualBaseBackupSize,
   * AutoBaseBackupSize.
   */
  OrderBy?: string;
  /** Sorting order. Valid values: asc (ascending), desc (descending). */
  OrderByType?: string;
}
/** Output of DescribeBackupSummaries (`PostgresClient.describeBackupSummaries`). */
export interface DescribeBackupSummariesResponse {
  /** Backup statistics list. */
  BackupSummarySet: BackupSummary[];
  /** Number of all queried backups. */
  TotalCount: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeBaseBackups (`PostgresClient.describeBaseBackups`). */
export interface DescribeBaseBackupsRequest {
  /** Minimum end time of a backup in the format of 2018-01-01 00:00:00. It is 7 days ago by default. */
  MinFinishTime?: string;
  /**
   * Maximum end time of a backup in the format of 2018-01-01 00:00:00. It is the current time by
   * default.
   */
  MaxFinishTime?: string;
  /**
   * Filter instances by using one or more filters. Valid values: db-instance-idFilter (filter by
   * instance ID in string), db-instance-name (filter by instance name in string), db- instance-ip
   * (filter by instance VPC IP address in string), base-backup-id (filter by backup set ID in string),
   */
  Filters?: Filter[];
  /** The maximum number of results returned per page. Value range: 1-100. Default: 10 */
  Limit?: number;
  /** Data offset, which starts from 0. */
  Offset?: number;
  /** Sorting field. Valid values: StartTime, FinishTime, Size. */
  OrderBy?: string;
  /** Sorting order. Valid values: asc (ascending), desc (descending). */
  OrderByType?: string;
}
/** Output of DescribeBaseBackups (`PostgresClient.describeBaseBackups`). */
export interface DescribeBaseBackupsResponse {
  /** Number of queried full backups */
  TotalCount: number;
  /** List of full backup details */
  BaseBackupSet: BaseBackup[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeClasses (`PostgresClient.describeClasses`). */
export interface DescribeClassesRequest {
  /** AZ ID, which can be obtained through the DescribeZones API. */
  Zone: string;
  /**
   * Database engines. Valid values: 1. postgresql (TencentDB for PostgreSQL) 2. mssql_compatible (MSSQL
   * compatible-TencentDB for PostgreSQL)
   */
  DBEngine: string;
  /**
   * Major version of a database, such as 12 or 13, which can be obtained through the DescribeDBVersions
   * API.
   */
  DBMajorVersion: string;
}
/** Output of DescribeClasses (`PostgresClient.describeClasses`). */
export interface DescribeClassesResponse {
  /** List of database specifications */
  ClassInfoSet: ClassInfo[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeCloneDBInstanceSpec (`PostgresClient.describeCloneDBInstanceSpec`). */
export interface DescribeCloneDBInstanceSpecRequest {
  /**
   * Instance ID.
   *
   * The reference's table spells it `DBInstanceid`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /**
   * Basic backup set ID. Either this parameter or RecoveryTargetTime must be passed in. If both are
   * passed in, only this parameter takes effect.
   */
  BackupSetId?: string;
  /** Restoration time (UTC+8). Either this parameter or BackupSetId must be passed in. */
  RecoveryTargetTime?: string;
}
/** Output of DescribeCloneDBInstanceSpec (`PostgresClient.describeCloneDBInstanceSpec`). */
export interface DescribeCloneDBInstanceSpecResponse {
  /** Code of the minimum specification available for purchase. */
  MinSpecCode: string;
  /** The minimum disk capacity in GB available for purchase. */
  MinStorage: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeDatabases (`PostgresClient.describeDatabases`). */
export interface DescribeDatabasesRequest {
  /**
   * Instance ID
   *
   * The reference's table spells it `DBInstanceID`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
}
/** Output of DescribeDatabases (`PostgresClient.describeDatabases`). */
export interface DescribeDatabasesResponse {
  /** Database information */
  Items: string[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeDBBackups (`PostgresClient.describeDBBackups`). */
export interface DescribeDBBackupsRequest {
  /** Instance ID in the format of postgres-4wdeb0zv. */
  DBInstanceId: string;
  /** Backup mode (1: full). Currently, only full backup is supported. The value is 1. */
  Type: number;
  /**
   * Query start time in the format of 2018-06-10 17:06:38, which cannot be more than 7 days ago
   *
   * Format: timestamp.
   */
  StartTime: string;
  /**
   * Query end time in the format of 2018-06-10 17:06:38
   *
   * Format: timestamp.
   */
  EndTime: string;
  /**
   * Number of entries to be returned per page for backup list. Default value: 20. Minimum value: 1.
   * Maximum value: 100. (If this parameter is left empty or 0, the default value will be used)
   */
  Limit?: number;
  /** Page number for data return in paged query. Pagination starts from 0. Default value: 0. */
  Offset?: number;
}
/** Output of DescribeDBBackups (`PostgresClient.describeDBBackups`). */
export interface DescribeDBBackupsResponse {
  /** Number of backup files in the returned backup list */
  TotalCount: number;
  /** Backup list */
  BackupList: DBBackup[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeDBErrlogs (`PostgresClient.describeDBErrlogs`). */
export interface DescribeDBErrlogsRequest {
  /** Instance ID */
  DBInstanceId: string;
  /**
   * Query start time in the format of 2018-01-01 00:00:00. The log is retained for seven days by
   * default, so the start time must fall within the retention period.
   *
   * Format: timestamp.
   */
  StartTime: string;
  /**
   * Query end time in the format of 2018-01-01 00:00:00
   *
   * Format: timestamp.
   */
  EndTime: string;
  /** Database name */
  DatabaseName?: string;
  /** Keywords used for search */
  SearchKeys?: string[];
  /** Number of results returned per page. Value range: 1-100. Default value: 50. */
  Limit?: number;
  /** Data offset, which starts from 0. Default value: 0. */
  Offset?: number;
}
/** Output of DescribeDBErrlogs (`PostgresClient.describeDBErrlogs`). */
export interface DescribeDBErrlogsResponse {
  /** Number of logs returned in a single query. Maximum value: 10000. */
  TotalCount: number;
  /** Detailed sets of error logs */
  Details: ErrLogDetail[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeDBInstanceAttribute (`PostgresClient.describeDBInstanceAttribute`). */
export interface DescribeDBInstanceAttributeRequest {
  /** Instance ID */
  DBInstanceId: string;
}
/** Output of DescribeDBInstanceAttribute (`PostgresClient.describeDBInstanceAttribute`). */
export interface DescribeDBInstanceAttributeResponse {
  /** Instance details. */
  DBInstance: DBInstance;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeDBInstanceHAConfig (`PostgresClient.describeDBInstanceHAConfig`). */
export interface DescribeDBInstanceHAConfigRequest {
  /** Instance ID */
  DBInstanceId: string;
}
/** Output of DescribeDBInstanceHAConfig (`PostgresClient.describeDBInstanceHAConfig`). */
export interface DescribeDBInstanceHAConfigResponse {
  /** Primary-standby sync mode. Valid values: - Semi-sync - Async */
  SyncMode: string;
  /**
   * Maximum data lag for high-availability standby server. The standby node can be promoted to the
   * primary node when its data lag and the delay time are both less than the value of MaxStandbyLatency
   * and MaxStandbyLag respectively. - Unit: byte - Value range: 1073741824-322122547200
   */
  MaxStandbyLatency: number;
  /**
   * The maximum delay for high-availability standby server. The standby node can be promoted to the
   * primary node when its data lag and the delay time are both less than or equals to the value of
   * MaxStandbyLatency and MaxStandbyLag respectively. - Unit: s - Value range: 5-10
   */
  MaxStandbyLag: number;
  /**
   * Maximum data sync lag for u200du200dstandby server. If data lag of the standby node and the delay
   * time are both less than or equals to the values of MaxSyncStandbyLatency and MaxSyncStandbyLag
   * respectively, the standby server adopts semi-sync replication; if not, it adopts async replication.
   * This value is only valid for the instance with SyncMode set to Semi-sync. This field returns null
   * for async instance and semi-sync (non-downgradable to async) instance. Note: u200dThis field may
   * return null, indicating that no valid values can be obtained.
   */
  MaxSyncStandbyLatency?: number | null;
  /**
   * Maximum sync delay time for u200dstandby server. If the delay time for u200dstandby server and the
   * data lag are both less than or equals to the values of MaxSyncStandbyLag and MaxSyncStandbyLatency
   * respectively, the standby server adopts sync replication mode; if not, it adopts async replication.
   * This value is only valid for the instance with SyncMode set to Semi-sync. This field will not return
   * for async instance and semi-sync (non-downgradable to async) instance. Note: u200dThis field may
   * return null, indicating that no valid values can be obtained.
   */
  MaxSyncStandbyLag?: number | null;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeDBInstanceParameters (`PostgresClient.describeDBInstanceParameters`). */
export interface DescribeDBInstanceParametersRequest {
  /**
   * Instance ID
   *
   * The reference's table spells it `DBInstanceid`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /**
   * Name of the parameter to be queried. If ParamName is left empty or not passed in, the list of all
   * parameters will be returned.
   */
  ParamName?: string;
}
/** Output of DescribeDBInstanceParameters (`PostgresClient.describeDBInstanceParameters`). */
export interface DescribeDBInstanceParametersResponse {
  /** Total number of the parameters in the returned list */
  TotalCount: number;
  /** Details of the returned parameter list */
  Detail: ParamInfo[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeDBInstances (`PostgresClient.describeDBInstances`). */
export interface DescribeDBInstancesRequest {
  /**
   * Filter instances using one or more criteria. Valid filter names: db-instance-id: filter by instance
   * ID (in string format) db-instance-name: filter by instance name (in string format) db-project-id:
   * filter by project ID (in integer format) db-pay-mode: filter by billing mode (in string format)
   * db-tag-key: filter by tag key (in string format)
   */
  Filters?: Filter[];
  /** The maximum number of results returned per page. Value range: 1-100. Default: 10 */
  Limit?: number;
  /** Data offset, which starts from 0. */
  Offset?: number;
  /**
   * Sorting metric, such as instance name or creation time. Valid values: DBInstanceId, CreateTime,
   * Name, EndTime
   */
  OrderBy?: string;
  /** Sorting order. Valid values: asc (ascending), desc (descending) */
  OrderByType?: string;
}
/** Output of DescribeDBInstances (`PostgresClient.describeDBInstances`). */
export interface DescribeDBInstancesResponse {
  /** Number of instances found. */
  TotalCount: number;
  /** Instance details set. */
  DBInstanceSet: DBInstance[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeDBInstanceSecurityGroups (`PostgresClient.describeDBInstanceSecurityGroups`). */
export interface DescribeDBInstanceSecurityGroupsRequest {
  /**
   * Instance ID. Either this parameter or ReadOnlyGroupId must be passed in. If both parameters are
   * passed in, ReadOnlyGroupId will be ignored.
   *
   * The reference's table spells it `DBInstanceid`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId?: string;
  /**
   * RO group ID. Either this parameter or DBInstanceId must be passed in. To query the security groups
   * associated with the RO groups, only pass in ReadOnlyGroupId.
   */
  ReadOnlyGroupId?: string;
}
/** Output of DescribeDBInstanceSecurityGroups (`PostgresClient.describeDBInstanceSecurityGroups`). */
export interface DescribeDBInstanceSecurityGroupsResponse {
  /** Information of security groups in array */
  SecurityGroupSet: SecurityGroup[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/**
 * Input of DescribeDBSlowlogs (`PostgresClient.describeDBSlowlogs`).
 *
 * @deprecated The reference marks this action as deprecated.
 */
export interface DescribeDBSlowlogsRequest {
  /** Instance ID in the format of postgres-lnp6j617 */
  DBInstanceId: string;
  /**
   * Query start time in the format of 2018-06-10 17:06:38, which cannot be more than 7 days ago
   *
   * Format: timestamp.
   */
  StartTime: string;
  /**
   * Query end time in the format of 2018-06-10 17:06:38
   *
   * Format: timestamp.
   */
  EndTime: string;
  /** Database name */
  DatabaseName?: string;
  /**
   * Metric for sorting. Valid values: sum_calls (total number of calls), sum_cost_time (total time
   * consumed)
   */
  OrderBy?: string;
  /** Sorting order. desc: descending, asc: ascending */
  OrderByType?: string;
  /** Number of entries returned per page. Value range: 1-100. Default value: 20. */
  Limit?: number;
  /** Page number for data return in paged query. Pagination starts from 0 */
  Offset?: number;
}
/** Output of DescribeDBSlowlogs (`PostgresClient.describeDBSlowlogs`). */
export interface DescribeDBSlowlogsResponse {
  /** Number of date entries returned this time */
  TotalCount: number;
  /** Slow query log details */
  Detail: SlowlogDetail;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeDBVersions (`PostgresClient.describeDBVersions`). */
export interface DescribeDBVersionsRequest {}
/** Output of DescribeDBVersions (`PostgresClient.describeDBVersions`). */
export interface DescribeDBVersionsResponse {
  /** List of database versions */
  VersionSet: Version[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeDBXlogs (`PostgresClient.describeDBXlogs`). */
export interface DescribeDBXlogsRequest {
  /**
   * Instance ID in the format of postgres-4wdeb0zv.
   *
   * The reference's table spells it `DBInstanceid`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /**
   * Query start time in the format of 2018-06-10 17:06:38, which cannot be more than 7 days ago
   *
   * Format: timestamp.
   */
  StartTime: string;
  /**
   * Query end time in the format of 2018-06-10 17:06:38
   *
   * Format: timestamp.
   */
  EndTime: string;
  /** Page number for data return in paged query. Pagination starts from 0 */
  Offset?: number;
  /** Number of entries returned per page in paged query. Value range: 1-100. */
  Limit?: number;
}
/** Output of DescribeDBXlogs (`PostgresClient.describeDBXlogs`). */
export interface DescribeDBXlogsResponse {
  /** Number of date entries returned this time. */
  TotalCount: number;
  /** Xlog list */
  XlogList: Xlog[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeDefaultParameters (`PostgresClient.describeDefaultParameters`). */
export interface DescribeDefaultParametersRequest {
  /** The major database version number, such as 11, 12, 13. */
  DBMajorVersion: string;
  /** Database engine, such as postgresql, mssql_compatible. */
  DBEngine: string;
}
/** Output of DescribeDefaultParameters (`PostgresClient.describeDefaultParameters`). */
export interface DescribeDefaultParametersResponse {
  /** Number of parameters */
  TotalCount: number;
  /**
   * Parameter information Note: This field may return null, indicating that no valid values can be
   * obtained.
   */
  ParamInfoSet?: ParamInfo[] | null;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeEncryptionKeys (`PostgresClient.describeEncryptionKeys`). */
export interface DescribeEncryptionKeysRequest {
  /** Instance ID */
  DBInstanceId: string;
}
/** Output of DescribeEncryptionKeys (`PostgresClient.describeEncryptionKeys`). */
export interface DescribeEncryptionKeysResponse {
  /** Instance key list Note: This field may return null, indicating that no valid value can be obtained. */
  EncryptionKeys?: EncryptionKey[] | null;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeLogBackups (`PostgresClient.describeLogBackups`). */
export interface DescribeLogBackupsRequest {
  /** Minimum end time of a backup in the format of 2018-01-01 00:00:00. It is 7 days ago by default. */
  MinFinishTime?: string;
  /**
   * Maximum end time of a backup in the format of 2018-01-01 00:00:00. It is the current time by
   * default.
   */
  MaxFinishTime?: string;
  /**
   * Filter instances using one or more criteria. Valid filter names: db-instance-id: Filter by instance
   * ID (in string format). db-instance-name: Filter by instance name (in string format). db-instance-ip:
   * Filter by instance VPC IP (in string format).
   */
  Filters?: Filter[];
  /** The maximum number of results returned per page. Value range: 1-100. Default: 10. */
  Limit?: number;
  /** Data offset, which starts from 0. */
  Offset?: number;
  /** Sorting field. Valid values: StartTime, FinishTime, Size. */
  OrderBy?: string;
  /** Sorting order. Valid values: asc (ascending), desc (descending). */
  OrderByType?: string;
}
/** Output of DescribeLogBackups (`PostgresClient.describeLogBackups`). */
export interface DescribeLogBackupsResponse {
  /** Number of queried log backups */
  TotalCount: number;
  /** List of log backup details */
  LogBackupSet: LogBackup[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeOrders (`PostgresClient.describeOrders`). */
export interface DescribeOrdersRequest {
  /** Order name set */
  DealNames: string[];
}
/** Output of DescribeOrders (`PostgresClient.describeOrders`). */
export interface DescribeOrdersResponse {
  /** Number of orders */
  TotalCount: number;
  /** Order array */
  Deals: PgDeal[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeParameterTemplateAttributes (`PostgresClient.describeParameterTemplateAttributes`). */
export interface DescribeParameterTemplateAttributesRequest {
  /** Parameter template ID */
  TemplateId: string;
}
/**
 * Output of DescribeParameterTemplateAttributes
 * (`PostgresClient.describeParameterTemplateAttributes`).
 */
export interface DescribeParameterTemplateAttributesResponse {
  /**
   * Parameter template ID Note: This field may return null, indicating that no valid values can be
   * obtained.
   */
  TemplateId?: string | null;
  /**
   * Number of parameters contained in the parameter template Note: This field may return null,
   * indicating that no valid values can be obtained.
   */
  TotalCount?: number | null;
  /**
   * Parameter information contained in the parameter template Note: This field may return null,
   * indicating that no valid values can be obtained.
   */
  ParamInfoSet?: ParamInfo[] | null;
  /**
   * Parameter template name Note: This field may return null, indicating that no valid values can be
   * obtained.
   */
  TemplateName?: string | null;
  /**
   * Database version applicable to a parameter template Note: This field may return null, indicating
   * that no valid values can be obtained.
   */
  DBMajorVersion?: string | null;
  /**
   * Database engine applicable to a parameter template Note: This field may return null, indicating that
   * no valid values can be obtained.
   */
  DBEngine?: string | null;
  /**
   * Parameter template description Note: This field may return null, indicating that no valid values can
   * be obtained.
   */
  TemplateDescription?: string | null;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeParameterTemplates (`PostgresClient.describeParameterTemplates`). */
export interface DescribeParameterTemplatesRequest {
  /** Filter conditions. Valid values: TemplateName, TemplateId, DBMajorVersion, DBEngine. */
  Filters?: Filter[];
  /** The maximum number of results returned per page. Value range: 0-100. Default: 20. */
  Limit?: number;
  /** Data offset */
  Offset?: number;
  /** Sorting metric. Valid values: CreateTime, TemplateName, DBMajorVersion. */
  OrderBy?: string;
  /** Sorting order. Valid values: asc (ascending order), desc (descending order). */
  OrderByType?: string;
}
/** Output of DescribeParameterTemplates (`PostgresClient.describeParameterTemplates`). */
export interface DescribeParameterTemplatesResponse {
  /** The total number of eligible parameter templates */
  TotalCount: number;
  /** Parameter template list */
  ParameterTemplateSet: ParameterTemplate[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeParamsEvent (`PostgresClient.describeParamsEvent`). */
export interface DescribeParamsEventRequest {
  /** Instance ID */
  DBInstanceId: string;
}
/** Output of DescribeParamsEvent (`PostgresClient.describeParamsEvent`). */
export interface DescribeParamsEventResponse {
  /** Total number of modified parameters */
  TotalCount: number;
  /** Details of parameter modification events */
  EventItems: EventItem[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeProductConfig (`PostgresClient.describeProductConfig`). */
export interface DescribeProductConfigRequest {
  /** AZ name */
  Zone?: string;
  /**
   * Database engines. Valid values: 1. postgresql (TencentDB for PostgreSQL) 2. mssql_compatible (MSSQL
   * compatible-TencentDB for PostgreSQL) Default value: postgresql
   */
  DBEngine?: string;
}
/** Output of DescribeProductConfig (`PostgresClient.describeProductConfig`). */
export interface DescribeProductConfigResponse {
  /** Purchasable specification list. */
  SpecInfoList: SpecInfo[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeReadOnlyGroups (`PostgresClient.describeReadOnlyGroups`). */
export interface DescribeReadOnlyGroupsRequest {
  /**
   * Filter instances by using one or more filters. Valid values: db-master-instance-id (filter by the
   * primary instance ID in string), read-only-group-id (filter by the read-only group ID in string),
   */
  Filters?: Filter[];
  /** The number of results per page. Default value: 10. */
  PageSize?: number;
  /** Specify which page is displayed. Default value: 1 (the first page). */
  PageNumber?: number;
  /** Sorting criterion. Valid values: ROGroupId, CreateTime, Name. */
  OrderBy?: string;
  /** Sorting order. Valid values: desc, asc. */
  OrderByType?: string;
}
/** Output of DescribeReadOnlyGroups (`PostgresClient.describeReadOnlyGroups`). */
export interface DescribeReadOnlyGroupsResponse {
  /** RO group list */
  ReadOnlyGroupList: ReadOnlyGroup[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeRegions (`PostgresClient.describeRegions`). */
export interface DescribeRegionsRequest {}
/** Output of DescribeRegions (`PostgresClient.describeRegions`). */
export interface DescribeRegionsResponse {
  /** Number of returned results. */
  TotalCount: number;
  /** Region information set. */
  RegionSet: RegionInfo[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeServerlessDBInstances (`PostgresClient.describeServerlessDBInstances`). */
export interface DescribeServerlessDBInstancesRequest {
  /** Query conditions */
  Filter?: Filter[];
  /** The number of queries */
  Limit?: number;
  /** The offset value */
  Offset?: number;
  /** Sorting metric. Currently, only "CreateTime" (instance creation time) is supported. */
  OrderBy?: string;
  /** Sorting order. Ascending and descending are supported. */
  OrderByType?: string;
}
/** Output of DescribeServerlessDBInstances (`PostgresClient.describeServerlessDBInstances`). */
export interface DescribeServerlessDBInstancesResponse {
  /** The number of query results */
  TotalCount: number;
  /** Query results Note: this field may return null, indicating that no valid values can be obtained. */
  DBInstanceSet?: ServerlessDBInstance[] | null;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeSlowQueryAnalysis (`PostgresClient.describeSlowQueryAnalysis`). */
export interface DescribeSlowQueryAnalysisRequest {
  /** Instance ID. */
  DBInstanceId: string;
  /**
   * Start timestamp of the query range in the format of "YYYY-MM-DD HH:mm:ss". The log is retained for
   * seven days by default, so the start timestamp must fall within the retention period.
   */
  StartTime: string;
  /** End timestamp of the query range in the format of "YYYY-MM-DD HH:mm:ss". */
  EndTime: string;
  /** Filter by database name. This parameter is optional. */
  DatabaseName?: string;
  /** Sort by field. Valid values: CallNum, CostTime, AvgCostTime. Default value: CallNum. */
  OrderBy?: string;
  /** Sorting order. Valid values: asc (ascending), desc (descending). Default value: desc. */
  OrderByType?: string;
  /** Number of entries per page. Value range: [1,100]. Default value: 50. */
  Limit?: number;
  /** Pagination offset. Value range: [0,INF). Default value: 0. */
  Offset?: number;
}
/** Output of DescribeSlowQueryAnalysis (`PostgresClient.describeSlowQueryAnalysis`). */
export interface DescribeSlowQueryAnalysisResponse {
  /** The total number of query results. */
  TotalCount: number;
  /** Detailed analysis. */
  Detail: Detail;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeSlowQueryList (`PostgresClient.describeSlowQueryList`). */
export interface DescribeSlowQueryListRequest {
  /** Instance ID. */
  DBInstanceId: string;
  /**
   * Start timestamp of the query range in the format of "YYYY-MM-DD HH:mm:ss". The log is retained for
   * seven days by default, so the start timestamp must fall within the retention period.
   */
  StartTime: string;
  /** End timestamp of the query range in the format of "YYYY-MM-DD HH:mm:ss". */
  EndTime: string;
  /** Filter by database name. This parameter is optional. */
  DatabaseName?: string;
  /** Sorting order. Valid values: asc (ascending), desc (descending). Default value: desc. */
  OrderByType?: string;
  /** Sort by field. Valid values: SessionStartTime (default), Duration. */
  OrderBy?: string;
  /** Number of entries per page. Value range: [1,100]. Default value: 20. */
  Limit?: number;
  /** Pagination offset. Value range: [0,INF). Default value: 0. */
  Offset?: number;
}
/** Output of DescribeSlowQueryList (`PostgresClient.describeSlowQueryList`). */
export interface DescribeSlowQueryListResponse {
  /** The total number of slow query statements during the specified period of time. */
  TotalCount: number;
  /**
   * Analysis of the execution time of slow query statements by classifying them to different time
   * ranges. These slow query statements fall within the query range you specified in the request
   * parameters. Note: this field may return null, indicating that no valid values can be obtained.
   */
  DurationAnalysis?: DurationAnalysis[] | null;
  /**
   * The list of slow query details during the specified period of time. Note: this field may return
   * null, indicating that no valid values can be obtained.
   */
  RawSlowQueryList?: RawSlowQuery[] | null;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeZones (`PostgresClient.describeZones`). */
export interface DescribeZonesRequest {}
/** Output of DescribeZones (`PostgresClient.describeZones`). */
export interface DescribeZonesResponse {
  /** Number of returned results. */
  TotalCount: number;
  /** AZ information set. */
  ZoneSet: ZoneInfo[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DestroyDBInstance (`PostgresClient.destroyDBInstance`). */
export interface DestroyDBInstanceRequest {
  /** The ID of the instance to be eliminated */
  DBInstanceId: string;
}
/** Output of DestroyDBInstance (`PostgresClient.destroyDBInstance`). */
export interface DestroyDBInstanceResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DisIsolateDBInstances (`PostgresClient.disIsolateDBInstances`). */
export interface DisIsolateDBInstancesRequest {
  /**
   * Instance ID list. Currently, you can't remove multiple instances from isolation in batches. Only one
   * instance ID can be passed in here.
   *
   * The reference's table spells it `DBInstanceIdsSet`; its examples and the service use `DBInstanceIdSet`.
   */
  DBInstanceIdSet: string[];
  /**
   * Validity period in months - Monthly subscription: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36. -
   * Pay-as-you-go: 1.
   */
  Period?: number;
  /** Whether to use vouchers. Valid values: - true: Yes. u200c - false : No. Default value: false. */
  AutoVoucher?: boolean;
  /** Voucher ID list */
  VoucherIds?: string[];
}
/** Output of DisIsolateDBInstances (`PostgresClient.disIsolateDBInstances`). */
export interface DisIsolateDBInstancesResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of InitDBInstances (`PostgresClient.initDBInstances`). */
export interface InitDBInstancesRequest {
  /**
   * Instance ID set.
   *
   * The reference's table spells it `DBInstanceIds`; its examples and the service use `DBInstanceIdSet`.
   */
  DBInstanceIdSet: string[];
  /** Instance admin account username. */
  AdminName: string;
  /** Password corresponding to instance root account username. */
  AdminPassword: string;
  /** Instance character set. Valid values: UTF8, LATIN1. */
  Charset: string;
}
/** Output of InitDBInstances (`PostgresClient.initDBInstances`). */
export interface InitDBInstancesResponse {
  /** Instance ID set. */
  DBInstanceIdSet: string[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of InquiryPriceCreateDBInstances (`PostgresClient.inquiryPriceCreateDBInstances`). */
export interface InquiryPriceCreateDBInstancesRequest {
  /** AZ ID, which can be obtained through the Zone field in the returned value of the DescribeZones API. */
  Zone: string;
  /**
   * Specification ID, which can be obtained through the SpecCode field in the returned value of the
   * DescribeClasses API.
   */
  SpecCode: string;
  /** Storage capacity size in GB. */
  Storage: number;
  /**
   * Number of instances. Maximum value: 100. If you need to create more instances at a time, please
   * contact customer service.
   */
  InstanceCount: number;
  /**
   * Length of purchase in months. Currently, only 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, and 36 are
   * supported.
   */
  Period: number;
  /**
   * [Disused] Billing ID, which can be obtained through the Pid field in the returned value of the
   * DescribeProductConfig API.
   */
  Pid?: number;
  /** Instance billing type. Valid value: POSTPAID_BY_HOUR (pay-as-you-go) */
  InstanceChargeType?: string;
  /**
   * Instance type. Default value: primary. Valid values: primary (dual-server high-availability,
   * one-primary-one-standby) readonly (read-only instance)
   */
  InstanceType?: string;
  /** DBEngine */
  DBEngine?: string;
}
/** Output of InquiryPriceCreateDBInstances (`PostgresClient.inquiryPriceCreateDBInstances`). */
export interface InquiryPriceCreateDBInstancesResponse {
  /** Published price in US Cent */
  OriginalPrice: number;
  /** Discounted total amount in US Cent */
  Price: number;
  /** Currency, such as USD. */
  Currency: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of InquiryPriceRenewDBInstance (`PostgresClient.inquiryPriceRenewDBInstance`). */
export interface InquiryPriceRenewDBInstanceRequest {
  /** Instance ID */
  DBInstanceId: string;
  /** Renewal duration in months. Maximum value: 48 */
  Period: number;
}
/** Output of InquiryPriceRenewDBInstance (`PostgresClient.inquiryPriceRenewDBInstance`). */
export interface InquiryPriceRenewDBInstanceResponse {
  /** Published price in cents. For example, 24650 indicates 246.5 USD. */
  OriginalPrice: number;
  /** Discounted total amount. For example, 24650 indicates 246.5 USD. */
  Price: number;
  /** Currency, such as USD. */
  Currency: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of InquiryPriceUpgradeDBInstance (`PostgresClient.inquiryPriceUpgradeDBInstance`). */
export interface InquiryPriceUpgradeDBInstanceRequest {
  /** Instance disk size in GB */
  Storage: number;
  /** Instance memory size in GB */
  Memory: number;
  /**
   * Instance ID in the format of postgres-hez4fh0v
   *
   * The reference's table spells it `DBInstanceCld`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /** Instance billing type. Valid value: POSTPAID_BY_HOUR (pay-as-you-go hourly) */
  InstanceChargeType?: string;
}
/** Output of InquiryPriceUpgradeDBInstance (`PostgresClient.inquiryPriceUpgradeDBInstance`). */
export interface InquiryPriceUpgradeDBInstanceResponse {
  /** Total cost before discount. */
  OriginalPrice: number;
  /** Discounted total amount */
  Price: number;
  /** Currency, such as USD. */
  Currency: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of IsolateDBInstances (`PostgresClient.isolateDBInstances`). */
export interface IsolateDBInstancesRequest {
  /**
   * List of instance IDs. Note that currently you cannot isolate multiple instances at the same time.
   * Only one instance ID can be passed in here.
   *
   * The reference's table spells it `DBInstanceIds`; its examples and the service use `DBInstanceIdSet`.
   */
  DBInstanceIdSet: string[];
}
/** Output of IsolateDBInstances (`PostgresClient.isolateDBInstances`). */
export interface IsolateDBInstancesResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyAccountRemark (`PostgresClient.modifyAccountRemark`). */
export interface ModifyAccountRemarkRequest {
  /** Instance ID in the format of postgres-4wdeb0zv */
  DBInstanceId: string;
  /** Instance username */
  UserName: string;
  /** New remarks corresponding to user UserName */
  Remark: string;
}
/** Output of ModifyAccountRemark (`PostgresClient.modifyAccountRemark`). */
export interface ModifyAccountRemarkResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyBackupDownloadRestriction (`PostgresClient.modifyBackupDownloadRestriction`). */
export interface ModifyBackupDownloadRestrictionRequest {
  /**
   * Type of the network restrictions for downloading a backup file. Valid values: NONE (backups can be
   * downloaded over both private and public networks), INTRANET (backups can only be downloaded over the
   * private network), CUSTOMIZE (backups can be downloaded over specified VPCs or at specified IPs).
   */
  RestrictionType: string;
  /** Whether VPC is allowed. Valid values: ALLOW (allow), DENY (deny). */
  VpcRestrictionEffect?: string;
  /** Whether it is allowed to download the VPC ID list of the backup files. */
  VpcIdSet?: string[];
  /** Whether IP is allowed. Valid values: ALLOW (allow), DENY (deny). */
  IpRestrictionEffect?: string;
  /** Whether it is allowed to download the IP list of the backup files. */
  IpSet?: string[];
}
/** Output of ModifyBackupDownloadRestriction (`PostgresClient.modifyBackupDownloadRestriction`). */
export interface ModifyBackupDownloadRestrictionResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyBackupPlan (`PostgresClient.modifyBackupPlan`). */
export interface ModifyBackupPlanRequest {
  /** Instance ID */
  DBInstanceId: string;
  /** The earliest time to start a backup */
  MinBackupStartTime?: string;
  /** The latest time to start a backup */
  MaxBackupStartTime?: string;
  /** Backup retention period in days. Value range: 7-1830 */
  BaseBackupRetentionPeriod?: number;
  /**
   * Backup cycle, which means on which days each week the instance will be backed up. The parameter
   * value should be the lowercase names of the days of the week.
   */
  BackupPeriod?: string[];
}
/** Output of ModifyBackupPlan (`PostgresClient.modifyBackupPlan`). */
export interface ModifyBackupPlanResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyBaseBackupExpireTime (`PostgresClient.modifyBaseBackupExpireTime`). */
export interface ModifyBaseBackupExpireTimeRequest {
  /** Instance ID */
  DBInstanceId: string;
  /** Base backup ID */
  BaseBackupId: string;
  /** New expiration time */
  NewExpireTime: string;
}
/** Output of ModifyBaseBackupExpireTime (`PostgresClient.modifyBaseBackupExpireTime`). */
export interface ModifyBaseBackupExpireTimeResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyDBInstanceChargeType (`PostgresClient.modifyDBInstanceChargeType`). */
export interface ModifyDBInstanceChargeTypeRequest {
  /**
   * Instance ID in the format of postgres-6fego161
   *
   * The reference's table spells it `DBInstanceCld`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /**
   * Instance billing mode. Valid values: - PREPAID : Monthly subscription. - POSTPAID_BY_HOUR :
   * Pay-as-you-go. Default value: PREPAID.
   */
  InstanceChargeType: "PREPAID" | "POSTPAID_BY_HOUR" | "value";
  /**
   * Validity period in months - Monthly subscription: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36. -
   * Pay-as-you-go: 1.
   */
  Period: number;
  /** Auto-renewal flag. Valid values: - 0 : Manual renewal. - 1 : Automatic renewal. Default value: 0. */
  AutoRenewFlag?: number;
  /** Whether to use vouchers automatically. Valid values: - 0 : No. - 1 : Yes. Default value: 0. */
  AutoVoucher?: number;
}
/** Output of ModifyDBInstanceChargeType (`PostgresClient.modifyDBInstanceChargeType`). */
export interface ModifyDBInstanceChargeTypeResponse {
  /** Order name */
  DealName: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyDBInstanceDeployment (`PostgresClient.modifyDBInstanceDeployment`). */
export interface ModifyDBInstanceDeploymentRequest {
  /**
   * Instance ID.
   *
   * The reference's table spells it `DBInstanceid`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /**
   * Deployment information of the instance node, which will display the information of each AZ when the
   * instance node is deployed across multiple AZs. The information of AZ can be obtained from the Zone
   * field in the returned value of the DescribeZones API.
   */
  DBNodeSet: DBNode[];
  /**
   * Switch time for the specified instance after configuration modification. - 0 : Switch now. - 1 :
   * Switch at the specified time. - 2 : Switch in the maintenance time. Default value: 0.
   */
  SwitchTag: number;
  /**
   * Switch start time in the format of HH:MM:SS, such as 01:00:00. When SwitchTag is 0 or 2, this
   * parameter becomes invalid.
   */
  SwitchStartTime?: string;
  /**
   * Switch end time in the format of HH:MM:SS, such as 01:30:00. When SwitchTag is 0 or 2, this
   * parameter becomes invalid.
   */
  SwitchEndTime?: string;
}
/** Output of ModifyDBInstanceDeployment (`PostgresClient.modifyDBInstanceDeployment`). */
export interface ModifyDBInstanceDeploymentResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyDBInstanceHAConfig (`PostgresClient.modifyDBInstanceHAConfig`). */
export interface ModifyDBInstanceHAConfigRequest {
  /**
   * Instance ID
   *
   * The reference's table spells it `DBInstanceid`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /** Primary-standby sync mode. Valid values: - • Semi-sync - • Async */
  SyncMode: string;
  /**
   * u200cMaximum data lag for high-availability standby server. The standby node can be promoted to the
   * primary node when its data lag and the delay time are both less than the value of MaxStandbyLatency
   * and MaxStandbyLag respectively. - Unit: byte - Value range: 1073741824-322122547200
   */
  MaxStandbyLatency: number;
  /**
   * The maximum delay for high-availability standby server The standby node can be promoted to the
   * primary node when its data lag and the delay time are both less or equals to the value of
   * MaxStandbyLatency and MaxStandbyLag respectively. - Unit: s - Value range: 5-10
   */
  MaxStandbyLag: number;
  /**
   * Maximum data sync lag for u200dstandby server. If data lag of the standby node and the delay ime are
   * both less than or equals to the values of MaxSyncStandbyLatency and MaxSyncStandbyLag, the standby
   * server adopts semi-sync replication; if not, it adopts async replication. This value is only valid
   * for the instance with SyncMode set to Semi-sync. When the semi-sync replication mode of the instance
   * is not allowed to downgrade to async replication, MaxSyncStandbyLatency and MaxSyncStandbyLag are
   * not required. When the semi-sync instance is allowed to downgrade to async replication,
   * MaxSyncStandbyLatency is required and MaxSyncStandbyLag must be left empty for PostgreSQL 9;
   * MaxSyncStandbyLatency and MaxSyncStandbyLag are required for PostgreSQL 10 and later.
   */
  MaxSyncStandbyLatency?: number;
  /**
   * Maximum delay for u200dsync u200dstandby server. If the delay time for u200dstandby server and the
   * data lag are both less than or equals to the value of MaxSyncStandbyLag and MaxSyncStandbyLatency
   * respectively, the standby server adopts sync replication mode; if not, it adopts async replication.
   * This value is only valid for the instance with SyncMode set to Semi-sync. When the semi-sync
   * replication mode of the instance is not allowed to downgrade to async replication,
   * `MaxSyncStandbyLatency` and `MaxSyncStandbyLag` are not required. When the semi-sync instance is
   * allowed to downgrade to async replication, `MaxSyncStandbyLatency` is required and
   * `MaxSyncStandbyLag` must be left empty for PostgreSQL 9; `MaxSyncStandbyLatency` and
   * `MaxSyncStandbyLag`` are required for PostgreSQL 10 and later.
   */
  MaxSyncStandbyLag?: number;
}
/** Output of ModifyDBInstanceHAConfig (`PostgresClient.modifyDBInstanceHAConfig`). */
export interface ModifyDBInstanceHAConfigResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyDBInstanceName (`PostgresClient.modifyDBInstanceName`). */
export interface ModifyDBInstanceNameRequest {
  /**
   * Database instance ID in the format of postgres-6fego161
   *
   * The reference's table spells it `DBInstanceid`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /**
   * Instance name, which can contain up to 60 letters, digits, hyphens, and symbols (_-). If this
   * parameter is not specified, "Unnamed" will be displayed by default.
   */
  InstanceName: string;
}
/** Output of ModifyDBInstanceName (`PostgresClient.modifyDBInstanceName`). */
export interface ModifyDBInstanceNameResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyDBInstanceParameters (`PostgresClient.modifyDBInstanceParameters`). */
export interface ModifyDBInstanceParametersRequest {
  /**
   * Instance ID
   *
   * The reference's table spells it `DBInstanceid`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /** Parameters to be modified and their new values */
  ParamList: ParamEntry[];
}
/** Output of ModifyDBInstanceParameters (`PostgresClient.modifyDBInstanceParameters`). */
export interface ModifyDBInstanceParametersResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyDBInstanceReadOnlyGroup (`PostgresClient.modifyDBInstanceReadOnlyGroup`). */
export interface ModifyDBInstanceReadOnlyGroupRequest {
  /** Instance ID */
  DBInstanceId: string;
  /** ID of the RO group to which the read-only replica belongs */
  ReadOnlyGroupId: string;
  /** ID of the new RO group into which the read-only replica will move */
  NewReadOnlyGroupId: string;
}
/** Output of ModifyDBInstanceReadOnlyGroup (`PostgresClient.modifyDBInstanceReadOnlyGroup`). */
export interface ModifyDBInstanceReadOnlyGroupResponse {
  /** Task ID */
  FlowId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyDBInstanceSecurityGroups (`PostgresClient.modifyDBInstanceSecurityGroups`). */
export interface ModifyDBInstanceSecurityGroupsRequest {
  /**
   * The list of security groups to be associated with the instance or RO groups. Information of security
   * groups can be obtained from the sgId field in the returned value of the DescribeSecurityGroups API.
   */
  SecurityGroupIdSet: string[];
  /**
   * Instance ID. Either this parameter or ReadOnlyGroupId must be passed in. If both parameters are
   * passed in, ReadOnlyGroupId will be ignored.
   */
  DBInstanceId?: string;
  /**
   * RO group ID. Either this parameter or DBInstanceId must be passed in. To modify the security groups
   * associated with the RO groups, only pass in ReadOnlyGroupId.
   */
  ReadOnlyGroupId?: string;
}
/** Output of ModifyDBInstanceSecurityGroups (`PostgresClient.modifyDBInstanceSecurityGroups`). */
export interface ModifyDBInstanceSecurityGroupsResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyDBInstanceSpec (`PostgresClient.modifyDBInstanceSpec`). */
export interface ModifyDBInstanceSpecRequest {
  /**
   * Instance ID in the format of postgres-6bwgamo3.
   *
   * The reference's table spells it `DBInstanceCld`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /** Instance memory size in GiB after modification. */
  Memory: number;
  /** Instance disk size in GiB after modification. */
  Storage: number;
  /** Whether to use vouchers automatically. Valid values: - 0 : No. - 1 : Yes. Default value: 0. */
  AutoVoucher?: number;
  /** Voucher ID list. Currently, you can specify only one voucher. */
  VoucherIds?: string[];
  /** Campaign ID. */
  ActivityId?: number;
  /**
   * Switch time for the specified instance after configuration modification. - 0 : Switch now. - 1 :
   * Switch at the specified time. - 2 : Switch in the maintenance time. Default value: 0.
   */
  SwitchTag?: number;
  /**
   * Switch start time in the format of HH:MM:SS, such as 01:00:00. When SwitchTag is 0 or 2, this
   * parameter becomes invalid.
   */
  SwitchStartTime?: string;
  /**
   * Switch end time in the format of HH:MM:SS, such as 01:30:00. When SwitchTag is 0 or 2, this
   * parameter becomes invalid.
   */
  SwitchEndTime?: string;
}
/** Output of ModifyDBInstanceSpec (`PostgresClient.modifyDBInstanceSpec`). */
export interface ModifyDBInstanceSpecResponse {
  /** Order ID. */
  DealName: string;
  /** Bill ID of frozen fees. */
  BillId: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyDBInstancesProject (`PostgresClient.modifyDBInstancesProject`). */
export interface ModifyDBInstancesProjectRequest {
  /**
   * List of instance IDs. Note that currently you cannot manipulate multiple instances at the same time.
   * Only one instance ID can be passed in here.
   *
   * The reference's table spells it `DBInstanceIds`; its examples and the service use `DBInstanceIdSet`.
   */
  DBInstanceIdSet: string[];
  /** ID of the new project */
  ProjectId: string;
}
/** Output of ModifyDBInstancesProject (`PostgresClient.modifyDBInstancesProject`). */
export interface ModifyDBInstancesProjectResponse {
  /** Number of successfully transferred instances */
  Count: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyParameterTemplate (`PostgresClient.modifyParameterTemplate`). */
export interface ModifyParameterTemplateRequest {
  /** Parameter template ID, which uniquely identifies a parameter template and cannot be modified. */
  TemplateId: string;
  /**
   * Parameter template name, which can contain 1-60 letters, digits, and symbols (-_./()+=:@). If this
   * field is empty, the original parameter template name will be used.
   */
  TemplateName?: string;
  /**
   * Parameter template description, which can contain 1-60 letters, digits, and symbols (-_./()+=:@). If
   * this parameter is not passed in, the original parameter template description will be used.
   */
  TemplateDescription?: string;
  /**
   * The set of parameters to be modified or added. A parameter cannot be put to ModifyParamEntrySet and
   * DeleteParamSet at the same time, that is, it cannot be modified/added and deleted at the same time.
   */
  ModifyParamEntrySet?: ParamEntry[];
  /**
   * The set of parameters to be deleted in the template. A parameter cannot be put to
   * ModifyParamEntrySet and DeleteParamSet at the same time, that is, it cannot be modified/added and
   * deleted at the same time.
   */
  DeleteParamSet?: string[];
}
/** Output of ModifyParameterTemplate (`PostgresClient.modifyParameterTemplate`). */
export interface ModifyParameterTemplateResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyReadOnlyGroupConfig (`PostgresClient.modifyReadOnlyGroupConfig`). */
export interface ModifyReadOnlyGroupConfigRequest {
  /** RO group ID */
  ReadOnlyGroupId: string;
  /** RO group name */
  ReadOnlyGroupName?: string;
  /**
   * Whether to remove a read-only replica from an RO group if the delay between the read-only replica
   * and the primary instance exceeds the threshold. Valid values: 0 (no), 1 (yes).
   */
  ReplayLagEliminate?: number;
  /**
   * Whether to remove a read-only replica from an RO group if the sync log size difference between the
   * read-only replica and the primary instance exceeds the threshold. Valid values: 0 (no), 1 (yes).
   */
  ReplayLatencyEliminate?: number;
  /** Delayed log size threshold in MB */
  MaxReplayLatency?: number;
  /** Delay threshold in ms */
  MaxReplayLag?: number;
  /** Whether to enable automatic load balancing. Valid values: 0 (disable), 1 (enable). */
  Rebalance?: number;
  /** The minimum number of read-only replicas that must be retained in an RO group */
  MinDelayEliminateReserve?: number;
}
/** Output of ModifyReadOnlyGroupConfig (`PostgresClient.modifyReadOnlyGroupConfig`). */
export interface ModifyReadOnlyGroupConfigResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifySwitchTimePeriod (`PostgresClient.modifySwitchTimePeriod`). */
export interface ModifySwitchTimePeriodRequest {
  /** The ID of the instance waiting for a switch */
  DBInstanceId: string;
  /** Valid value: (switch immediately) */
  SwitchTag: number;
}
/** Output of ModifySwitchTimePeriod (`PostgresClient.modifySwitchTimePeriod`). */
export interface ModifySwitchTimePeriodResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of OpenDBExtranetAccess (`PostgresClient.openDBExtranetAccess`). */
export interface OpenDBExtranetAccessRequest {
  /**
   * Instance ID in the format of postgres-hez4fh0v
   *
   * The reference's table spells it `DBInstanceid`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /** Whether to enable public network access over IPv6 address. Valid values: 1 (yes), 0 (no) */
  Islpv6?: number;
}
/** Output of OpenDBExtranetAccess (`PostgresClient.openDBExtranetAccess`). */
export interface OpenDBExtranetAccessResponse {
  /** Async task flow ID */
  FlowId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of OpenServerlessDBExtranetAccess (`PostgresClient.openServerlessDBExtranetAccess`). */
export interface OpenServerlessDBExtranetAccessRequest {
  /** Unique ID of an instance */
  DBInstanceId?: string;
  /** Instance name */
  DBInstanceName?: string;
}
/** Output of OpenServerlessDBExtranetAccess (`PostgresClient.openServerlessDBExtranetAccess`). */
export interface OpenServerlessDBExtranetAccessResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of RebalanceReadOnlyGroup (`PostgresClient.rebalanceReadOnlyGroup`). */
export interface RebalanceReadOnlyGroupRequest {
  /** RO group ID */
  ReadOnlyGroupId: string;
}
/** Output of RebalanceReadOnlyGroup (`PostgresClient.rebalanceReadOnlyGroup`). */
export interface RebalanceReadOnlyGroupResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of RemoveDBInstanceFromReadOnlyGroup (`PostgresClient.removeDBInstanceFromReadOnlyGroup`). */
export interface RemoveDBInstanceFromReadOnlyGroupRequest {
  /**
   * Instance ID
   *
   * The reference's table spells it `DBInstanceid`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /**
   * RO group ID
   *
   * The reference's table spells it `ReadOnlyGroupid`; its examples and the service use `ReadOnlyGroupId`.
   */
  ReadOnlyGroupId: string;
}
/** Output of RemoveDBInstanceFromReadOnlyGroup (`PostgresClient.removeDBInstanceFromReadOnlyGroup`). */
export interface RemoveDBInstanceFromReadOnlyGroupResponse {
  /** Task ID */
  FlowId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of RenewInstance (`PostgresClient.renewInstance`). */
export interface RenewInstanceRequest {
  /**
   * Instance ID in the format of postgres-6fego161
   *
   * The reference's table spells it `DBInstanceid`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /** Renewal duration in months */
  Period: number;
  /** Whether to automatically use vouchers. 1: yes, 0: no. Default value: 0 */
  AutoVoucher?: number;
  /** Voucher ID list (only one voucher can be specified currently) */
  VoucherIds?: string[];
}
/** Output of RenewInstance (`PostgresClient.renewInstance`). */
export interface RenewInstanceResponse {
  /** Order name */
  DealName: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ResetAccountPassword (`PostgresClient.resetAccountPassword`). */
export interface ResetAccountPasswordRequest {
  /** Instance ID in the format of postgres-4wdeb0zv */
  DBInstanceId: string;
  /** Instance account name */
  UserName: string;
  /** New password corresponding to UserName account */
  Password: string;
}
/** Output of ResetAccountPassword (`PostgresClient.resetAccountPassword`). */
export interface ResetAccountPasswordResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of RestartDBInstance (`PostgresClient.restartDBInstance`). */
export interface RestartDBInstanceRequest {
  /**
   * Instance ID in the format of postgres-6r233v55
   *
   * The reference's table spells it `DBInstanceid`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
}
/** Output of RestartDBInstance (`PostgresClient.restartDBInstance`). */
export interface RestartDBInstanceResponse {
  /** Async flow ID */
  FlowId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of SetAutoRenewFlag (`PostgresClient.setAutoRenewFlag`). */
export interface SetAutoRenewFlagRequest {
  /**
   * List of instance IDs. Note that currently you cannot manipulate multiple instances at the same time.
   * Only one instance ID can be passed in here.
   *
   * The reference's table spells it `DBInstanceIdsSet`; its examples and the service use `DBInstanceIdSet`.
   */
  DBInstanceIdSet: string[];
  /** Renewal flag. 0: normal renewal, 1: auto-renewal, 2: no renewal upon expiration */
  AutoRenewFlag: number;
}
/** Output of SetAutoRenewFlag (`PostgresClient.setAutoRenewFlag`). */
export interface SetAutoRenewFlagResponse {
  /** Number of successfully set instances */
  Count: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of SwitchDBInstancePrimary (`PostgresClient.switchDBInstancePrimary`). */
export interface SwitchDBInstancePrimaryRequest {
  /**
   * Instance ID
   *
   * The reference's table spells it `DBInstanceid`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /**
   * Whether to perform forced switch. As long as the standby node can be accessed, the switch will be
   * performed regardless of the primary-standby sync delay. You can switch immediately only when
   * SwitchTag is 0. - Default: false.
   */
  Force?: boolean;
  /**
   * Switch time for the specified instance after configuration modification. - 0 : Switch now. - 1 :
   * Switch at the specified time. - 2 : Switch in the maintenance time. - Default value: 0.
   */
  SwitchTag?: number;
  /**
   * The earliest time to start a switch in the format of "HH:MM:SS", such as "01:00:00". This parameter
   * is invalid when SwitchTag is 0 or 2.
   */
  SwitchStartTime?: string;
  /**
   * The latest time to start a switch in the format of "HH:MM:SS", such as "01:30:00". This parameter is
   * invalid when SwitchTag is 0 or 2. The difference between SwitchStartTime and SwitchEndTime cannot be
   * less than 30 minutes.
   */
  SwitchEndTime?: string;
}
/** Output of SwitchDBInstancePrimary (`PostgresClient.switchDBInstancePrimary`). */
export interface SwitchDBInstancePrimaryResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of UpgradeDBInstance (`PostgresClient.upgradeDBInstance`). */
export interface UpgradeDBInstanceRequest {
  /** Instance memory size in GB after upgrade */
  Memory: number;
  /** Instance disk size in GB after upgrade */
  Storage: number;
  /**
   * Instance ID in the format of postgres-1np6j617
   *
   * The reference's table spells it `DBInstanceCld`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /** Whether to automatically use vouchers. 1: yes, 0: no. Default value: no */
  AutoVoucher?: number;
  /** Voucher ID list (only one voucher can be specified currently) */
  VoucherIds?: string[];
  /** Activity ID */
  ActivityId?: number;
  /**
   * Switch time after instance configurations are modified. Valid values: 0 (switch immediately), 1
   * (switch at specified time). Default value: 0
   */
  SwitchTag?: number;
  /** The earliest time to start a switch */
  SwitchStartTime?: string;
  /** The latest time to start a switch */
  SwitchEndTime?: string;
}
/** Output of UpgradeDBInstance (`PostgresClient.upgradeDBInstance`). */
export interface UpgradeDBInstanceResponse {
  /** Transaction name. */
  DealName: string;
  /** Bill ID of frozen fees */
  BillId: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of UpgradeDBInstanceKernelVersion (`PostgresClient.upgradeDBInstanceKernelVersion`). */
export interface UpgradeDBInstanceKernelVersionRequest {
  /**
   * Instance ID
   *
   * The reference's table spells it `DBInstanceid`; its examples and the service use `DBInstanceId`.
   */
  DBInstanceId: string;
  /**
   * Target kernel version, which can be obtained in the AvailableUpgradeTarget field in the returned
   * value of the DescribeDBVersions API.
   */
  TargetDBKernelVersion: string;
  /**
   * Switch time after the kernel version upgrade for the specified instance. Valid values: - 0 : Switch
   * now. - 1 : Switch at the specified time. - 2 : Switch in the maintenance time. Default value: 0.
   */
  SwitchTag?: number;
  /**
   * Switch start time in the format of HH:MM:SS, such as 01:00:00. When SwitchTag is 0 or 2, this
   * parameter is invalid.
   */
  SwitchStartTime?: string;
  /**
   * Switch end time in the format of HH:MM:SS, such as 01:30:00. When SwitchTag is 0 or 2, this
   * parameter is invalid. The difference between SwitchStartTime and SwitchEndTime cannot be less than
   * 30 minutes.
   */
  SwitchEndTime?: string;
  /**
   * Whether to perform a pre-check on the current operation of upgrading the instance kernel version.
   * Valid values: u200c - u200c true : Performs a pre-check without upgrading the kernel version. Check
   * items include request parameters, kernel version compatibility, and instance parameters. u200cu200c
   * - false : Sends a normal request and upgrades the kernel version directly after the check is passed.
   * Default value: false.
   */
  DryRun?: boolean;
}
/** Output of UpgradeDBInstanceKernelVersion (`PostgresClient.upgradeDBInstanceKernelVersion`). */
export interface UpgradeDBInstanceKernelVersionResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/**
 * Every action of the TencentDB for PostgreSQL API 2017-03-12, by wire name, with its request and
 * response types.
 */
export interface PostgresActions {
  /** This API is used to add a read-only replica to an RO group. */
  AddDBInstanceToReadOnlyGroup: {
    request: AddDBInstanceToReadOnlyGroupRequest;
    response: AddDBInstanceToReadOnlyGroupResponse;
  };
  /** This API is used to clone an instance by specifying a backup set or a point in time. */
  CloneDBInstance: {
    request: CloneDBInstanceRequest;
    response: CloneDBInstanceResponse;
  };
  /** This API is used to disable the public network address of an instance. */
  CloseDBExtranetAccess: {
    request: CloseDBExtranetAccessRequest;
    response: CloseDBExtranetAccessResponse;
  };
  /** This API is used to disable the public network address of a PostgreSQL for Serverless instance. */
  CloseServerlessDBExtranetAccess: {
    request: CloseServerlessDBExtranetAccessRequest;
    response: CloseServerlessDBExtranetAccessResponse;
  };
  /** This API is used to create a full backup of an instance. */
  CreateBaseBackup: {
    request: CreateBaseBackupRequest;
    response: CreateBaseBackupResponse;
  };
  /** This API is used to create a network for an instance. */
  CreateDBInstanceNetworkAccess: {
    request: CreateDBInstanceNetworkAccessRequest;
    response: CreateDBInstanceNetworkAccessResponse;
  };
  /**
   * This API is used to create (but not initialize) one or more TencentDB for PostgreSQL instances. This
   * API is disused and replaced by the CreateInstances API.
   */
  CreateDBInstances: {
    request: CreateDBInstancesRequest;
    response: CreateDBInstancesResponse;
  };
  /**
   * This API is used to create and initialize one or more TencentDB for PostgreSQL instances. - After an
   * instance is created successfully, it will start up automatically and enter the "Running" status. -
   * If you create a monthly subscribed instance, you will be billed for the instance before the
   * creation; if you create a pay-as-you-go instance billed on an hourly basis, the amount equivalent to
   * the hourly rate will be frozen before the creation. Make sure your account balance is sufficient
   * before calling this API.
   */
  CreateInstances: {
    request: CreateInstancesRequest;
    response: CreateInstancesResponse;
  };
  /** This API is used to create a parameter template. */
  CreateParameterTemplate: {
    request: CreateParameterTemplateRequest;
    response: CreateParameterTemplateResponse;
  };
  /** This API is used to create read-only replicas. */
  CreateReadOnlyDBInstance: {
    request: CreateReadOnlyDBInstanceRequest;
    response: CreateReadOnlyDBInstanceResponse;
  };
  /** This API is used to create an RO group. */
  CreateReadOnlyGroup: {
    request: CreateReadOnlyGroupRequest;
    response: CreateReadOnlyGroupResponse;
  };
  /** This API is used to create a network for an RO group. */
  CreateReadOnlyGroupNetworkAccess: {
    request: CreateReadOnlyGroupNetworkAccessRequest;
    response: CreateReadOnlyGroupNetworkAccessResponse;
  };
  /**
   * This API is used to create a PostgreSQL for Serverless instance. If the creation succeeds, the
   * instance ID will be returned.
   */
  CreateServerlessDBInstance: {
    request: CreateServerlessDBInstanceRequest;
    response: CreateServerlessDBInstanceResponse;
  };
  /** This API is used to delete the specified full backup of an instance. */
  DeleteBaseBackup: {
    request: DeleteBaseBackupRequest;
    response: DeleteBaseBackupResponse;
  };
  /** This API is used to delete a network of an instance. */
  DeleteDBInstanceNetworkAccess: {
    request: DeleteDBInstanceNetworkAccessRequest;
    response: DeleteDBInstanceNetworkAccessResponse;
  };
  /** This API is used to delete the specified log backup of an instance. */
  DeleteLogBackup: {
    request: DeleteLogBackupRequest;
    response: DeleteLogBackupResponse;
  };
  /** This API is used to delete a parameter template. */
  DeleteParameterTemplate: {
    request: DeleteParameterTemplateRequest;
    response: DeleteParameterTemplateResponse;
  };
  /** This API is used to delete an RO group. */
  DeleteReadOnlyGroup: {
    request: DeleteReadOnlyGroupRequest;
    response: DeleteReadOnlyGroupResponse;
  };
  /** This API is used to delete a network of an RO group. */
  DeleteReadOnlyGroupNetworkAccess: {
    request: DeleteReadOnlyGroupNetworkAccessRequest;
    response: DeleteReadOnlyGroupNetworkAccessResponse;
  };
  /** This API is used to delete a PostgreSQL for Serverless instance. */
  DeleteServerlessDBInstance: {
    request: DeleteServerlessDBInstanceRequest;
    response: DeleteServerlessDBInstanceResponse;
  };
  /** This API is used to query the list of the database accounts for an instance. */
  DescribeAccounts: {
    request: DescribeAccountsRequest;
    response: DescribeAccountsResponse;
  };
  /** This API is used to query the available restoration time of an instance. */
  DescribeAvailableRecoveryTime: {
    request: DescribeAvailableRecoveryTimeRequest;
    response: DescribeAvailableRecoveryTimeResponse;
  };
  /** This API is used to query the backup download restrictions. */
  DescribeBackupDownloadRestriction: {
    request: DescribeBackupDownloadRestrictionRequest;
    response: DescribeBackupDownloadRestrictionResponse;
  };
  /**
   * This API is used to query the download address of a specified backup set, including full backup sets
   * and incremental log backup sets.
   */
  DescribeBackupDownloadURL: {
    request: DescribeBackupDownloadURLRequest;
    response: DescribeBackupDownloadURLResponse;
  };
  /**
   * This API is used to query the backup overview. It will return the current number and size of
   * backups, free backup space size, and paid backup space size (all size values are in bytes).
   */
  DescribeBackupOverview: {
    request: DescribeBackupOverviewRequest;
    response: DescribeBackupOverviewResponse;
  };
  /** This API is used to query all backup plans of an instance. */
  DescribeBackupPlans: {
    request: DescribeBackupPlansRequest;
    response: DescribeBackupPlansResponse;
  };
  /**
   * This API is used to query the backup statistics of an instance. It will return the number and size
   * (bytes) of backups of the instance.
   */
  DescribeBackupSummaries: {
    request: DescribeBackupSummariesRequest;
    response: DescribeBackupSummariesResponse;
  };
  /** This API is used to query the list of full backups. */
  DescribeBaseBackups: {
    request: DescribeBaseBackupsRequest;
    response: DescribeBaseBackupsResponse;
  };
  /** This API is used to query purchasable instance specifications. */
  DescribeClasses: {
    request: DescribeClassesRequest;
    response: DescribeClassesResponse;
  };
  /**
   * This API is used to query the minimum specification required by a cloned instance, including
   * `SpecCode` and disk specification.
   */
  DescribeCloneDBInstanceSpec: {
    request: DescribeCloneDBInstanceSpecRequest;
    response: DescribeCloneDBInstanceSpecResponse;
  };
  /** This API is used to query the database list of an instance. */
  DescribeDatabases: {
    request: DescribeDatabasesRequest;
    response: DescribeDatabasesResponse;
  };
  /**
   * This API is used to query the backup list of an instance. This API is disused and replaced by the
   * DescribeBaseBackups API.
   */
  DescribeDBBackups: {
    request: DescribeDBBackupsRequest;
    response: DescribeDBBackupsResponse;
  };
  /** This API is used to query an error log. */
  DescribeDBErrlogs: {
    request: DescribeDBErrlogsRequest;
    response: DescribeDBErrlogsResponse;
  };
  /** This API is used to query the details of one instance. */
  DescribeDBInstanceAttribute: {
    request: DescribeDBInstanceAttributeRequest;
    response: DescribeDBInstanceAttributeResponse;
  };
  /**
   * This API is used to query the HA configuration of an instance, which includes: - Allow a standby
   * node to promote to a primary node. - Allow a semi-sync instance to adopt sync or async replication.
   */
  DescribeDBInstanceHAConfig: {
    request: DescribeDBInstanceHAConfigRequest;
    response: DescribeDBInstanceHAConfigResponse;
  };
  /** This API is used to query the parameters of an instance. */
  DescribeDBInstanceParameters: {
    request: DescribeDBInstanceParametersRequest;
    response: DescribeDBInstanceParametersResponse;
  };
  /** This API is used to query the details of one or more instances. */
  DescribeDBInstances: {
    request: DescribeDBInstancesRequest;
    response: DescribeDBInstancesResponse;
  };
  /** This API is used to query the security group of an instance. */
  DescribeDBInstanceSecurityGroups: {
    request: DescribeDBInstanceSecurityGroupsRequest;
    response: DescribeDBInstanceSecurityGroupsResponse;
  };
  /**
   * This API is used to get a slow query log. Since it was deprecated on September 1, 2021, it has no
   * longer returned data. You need to use the DescribeSlowQueryList API instead to get slow query logs.
   */
  DescribeDBSlowlogs: {
    request: DescribeDBSlowlogsRequest;
    response: DescribeDBSlowlogsResponse;
  };
  /** This API is used to query the list of supported database versions. */
  DescribeDBVersions: {
    request: DescribeDBVersionsRequest;
    response: DescribeDBVersionsResponse;
  };
  /**
   * This API is used to get the instance Xlog list. This API is disused and replaced by the
   * DescribeBaseBackups API.
   */
  DescribeDBXlogs: {
    request: DescribeDBXlogsRequest;
    response: DescribeDBXlogsResponse;
  };
  /** This API is used to query all parameters supported by a database version and engine. */
  DescribeDefaultParameters: {
    request: DescribeDefaultParametersRequest;
    response: DescribeDefaultParametersResponse;
  };
  /** This API is used to query the instance key list. */
  DescribeEncryptionKeys: {
    request: DescribeEncryptionKeysRequest;
    response: DescribeEncryptionKeysResponse;
  };
  /** This API is used to query the list of log backups. */
  DescribeLogBackups: {
    request: DescribeLogBackupsRequest;
    response: DescribeLogBackupsResponse;
  };
  /** This API is used to query the order information. */
  DescribeOrders: {
    request: DescribeOrdersRequest;
    response: DescribeOrdersResponse;
  };
  /**
   * This API is used to query the details of a parameter template, including basic information and
   * parameter information.
   */
  DescribeParameterTemplateAttributes: {
    request: DescribeParameterTemplateAttributesRequest;
    response: DescribeParameterTemplateAttributesResponse;
  };
  /** This API is used to query the list of parameter templates. */
  DescribeParameterTemplates: {
    request: DescribeParameterTemplatesRequest;
    response: DescribeParameterTemplatesResponse;
  };
  /** This API is used to query the parameter modification event. */
  DescribeParamsEvent: {
    request: DescribeParamsEventRequest;
    response: DescribeParamsEventResponse;
  };
  /**
   * This API is used to query the purchasable specification configuration. u200cThis API is disused and
   * replaced by the DescribeClasses API.
   */
  DescribeProductConfig: {
    request: DescribeProductConfigRequest;
    response: DescribeProductConfigResponse;
  };
  /** This API is used to query the list of RO groups. */
  DescribeReadOnlyGroups: {
    request: DescribeReadOnlyGroupsRequest;
    response: DescribeReadOnlyGroupsResponse;
  };
  /** This API is used to query the purchasable regions. */
  DescribeRegions: {
    request: DescribeRegionsRequest;
    response: DescribeRegionsResponse;
  };
  /** This API is used to query the details of one or more PostgreSQL for Serverless instances. */
  DescribeServerlessDBInstances: {
    request: DescribeServerlessDBInstancesRequest;
    response: DescribeServerlessDBInstancesResponse;
  };
  /**
   * This API is used to count and analyze slow query statements during the specified period of time and
   * return aggregated statistical analysis results which are classified by statement with abstract
   * parameter values.
   */
  DescribeSlowQueryAnalysis: {
    request: DescribeSlowQueryAnalysisRequest;
    response: DescribeSlowQueryAnalysisResponse;
  };
  /** This API is used to get the slow queries during the specified period of time. */
  DescribeSlowQueryList: {
    request: DescribeSlowQueryListRequest;
    response: DescribeSlowQueryListResponse;
  };
  /** This API is used to query the supported AZs. */
  DescribeZones: {
    request: DescribeZonesRequest;
    response: DescribeZonesResponse;
  };
  /**
   * This API is used to terminate an isolated instance by specifying the `DBInstanceId` parameter. The
   * data of a terminated instance will be deleted and cannot be recovered. Be cautious with this API
   * calling. Only the instance in isolation can be terminated.
   */
  DestroyDBInstance: {
    request: DestroyDBInstanceRequest;
    response: DestroyDBInstanceResponse;
  };
  /** This API is used to remove one or more instances from isolation. */
  DisIsolateDBInstances: {
    request: DisIsolateDBInstancesRequest;
    response: DisIsolateDBInstancesResponse;
  };
  /**
   * This API is used to initialize a TencentDB for PostgreSQL instance. This API is disused and replaced
   * by the CreateInstances API.
   */
  InitDBInstances: {
    request: InitDBInstancesRequest;
    response: InitDBInstancesResponse;
  };
  /** This API is used to query the purchase price of an instance. */
  InquiryPriceCreateDBInstances: {
    request: InquiryPriceCreateDBInstancesRequest;
    response: InquiryPriceCreateDBInstancesResponse;
  };
  /** This API is used to query the renewal price of an instance. */
  InquiryPriceRenewDBInstance: {
    request: InquiryPriceRenewDBInstanceRequest;
    response: InquiryPriceRenewDBInstanceResponse;
  };
  /**
   * This API is used to query the fees of upgrading a specified database instance. Only pay-as-you-go
   * instance is supported.
   */
  InquiryPriceUpgradeDBInstance: {
    request: InquiryPriceUpgradeDBInstanceRequest;
    response: InquiryPriceUpgradeDBInstanceResponse;
  };
  /** This API is used to isolate an instance. */
  IsolateDBInstances: {
    request: IsolateDBInstancesRequest;
    response: IsolateDBInstancesResponse;
  };
  /** This API is used to modify account remarks. */
  ModifyAccountRemark: {
    request: ModifyAccountRemarkRequest;
    response: ModifyAccountRemarkResponse;
  };
  /** This API is used to modify the backup download restrictions. */
  ModifyBackupDownloadRestriction: {
    request: ModifyBackupDownloadRestrictionRequest;
    response: ModifyBackupDownloadRestrictionResponse;
  };
  /**
   * This API is used to modify the backup plan of an instance, such as modifying the backup start time.
   * By default, a full backup starts at midnight every day and the generated backup files will be
   * retained for seven days.
   */
  ModifyBackupPlan: {
    request: ModifyBackupPlanRequest;
    response: ModifyBackupPlanResponse;
  };
  /** This API is used to modify the specified expiration time of a full backup for an instance. */
  ModifyBaseBackupExpireTime: {
    request: ModifyBaseBackupExpireTimeRequest;
    response: ModifyBaseBackupExpireTimeResponse;
  };
  /** This API is used to switch the instance billing mode from pay-as-you-go to monthly subscription. */
  ModifyDBInstanceChargeType: {
    request: ModifyDBInstanceChargeTypeRequest;
    response: ModifyDBInstanceChargeTypeResponse;
  };
  /** This API is used to modify the AZs where the nodes of a source instance reside. */
  ModifyDBInstanceDeployment: {
    request: ModifyDBInstanceDeploymentRequest;
    response: ModifyDBInstanceDeploymentResponse;
  };
  /**
   * This API is used to modify the HA configuration of an instance. u200cwhich includes: - Allow the
   * standby node to promote to the primary node. - Allow a semi-sync instance to adopt sync or async
   * replication.
   */
  ModifyDBInstanceHAConfig: {
    request: ModifyDBInstanceHAConfigRequest;
    response: ModifyDBInstanceHAConfigResponse;
  };
  /** This API is used to rename a TencentDB for PostgreSQL instance. */
  ModifyDBInstanceName: {
    request: ModifyDBInstanceNameRequest;
    response: ModifyDBInstanceNameResponse;
  };
  /** This API is used to modify instance parameters. */
  ModifyDBInstanceParameters: {
    request: ModifyDBInstanceParametersRequest;
    response: ModifyDBInstanceParametersResponse;
  };
  /** This API is used to modify the RO group of an instance. */
  ModifyDBInstanceReadOnlyGroup: {
    request: ModifyDBInstanceReadOnlyGroupRequest;
    response: ModifyDBInstanceReadOnlyGroupResponse;
  };
  /** This API is used to modify the security group of an instance. */
  ModifyDBInstanceSecurityGroups: {
    request: ModifyDBInstanceSecurityGroupsRequest;
    response: ModifyDBInstanceSecurityGroupsResponse;
  };
  /** This API is used to modify instance specifications, including memory and disk size. */
  ModifyDBInstanceSpec: {
    request: ModifyDBInstanceSpecRequest;
    response: ModifyDBInstanceSpecResponse;
  };
  /** This API is used to modify the project of an instance. */
  ModifyDBInstancesProject: {
    request: ModifyDBInstancesProjectRequest;
    response: ModifyDBInstancesProjectResponse;
  };
  /**
   * This API is used to modify the configurations, such as parameter template name and description. It
   * can also be used to manage the parameter list in the parameter template.
   */
  ModifyParameterTemplate: {
    request: ModifyParameterTemplateRequest;
    response: ModifyParameterTemplateResponse;
  };
  /** This API is used to modify RO group configuration. */
  ModifyReadOnlyGroupConfig: {
    request: ModifyReadOnlyGroupConfigRequest;
    response: ModifyReadOnlyGroupConfigResponse;
  };
  /**
   * This API is used to perform a primary-standby switch for an instance waiting for the switch after it
   * is upgraded.
   */
  ModifySwitchTimePeriod: {
    request: ModifySwitchTimePeriodRequest;
    response: ModifySwitchTimePeriodResponse;
  };
  /** This API is used to enable the public network access of an instance. */
  OpenDBExtranetAccess: {
    request: OpenDBExtranetAccessRequest;
    response: OpenDBExtranetAccessResponse;
  };
  /** This API is used to enable the public network address of a PostgreSQL for Serverless instance. */
  OpenServerlessDBExtranetAccess: {
    request: OpenServerlessDBExtranetAccessRequest;
    response: OpenServerlessDBExtranetAccessResponse;
  };
  /**
   * This API is used to rebalance the loads of read-only replicas in an RO group. Please note that
   * connections to those read-only replicas will be interrupted transiently; therefore, you should
   * ensure that your application can reconnect to the databases. This operation should be performed with
   * caution.
   */
  RebalanceReadOnlyGroup: {
    request: RebalanceReadOnlyGroupRequest;
    response: RebalanceReadOnlyGroupResponse;
  };
  /** This API is used to remove a read-only replica from an RO group. */
  RemoveDBInstanceFromReadOnlyGroup: {
    request: RemoveDBInstanceFromReadOnlyGroupRequest;
    response: RemoveDBInstanceFromReadOnlyGroupResponse;
  };
  /** This API is used to renew an instance. */
  RenewInstance: {
    request: RenewInstanceRequest;
    response: RenewInstanceResponse;
  };
  /** This API is used to reset the account password of an instance. */
  ResetAccountPassword: {
    request: ResetAccountPasswordRequest;
    response: ResetAccountPasswordResponse;
  };
  /** This API is used to restart an instance. */
  RestartDBInstance: {
    request: RestartDBInstanceRequest;
    response: RestartDBInstanceResponse;
  };
  /** This API is used to set auto-renewal. */
  SetAutoRenewFlag: {
    request: SetAutoRenewFlagRequest;
    response: SetAutoRenewFlagResponse;
  };
  /**
   * This API is used to enable the primary-standby switch of an instance. - By initiating a switch, you
   * can verify whether the primary-standby switch is performed correctly. - By using forced switch, you
   * can forcibly initiate the primary-standby switch when the delay of replica node failed to meet the
   * switch requirement. - This operation can only be performed for the primary instance.
   */
  SwitchDBInstancePrimary: {
    request: SwitchDBInstancePrimaryRequest;
    response: SwitchDBInstancePrimaryResponse;
  };
  /**
   * This API is used to upgrade instance configurations. u200cThis API is disused and replaced by the
   * ModifyDBInstanceSpec API.
   */
  UpgradeDBInstance: {
    request: UpgradeDBInstanceRequest;
    response: UpgradeDBInstanceResponse;
  };
  /** This API is used to upgrade the kernel version of an instance. */
  UpgradeDBInstanceKernelVersion: {
    request: UpgradeDBInstanceKernelVersionRequest;
    response: UpgradeDBInstanceKernelVersionResponse;
  };
}
/** The wire name of any TencentDB for PostgreSQL action. */
export type PostgresAction = keyof PostgresActions;
