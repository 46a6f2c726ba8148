/**
 * Sub-account information
 *
 * Used by: DescribeInstanceAccount.
 */
export interface Account {
  /** Instance ID. */
  InstanceId: string;
  /** Account name. */
  AccountName: string;
  /** Account description. */
  Remark: string;
  /** Read/Write permission policy. - r: read-only. - w: write-only. - rw: read/write. */
  Privilege: string;
  /** Read-only routing policy. - master: primary node. - replication: replica node. */
  ReadonlyPolicy: string[];
  /** Sub-account status. - 1: account under modification. - 2: valid account. - 4: account deleted. */
  Status: number;
  /** Creation time */
  CreateTime: string;
}
/**
 * Available region information.
 *
 * Used by: DescribeGlobalReplicationArea.
 */
export interface AvailableRegion {
  /** Region */
  Region: string;
  /** AZ information */
  AvailableZones: string[];
}
/**
 * Backup download information
 *
 * Used by: DescribeBackupUrl.
 */
export interface BackupDownloadInfo {
  /** Backup file name */
  FileName: string;
  /** Backup file size in bytes. If the parameter value is 0, the backup file size is unknown. */
  FileSize: number;
  /** Address (valid for six hours) used to download the backup file over the public network */
  DownloadUrl: string;
  /** Address (valid for six hours) used to download the backup file over the private network */
  InnerDownloadUrl: string;
}
/**
 * The VPC that corresponds to the configured download address of the backup file
 *
 * Used by: DescribeBackupDownloadRestriction, DescribeBackupUrl, ModifyBackupDownloadRestriction.
 */
export interface BackupLimitVpcItem {
  /** The region of the VPC that corresponds to the download address of the backup file */
  Region: string;
  /** The list of VPCs that correspond to the download addresses of the backup files */
  VpcList: string[];
}
/**
 * Big key details
 *
 * Used by: DescribeInstanceMonitorBigKey.
 */
export interface BigKeyInfo {
  /** Database */
  DB: number;
  /** Big key */
  Key: string;
  /** Type */
  Type: string;
  /** Size */
  Size: number;
  /** Data timestamp */
  Updatetime: number;
}
/**
 * Big key type distribution details
 *
 * Used by: DescribeInstanceMonitorBigKeyTypeDist.
 */
export interface BigKeyTypeInfo {
  /** Type */
  Type: string;
  /** Count */
  Count: number;
  /** Size */
  Size: number;
  /** Timestamp */
  Updatetime: number;
}
/**
 * Details of the dedicated Redis cluster.
 *
 * Used by: DescribeRedisClusters.
 */
export interface CDCResource {
  /** App ID of a user. */
  AppId: number;
  /** Region ID. */
  RegionId: number;
  /** AZ ID. */
  ZoneId: number;
  /** ID of the dedicated Redis cluster. */
  RedisClusterId: string;
  /** Billing mode. 1: monthly subscription; 0: pay-as-you-go. */
  PayMode: number;
  /** Project ID. */
  ProjectId: number;
  /**
   * Automatic renewal flag. 0: default status (manual renewal); 1: automatic renewal; 2: no automatic
   * renewal.
   */
  AutoRenewFlag: number;
  /** Dedicated cluster name. */
  ClusterName: string;
  /** Instance creation time */
  StartTime: string;
  /** Instance expiration time. */
  EndTime: string;
  /** Cluster status. 1: in process; 2: running; 3: isolated. */
  Status: number;
  /** Basic control resource package. */
  BaseBundles: ResourceBundle[];
  /** Resource package list. */
  ResourceBundles: ResourceBundle[];
  /** Local dedicated cluster ID. */
  DedicatedClusterId: string;
}
/**
 * Command duration
 *
 * Used by: DescribeInstanceMonitorTopNCmdTook.
 */
export interface CommandTake {
  /** Command name. */
  Cmd: string;
  /** Time consumed. Unit: ms. */
  Took: number;
}
/**
 * Delay distribution details
 *
 * Used by: DescribeInstanceMonitorBigKeySizeDist, DescribeInstanceMonitorTookDist.
 */
export interface DelayDistribution {
  /**
   * The delay distribution. The mapping between delay range and Ladder value is as follows: - 1 :
   * [0ms,1ms]. - 5 : [1ms,5ms]. - 10 : [5ms,10ms]. - 50 : [10ms,50ms]. - 200 : [50ms,200ms]. - -1 :
   * [200ms,∞].
   */
  Ladder: number;
  /** The number of commands with delay falling within the current delay range - */
  Size: number;
  /** Modification time */
  Updatetime: number;
}
/**
 * Details of instances in the DTS task
 *
 * Used by: DescribeInstanceDTSInfo.
 */
export interface DescribeInstanceDTSInstanceInfo {
  /** Region ID. */
  RegionId: number;
  /** Instance ID. */
  InstanceId: string;
  /** Repository ID. */
  SetId: number;
  /** AZ ID. */
  ZoneId: number;
  /** Instance type. */
  Type: number;
  /** Instance name. */
  InstanceName: string;
  /** Instance access address. */
  Vip: string;
  /** Status. */
  Status: number;
}
/**
 * Replication group info
 *
 * Used by: DescribeReplicationGroup.
 */
export interface Groups {
  /**
   * User APPID, which is the unique application ID that matches an account. Some Tencent Cloud products
   * use this APPID.
   */
  AppId: number;
  /**
   * Region ID. - 1: Guangzhou. - 4: Shanghai. - 5: Hong Kong (China). - 7: Shanghai Finance. - 8:
   * Beijing. - 9: Singapore. - 11: Shenzhen Finance. - 15: Western US (Silicon Valley). - 16: Chengdu. -
   * 17: Germany. - 18: South Korea. - 19: Chongqing. - 22: Eastern US (Virginia). - 23: Thailand. - 25:
   * Japan.
   */
  RegionId: number;
  /** Replication group ID in the format of "crs-rpl-deind****" */
  GroupId: string;
  /** Replication group name. */
  GroupName: string;
  /**
   * Status of replication group - 37 : Associating replication group - 38 : Reconnecting to replication
   * group - 51 : Disassociating replication group - 52 : Switching with master instance in replication
   * group - 53 : Modifying the roles
   */
  Status: number;
  /** Number of replication groups */
  InstanceCount: number;
  /** Instance information on the replication group. */
  Instances: Instances[];
  /** Remark information. */
  Remark: string;
}
/**
 * Hot key details
 *
 * Used by: DescribeInstanceMonitorHotKey.
 */
export interface HotKeyInfo {
  /** The name of the hot key. */
  Key: string;
  /** Key type. */
  Type: string;
  /** Number of accesses for the hot key in a specified time period. */
  Count: number;
}
/**
 * Security group inbound rule
 *
 * Used by: DescribeDBSecurityGroups, DescribeProjectSecurityGroups.
 */
export interface Inbound {
  /** Policy. Valid values: ACCEPT, DROP. */
  Action: string;
  /** All the addresses that the address group ID represents. */
  AddressModule: string;
  /** Source IP or IP address range, such as 192.168.0.0/16. */
  CidrIp: string;
  /** Description. */
  Desc: string;
  /** Network protocol, such as UDP and TCP. */
  IpProtocol: string;
  /** Port. */
  PortRange: string;
  /** All the protocols and ports that the service group ID represents. */
  ServiceModule: string;
  /** All the addresses that the security group ID represents. */
  Id: string;
}
/**
 * Instance node type
 *
 * Used by: DescribeInstances.
 */
export interface InstanceClusterNode {
  /** Node group name. */
  Name: string;
  /** ID of the runtime node of an instance */
  RunId: string;
  /** Cluster role. Valid values: - 0 (master) - 1 (replica) */
  Role: number;
  /** Node status. Valid values: - 0 (read/write) - 1 (read) - 2 (backup) */
  Status: number;
  /** Service status. Valid values: 0 (down), 1 (on). */
  Connected: number;
  /** Node creation time */
  CreateTime: string;
  /** Node elimination time */
  DownTime: string;
  /** Node slot distribution range */
  Slots: string;
  /** Distribution of node keys */
  Keys: number;
  /** Node QPS Number of executions per second on sharded nodes Unit: Counts/sec */
  Qps: number;
  /** QPS slope of a node */
  QpsSlope: number;
  /** Node storage */
  Storage: number;
  /** Node storage slope */
  StorageSlope: number;
}
/**
 * Information list of instance shards
 *
 * Used by: DescribeInstanceShards.
 */
export interface InstanceClusterShard {
  /** The name of a shard node */
  ShardName: string;
  /** The serial number of a shard node */
  ShardId: string;
  /** The role of a shard node - 0 : Master node. - 1 : Replica node. */
  Role: number;
  /** Number of keys */
  Keys: number;
  /** Slot information */
  Slots: string;
  /** Used Capacity */
  Storage: number;
  /** Capacity slope */
  StorageSlope: number;
  /**
   * This field is recommended to use the RunId instead due to spelling inconsistency. Meaning: The node
   * ID during instance runtime.
   */
  Runid: string;
  /** The node ID during instance runtime. */
  RunId: string;
  /** Service status - 0 : Down. - 1 : On. */
  Connected: number;
}
/**
 * Description of the instance parameter in Enum type
 *
 * Used by: DescribeInstanceParams.
 */
export interface InstanceEnumParam {
  /** Parameter name */
  ParamName: string;
  /** Parameter type, such as Enum. */
  ValueType: string;
  /**
   * Whether to restart the database after modifying the parameters. Valid values: - true (required) -
   * false (not required)
   */
  NeedRestart: string;
  /** Default value of the parameter */
  DefaultValue: string;
  /** Current value */
  CurrentValue: string;
  /** Description */
  Tips: string;
  /** Acceptable values for the parameter */
  EnumValue: string[];
  /** Parameter modification status. Valid values: - 1 (modifying) - 2 (modified) */
  Status: number;
}
/**
 * Description of the instance parameter in Integer type
 *
 * Used by: DescribeInstanceParams.
 */
export interface InstanceIntegerParam {
  /** Parameter name */
  ParamName: string;
  /** Parameter type: Integer */
  ValueType: string;
  /** Whether restart is required after a modification is made. Valid values: true, false */
  NeedRestart: string;
  /** Default value of the parameter */
  DefaultValue: string;
  /** Current value */
  CurrentValue: string;
  /** Parameter description */
  Tips: string;
  /** Minimum value of the parameter */
  Min: string;
  /** Maximum value of the parameter */
  Max: string;
  /** Parameter status. 1: modifying; 2: modified */
  Status: number;
  /** Parameter unit. */
  Unit: string;
}
/**
 * Description of the instance parameter in Multi type
 *
 * Used by: DescribeInstanceParams.
 */
export interface InstanceMultiParam {
  /** Parameter name */
  ParamName: string;
  /** Parameter Type such as MULTI */
  ValueType: string;
  /**
   * Whether to restart the database after modifying the parameter. Valid values: - true (required) -
   * false (not required)
   */
  NeedRestart: string;
  /** Default value of the parameter */
  DefaultValue: string;
  /** Current value */
  CurrentValue: string;
  /** Description */
  Tips: string;
  /** Parameter enumeration value. */
  EnumValue: string[];
  /** Parameter modification status. Valid values: - 1 (modifying) - 2 (modified) */
  Status: number;
}
/**
 * Instance node
 *
 * Used by: DescribeInstances.
 */
export interface InstanceNode {
  /** Instance ID */
  Id: number;
  /** Node details */
  InstanceClusterNode: InstanceClusterNode[];
}
/**
 * Instance parameter
 *
 * Used by: CreateParamTemplate, ModifyInstanceParams, ModifyParamTemplate.
 */
export interface InstanceParam {
  /** Parameter name, such as “timeout”. For supported custom parameters, see Setting Instance Parameters */
  Key: string;
  /**
   * Current parameter value. For example, if you set the current value of “timeout” to 120 (in seconds),
   * the client connections that remain idle longer than 120 seconds will be closed. For more information
   * on parameter values, see Setting Instance Parameters
   */
  Value: string;
}
/**
 * History of instance parameter modifications
 *
 * Used by: DescribeInstanceParamRecords.
 */
export interface InstanceParamHistory {
  /** Parameter name */
  ParamName: string;
  /** The value of the parameter before modification */
  PreValue: string;
  /** The value of the parameter after modification */
  NewValue: string;
  /**
   * Parameter configuration status - 1 : The parameter configuration is being modified. - 2 : The
   * parameter configuration has been modified successfully. - 3 : Failed to modify the parameter
   * configuration.
   */
  Status: number;
  /** Modification time */
  ModifyTime: string;
}
/**
 * Proxy slow query details
 *
 * Used by: DescribeProxySlowLog.
 */
export interface InstanceProxySlowlogDetail {
  /** Slow query duration in milliseconds */
  Duration: number;
  /** Client address */
  Client: string;
  /** Slow query command */
  Command: string;
  /** Detailed command line information of slow query */
  CommandLine: string;
  /** Execution time */
  ExecuteTime: string;
}
/**
 * Instances in replication group
 *
 * Used by: DescribeReplicationGroup.
 */
export interface Instances {
  /**
   * User APPID, which is the unique application ID that matches an account. Some Tencent Cloud products
   * use this APPID.
   */
  AppId: number;
  /** Instance ID */
  InstanceId: string;
  /** Instance name */
  InstanceName: string;
  /**
   * Region ID. 1: Guangzhou; 4: Shanghai; 5: Hong Kong (China); 7: Shanghai Finance; 8: Beijing; 9:
   * Singapore; 11: Shenzhen Finance; 15: Western United States (Silicon Valley).
   */
  RegionId: number;
  /** Region ID */
  ZoneId: number;
  /** Number of replicas */
  RedisReplicasNum: number;
  /** Number of shards */
  RedisShardNum: number;
  /** Shard memory size. */
  RedisShardSize: number;
  /** Instance disk size. */
  DiskSize: number;
  /** Engine: Redis Community Edition, Tencent Cloud CKV. */
  Engine: string;
  /** Read-write permission of the instance. rw : Read/Write. r : Read-only. */
  Role: string;
  /** Instance VIP */
  Vip: string;
  /**
   * This parameter encounters a naming issue. It is recommended to use the parameter IPv6 instead. It is
   * an internal parameter and can be ignored.
   */
  Vip6: string;
  /** Internal parameter, which can be ignored. */
  IPv6: string;
  /** VPC ID, such as 75101. */
  VpcID: number;
  /** Instance port */
  VPort: number;
  /**
   * Instance status. 0 : Uninitialized. 1 : In the process. 2 : Running. -2 : Isolated. -3 : To be
   * deleted.
   */
  Status: number;
  /** Repository ID */
  GrocerySysId: number;
  /**
   * Instance type - 2 : Redis 2.8 Memory Edition (Standard Architecture). - 3 : CKV 3.2 Memory Edition
   * (Standard Architecture). - 4 : CKV 3.2 Memory Edition (Cluster Architecture) - 5 : Redis 2.8 Memory
   * Edition (Standalone) - 6 : Redis 4.0 Memory Edition (Standard Architecture). - 7 : Redis 4.0 Memory
   * Edition (Cluster Architecture) - 8 : Redis 5.0 Memory Edition (Standard Architecture). - 9 : Redis
   * 5.0 Memory Edition (Cluster Architecture) - 15 : Redis 6.2 Memory Edition (Standard Architecture). -
   * 16 : Redis 6.2 Memory Edition (Cluster Architecture)
   */
  ProductType: number;
  /** The time when the instance was added to the replication group. */
  CreateTime: string;
  /** The time when instances in the replication group were updated. */
  UpdateTime: string;
}
/**
 * Security group information of the instance
 *
 * Used by: DescribeInstanceSecurityGroup.
 */
export interface InstanceSecurityGroupDetail {
  /** Instance ID */
  InstanceId: string;
  /** Security group information, which includes security group ID, name, outbound and inbound rules. */
  SecurityGroupDetails: SecurityGroupDetail[];
}
/**
 * List of instance details
 *
 * Used by: DescribeInstances.
 */
export interface InstanceSet {
  /** Instance name. */
  InstanceName: string;
  /** Instance ID. */
  InstanceId: string;
  /**
   * App ID of a user, which is an application ID that uniquely corresponds to the account ID. Some
   * Tencent Cloud products use this app ID.
   */
  Appid: number;
  /** Project ID. */
  ProjectId: number;
  /**
   * Region ID. 1: Guangzhou. 4: Shanghai. 5: Hong Kong (China). 7: Shanghai Finance. 8: Beijing. 9:
   * Singapore. 11: Shenzhen Finance. 15: Western US (Silicon Valley). 16: Chengdu. 17: Frankfurt. 18:
   * Seoul. 19: Chongqing. 22: Eastern US (Virginia). 23: Bangkok. 25: Tokyo.
   */
  RegionId: number;
  /** Zone ID. */
  ZoneId: number;
  /** VPC ID, for example, 75101. */
  VpcId: number;
  /** ID of the subnet under VPC, for example, 46315. */
  SubnetId: number;
  /**
   * Current instance status. 0: to be initialized; 1: in process; 2: running; -2: isolated; -3: to be
   * deleted.
   */
  Status: number;
  /** Instance VIP. */
  WanIp: string;
  /** Instance port number. */
  Port: number;
  /** Instance creation time, for example, in the format of 2020-01-15 10:20:00. */
  Createtime: string;
  /** Instance memory capacity. Unit: MB (1 MB = 1024 KB). */
  Size: number;
  /**
   * Instance type. - 2: Redis 2.8 memory edition (standard architecture). - 3: CKV 3.2 memory edition
   * (standard architecture). - 4: CKV 3.2 memory edition (cluster architecture). - 5: Redis 2.8 memory
   * edition (standalone). - 6: Redis 4.0 memory edition (standard architecture). - 7: Redis 4.0 memory
   * edition (cluster architecture). - 8: Redis 5.0 memory edition (standard architecture). - 9: Redis
   * 5.0 memory edition (cluster architecture). - 15: Redis 6.2 memory edition (standard architecture). -
   * 16: Redis 6.2 memory edition (cluster architecture). - 17: Redis 7.0 memory edition (standard
   * architecture). - 18: Redis 7.0 memory edition (cluster architecture). - 200: Memcached 1.6 memory
   * edition (cluster architecture).
   */
  Type: number;
  /** Whether the automatic renewal flag is set for an instance. 1: set; 0: not set. */
  AutoRenewFlag: number;
  /** Expiration time of a monthly subscription instance. */
  DeadlineTime: string;
  /** Engine. Valid values: Redis Community Edition and Tencent Cloud CKV. */
  Engine: string;
  /** Product type. standalone: Standard Edition; cluster: Cluster Edition. */
  ProductType: string;
  /** VPC ID, for example, vpc-fk33jsf43kgv. */
  UniqVpcId: string;
  /** ID of the subnet under VPC, for example, subnet- fd3j6l35mm0. */
  UniqSubnetId: string;
  /** Billing mode. Only pay-as-you-go billing is supported. */
  BillingMode: number;
  /** Description of the instance running status, for example, running. */
  InstanceTitle: string;
  /**
   * Default termination time of isolated instances, for example, in the format of 2020-02-15 10:20:00.
   * By default, a pay-as-you-go instance will be terminated after 2 hours of isolation, and a monthly
   * subscription instance will be terminated after 7 days.
   */
  OfflineTime: string;
  /**
   * Sub-status returned for the instance in the process. - 0: disk read-write status. - 1: disk
   * read-only status because the upper limit is exceeded.
   */
  SubStatus: number;
  /** Anti-affinity tag. */
  Tags: string[];
  /** Instance node information. */
  InstanceNode: InstanceNode[];
  /** Shard size. */
  RedisShardSize: number;
  /** Number of shards. */
  RedisShardNum: number;
  /** Number of replicas. */
  RedisReplicasNum: number;
  /** Billing ID. */
  PriceId: number;
  /** Time when an instance starts to be isolated. */
  CloseTime: string;
  /** Read weight of a secondary node. */
  SlaveReadWeight: number;
  /** Information on tags associated with the instance. */
  InstanceTags: InstanceTagInfo[];
  /** Project name */
  ProjectName: string;
  /**
   * Whether the instance is password-free. true: password-free instance. false: password required by the
   * instance.
   */
  NoAuth: boolean;
  /** Number of client connections. */
  ClientLimit: number;
  /** DTS status. (Internal parameter, which can be ignored.) */
  DtsStatus: number;
  /** Shard bandwidth limit. Unit: MB. */
  NetLimit: number;
  /** Password-free instance flag. (Internal parameter, which can be ignored.) */
  PasswordFree: number;
  /**
   * This parameter encounters a naming issue. It is recommended to use the parameter IPv6 instead. It is
   * an internal parameter and can be ignored.
   */
  Vip6: string;
  /** Internal parameter, which can be ignored. */
  IPv6: string;
  /** Instance read-only flag. (Internal parameter, which can be ignored.) */
  ReadOnly: number;
  /** Internal parameter, which can be ignored. */
  RemainBandwidthDuration: string;
  /** For TencentDB for Redis® instances, ignore this parameter. */
  DiskSize: number;
  /**
   * Monitoring version. 1m: monitoring with the 1-minute granularity. Currently, this monitoring
   * granularity is unavailable. For details, see 1-Minute Granularity Will Be Disused. 5s: monitoring
   * with the 5-second granularity.
   */
  MonitorVersion: string;
  /** Minimum value that can be set for the maximum number of client connections. */
  ClientLimitMin: number;
  /** Maximum value that can be set for the maximum number of client connections. */
  ClientLimitMax: number;
  /** Node details of the instance. It is returned only for multi-AZ instances. */
  NodeSet: RedisNodeInfo[];
  /** Region information on the instance. For example, ap- guangzhou. */
  Region: string;
  /** Public network address. */
  WanAddress: string;
  /** Polaris service address for internal use. */
  PolarisServer: string;
  /** CDC cluster ID of TencentDB for Redis®. */
  RedisClusterId: string;
  /** CDC cluster ID. */
  DedicatedClusterId: string;
  /** Product edition. local: local disk. cloud: cloud disk edition. cdc: CDC cluster edition. */
  ProductVersion: string;
  /** Current proxy version of the instance. */
  CurrentProxyVersion: string;
  /**
   * Current cache minor version of the instance. If the instance is added to a global replication group,
   * the global replication kernel version is displayed.
   */
  CurrentRedisVersion: string;
  /** Upgradable proxy version for the instance. */
  UpgradeProxyVersion: string;
  /** Upgradable cache minor version for the instance. */
  UpgradeRedisVersion: string;
  /** Backup mode. - SecondLevelBackup: second-level backup. - NormalLevelBackup: ordinary backup. */
  BackupMode: string;
}
/**
 * Slow log details
 *
 * Used by: DescribeSlowLog.
 */
export interface InstanceSlowlogDetail {
  /** Slow log duration */
  Duration: number;
  /** Client address */
  Client: string;
  /** Command */
  Command: string;
  /** Command line details */
  CommandLine: string;
  /** Execution duration */
  ExecuteTime: string;
  /** Node ID */
  Node: string;
}
/**
 * Instance tag information
 *
 * Used by: DescribeInstances.
 */
export interface InstanceTagInfo {
  /** Tag key */
  TagKey: string;
  /** Tag value */
  TagValue: string;
}
/**
 * Description of instance parameter in Char type
 *
 * Used by: DescribeInstanceParams.
 */
export interface InstanceTextParam {
  /** Parameter name */
  ParamName: string;
  /** Parameter type such as Text. */
  ValueType: string;
  /**
   * Whether to restart the database after modifying the parameter. Valid values: - true (required) -
   * false (not required)
   */
  NeedRestart: string;
  /** Default value of the parameter */
  DefaultValue: string;
  /** Current value */
  CurrentValue: string;
  /** Description */
  Tips: string;
  /** Acceptable values of the parameter */
  TextValue: string[];
  /** Parameter modification status. Valid values: - 1 (modifying) - 2 (modified) */
  Status: number;
}
/**
 * Log shipping information.
 *
 * Used by: DescribeInstanceLogDelivery.
 */
export interface LogDeliveryInfo {
  /** Enabling status of log shipping. true: enabled; false: disabled. */
  Enabled: boolean;
  /** Log set ID. */
  LogsetId: string;
  /** Log topic ID. */
  TopicId: string;
  /** Logset region */
  LogRegion: string;
}
/**
 * Security group outbound rule
 *
 * Used by: DescribeDBSecurityGroups, DescribeProjectSecurityGroups.
 */
export interface Outbound {
  /** Policy. Valid values: ACCEPT, DROP. */
  Action: string;
  /** All the addresses that the address group ID represents. */
  AddressModule: string;
  /** Source IP or IP address range, such as 192.168.0.0/16. */
  CidrIp: string;
  /** Description. */
  Desc: string;
  /** Network protocol, such as UDP and TCP. */
  IpProtocol: string;
  /** Port. */
  PortRange: string;
  /** All the protocols and ports that the service group ID represents. */
  ServiceModule: string;
  /** All the addresses that the security group ID represents. */
  Id: string;
}
/**
 * Details of the parameters in the parameter template
 *
 * Used by: DescribeParamTemplateInfo.
 */
export interface ParameterDetail {
  /** Parameter name */
  Name: string;
  /** Parameter Type */
  ParamType: string;
  /** Default value of the parameter */
  Default: string;
  /** Parameter description */
  Description: string;
  /** Current value of the parameter */
  CurrentValue: string;
  /**
   * Whether to restart the database for the modified parameters to take effect - 0 : No restart. - 1 :
   * Restart required.
   */
  NeedReboot: number;
  /** Maximum parameter value allowed. */
  Max: string;
  /** Minimum parameter value allowed. */
  Min: string;
  /** Optional enumeration values of a parameter. For non-enumeration parameters, it is empty. */
  EnumValue: string[];
}
/**
 * Parameter template information
 *
 * Used by: DescribeParamTemplates.
 */
export interface ParamTemplateInfo {
  /** Parameter template ID */
  TemplateId: string;
  /** Parameter template name */
  Name: string;
  /** Parameter template description */
  Description: string;
  /**
   * Instance type - 2 : Redis 2.8 Memory Edition (Standard Architecture). - 3 : CKV 3.2 Memory Edition
   * (Standard Architecture). - 4 : CKV 3.2 Memory Edition (Cluster Architecture). - 5 : Redis 2.8 Memory
   * Edition (Standalone). - 6 : Redis 4.0 Memory Edition (Standard Architecture). - 7 : Redis 4.0 Memory
   * Edition (Cluster Architecture). - 8 : Redis 5.0 Memory Edition (Standard Architecture). - 9 : Redis
   * 5.0 Memory Edition (Cluster Architecture). - 15 : Redis 6.2 Memory Edition (Standard Architecture).
   * - 16 : Redis 6.2 Memory Edition (Cluster Architecture).
   */
  ProductType: number;
}
/**
 * Product information
 *
 * Used by: DescribeProductInfo.
 */
export interface ProductConf {
  /**
   * Product type - 2 : Redis 2.8 Memory Edition (Standard Architecture). - 3 : CKV 3.2 Memory Edition
   * (Standard Architecture). - 4 : CKV 3.2 Memory Edition (Cluster Architecture). - 5 : Redis 2.8 Memory
   * Edition (Standalone). - 6 : Redis 4.0 Memory Edition (Standard Architecture). - 7 : Redis 4.0 Memory
   * Edition (Cluster Architecture). - 8 : Redis 5.0 Memory Edition (Standard Architecture). - 9 : Redis
   * 5.0 Memory Edition (Cluster Architecture). - 15 : Redis 6.2 Memory Edition (Standard Architecture).
   * - 16 : Redis 6.2 Memory Edition (Cluster Architecture).
   */
  Type: number;
  /**
   * Product names, including Redis Master-Replica Edition, Redis Standalone Edition, Redis 4.0 Cluster
   * Edition, CKV Master- Replica Edition, and CKV Standalone Edition.
   */
  TypeName: string;
  /** Minimum purchasable quantity */
  MinBuyNum: number;
  /** Maximum purchasable quantity */
  MaxBuyNum: number;
  /** Whether a product is sold out - true : Sold out. - false : Not sold out. */
  Saleout: boolean;
  /** Product engine. Valid values: Redis and CKV. */
  Engine: string;
  /** Compatible versions, including Redis 2.8, 3.2, 4.0, 5.0, and 6.2. */
  Version: string;
  /** Total capacity in GB */
  TotalSize: string[];
  /** Shard size in GB */
  ShardSize: string[];
  /** Quantity of replicas */
  ReplicaNum: string[];
  /** Quantity of shards */
  ShardNum: string[];
  /** Supported billing modes - 1 : Monthly subscription. - 0 : Pay-as-you-go. */
  PayMode: string;
  /** Whether read-only replica is supported. - true: read-only replica supported. - false: not supported. */
  EnableReplicaReadOnly: boolean;
}
/**
 * Proxy node information
 *
 * Used by: DescribeInstanceNodeInfo.
 */
export interface ProxyNodes {
  /** Node ID. */
  NodeId: string;
  /** AZ ID. */
  ZoneId: number;
}
/**
 * Array of instance backups
 *
 * Used by: DescribeInstanceBackups.
 */
export interface RedisBackupSet {
  /** Backup start time */
  StartTime: string;
  /** Backup task ID */
  BackupId: string;
  /**
   * Backup type. Valid values: 1 (Automatic backup in the early morning initiated by the system.) 0 :
   * Manual backup initiated by the user.
   */
  BackupType: string;
  /**
   * Backup status. Valid values: - 1 : The backup is locked by another process. - 2 : The backup is
   * normal and not locked by any process. - -1 : The backup is expired. - 3 : The backup is being
   * exported. - 4 : Exported the backup successfully.
   */
  Status: 1 | 2 | -1 | 3 | 4 | (number & {});
  /** Backup remarks */
  Remark: string;
  /** Whether the backup is locked. Valid values: - 0 (no) - 1 (yes) */
  Locked: number;
  /** Internal field, which can be ignored. */
  BackupSize: number;
  /** Internal field, which can be ignored. */
  FullBackup: number;
  /** Internal field, which can be ignored. */
  InstanceType: number;
  /** Instance ID */
  InstanceId: string;
  /** Instance name */
  InstanceName: string;
  /** The region where the local backup resides. */
  Region: string;
  /** Backup end time */
  EndTime: string;
  /** Backup file type */
  FileType: string;
  /** Backup file expiration time */
  ExpireTime: string;
}
/**
 * Instance information
 *
 * Used by: DescribeCommonDBInstances.
 */
export interface RedisCommonInstanceList {
  /** Instance name */
  InstanceName: string;
  /** Instance ID */
  InstanceId: string;
  /**
   * User APPID, which is the unique application ID that matches an account. Some Tencent Cloud products
   * use this APPID.
   */
  AppId: number;
  /** Project ID of the instance */
  ProjectId: number;
  /** Instance region */
  Region: string;
  /** Instance AZ */
  Zone: string;
  /** Instance VPC ID */
  VpcId: string;
  /** VPC subnet ID */
  SubnetId: string;
  /**
   * Instance status information - 1 : Task running. - 2 : Instance running. - -2 : Instance isolated. -
   * -3 : Instance being eliminated. - -4 : Instance eliminated.
   */
  Status: string;
  /** Private network IP address of an instance */
  Vips: string[];
  /** Instance network port */
  Vport: number;
  /** Instance creation time */
  Createtime: string;
  /** Billing type - 0 : Pay-as-you-go. - 1 : Monthly subscription. */
  PayMode: number;
  /** Network Type - 0 : Classic network. - 1 : VPC. */
  NetType: number;
}
/**
 * Instance event information.
 *
 * Used by: DescribeInstanceEvents.
 */
export interface RedisInstanceEvent {
  /** Event ID. */
  ID: number;
  /** Instance ID. */
  InstanceId: string;
  /** Instance name. */
  InstanceName: string;
  /**
   * Event type. Currently, the type can only be related to instance migration, resource movement, and
   * IDC deletion. This parameter can be set only to InstanceMigration.
   */
  Type: string;
  /**
   * Event level. The levels are divided into critical, important, medium, and general based on severity
   * and urgency. - Critical: critical. - High: important. - Middle: medium. - Low.
   */
  Grade: string;
  /** Scheduled event execution date. */
  ExecutionDate: string;
  /** Start date of scheduled event execution. */
  StartTime: string;
  /** End date of scheduled event execution. */
  EndTime: string;
  /**
   * Latest execution date of the Ops event. The event should be completed before this date. Otherwise,
   * the business may be affected.
   */
  LatestExecutionDate: string;
  /**
   * Current event status. - Waiting: event not reached the execution date or not within the maintenance
   * window. - Running: event within the maintenance window and under maintenance execution. - Finished:
   * event with maintenance completed. - Canceled: Execution of the event is canceled.
   */
  Status: string;
  /** Completion time of the event execution task. */
  TaskEndTime: string;
  /** Event impact information. */
  EffectInfo: string;
  /** Initial scheduled event execution date. */
  InitialExecutionDate: string;
}
/**
 * Running information of Redis nodes
 *
 * Used by: DescribeInstanceZoneInfo.
 */
export interface RedisNode {
  /** Number of keys on Redis nodes */
  Keys: number;
  /** Slot distribution range for Redis node. Value range: 0-5460. */
  Slot: string;
  /** Node sequence ID */
  NodeId: string;
  /** Node status */
  Status: string;
  /** Node role */
  Role: string;
}
/**
 * Master or replica node information of the TencentDB for Redis instance.
 *
 * Used by: CloneInstances, CreateInstances, DescribeInstances, ModifyInstanceAvailabilityZones,
 * UpgradeInstance.
 */
export interface RedisNodeInfo {
  /** Node type. 0 : Master node. 1 : Replica node. */
  NodeType: number;
  /**
   * ID of the master or replica node This parameter is optional when the CreateInstances API is used to
   * create a TencentDB for Redis instance, but it is required when the UpgradeInstance API is used to
   * adjust the configuration of an instance by deleting a replica. You can use the DescribeInstances API
   * to get the node ID of integer type.
   */
  NodeId?: number;
  /** ID of the AZ of the master or replica node */
  ZoneId?: number;
  /** Name of the AZ of the master or replica node */
  ZoneName?: string;
}
/**
 * Redis node information
 *
 * Used by: DescribeInstanceNodeInfo.
 */
export interface RedisNodes {
  /** Node ID */
  NodeId: string;
  /** Node role */
  NodeRole: string;
  /** Shard ID */
  ClusterId: number;
  /** AZ ID */
  ZoneId: number;
}
/**
 * Region information
 *
 * Used by: DescribeProductInfo.
 */
export interface RegionConf {
  /** Region ID */
  RegionId: string;
  /** Region name */
  RegionName: string;
  /** Region abbreviation */
  RegionShortName: string;
  /** Name of the area where a region is located */
  Area: string;
  /** AZ information */
  ZoneSet: ZoneCapacityConf[];
}
/**
 * Information of the instance node group
 *
 * Used by: DescribeInstanceZoneInfo.
 */
export interface ReplicaGroup {
  /** Node group ID */
  GroupId: number;
  /** Node group name, which is empty for the master node */
  GroupName: string;
  /** Node AZ ID, such as ap-guangzhou-1 */
  ZoneId: string;
  /** Node group type. master: primary node; replica: replica node. */
  Role: string;
  /** List of nodes in the node group */
  RedisNodes: RedisNode[];
}
/**
 * Dedicated Redis cluster resource package.
 *
 * Used by: DescribeRedisClusters.
 */
export interface ResourceBundle {
  /** Resource package name. */
  ResourceBundleName: string;
  /** Saleable memory. Unit: GB. */
  AvailableMemory: number;
  /** Number of resource packages. */
  Count: number;
}
/**
 * Tag bound to the instance purchased via API
 *
 * Used by: CloneInstances, CreateInstances.
 */
export interface ResourceTag {
  /** Tag key */
  TagKey: string;
  /** The value corresponding to the tag key */
  TagValue: string;
}
/**
 * Timestamp range within which second-level backup is missing
 *
 * Used by: DescribeSecondLevelBackupInfo.
 */
export interface SecondLevelBackupMissingTimestamps {
  /** Start timestamp. */
  StartTimeStamp: number;
  /** End timestamp. */
  EndTimeStamp: number;
}
/**
 * Security group rules
 *
 * Used by: DescribeDBSecurityGroups, DescribeProjectSecurityGroups.
 */
export interface SecurityGroup {
  /** Creation time in the format of yyyy-mm-dd hh:mm:ss. */
  CreateTime: string;
  /** Project ID. */
  ProjectId: number;
  /** Security group ID. */
  SecurityGroupId: string;
  /** Security group name. */
  SecurityGroupName: string;
  /** Security group remarks. */
  SecurityGroupRemark: string;
  /** Outbound rule. */
  Outbound: Outbound[];
  /** Inbound rule. */
  Inbound: Inbound[];
}
/**
 * Security group details
 *
 * Used by: DescribeInstanceSecurityGroup, DescribeProjectSecurityGroup.
 */
export interface SecurityGroupDetail {
  /** Project ID */
  ProjectId: number;
  /** Security group creation time */
  CreateTime: string;
  /** Security group ID */
  SecurityGroupId: string;
  /** Security group name */
  SecurityGroupName: string;
  /** Security group remarks */
  SecurityGroupRemark: string;
  /** Inbound rules of the security group, which control the access source to the database. */
  InboundRule: SecurityGroupsInboundAndOutbound[];
  /** Security group outbound rule */
  OutboundRule: SecurityGroupsInboundAndOutbound[];
}
/**
 * Security group inbound/outbound rules
 *
 * Used by: DescribeInstanceSecurityGroup, DescribeProjectSecurityGroup.
 */
export interface SecurityGroupsInboundAndOutbound {
  /**
   * Whether the inbound and outbound IP addresses and ports of the database are allowed. - ACCEPT:
   * allowed. - DROP: disallowed.
   */
  Action: string;
  /** IP address for accessing the database */
  Ip: string;
  /** Port number */
  Port: string;
  /** Protocol type */
  Proto: string;
}
/**
 * Access command
 *
 * Used by: DescribeInstanceMonitorTopNCmd.
 */
export interface SourceCommand {
  /** Command name. */
  Cmd: string;
  /** Number of executions. */
  Count: number;
}
/**
 * Access source information
 *
 * Used by: DescribeInstanceMonitorSIP.
 */
export interface SourceInfo {
  /** Source IP */
  Ip: string;
  /** Number of connections */
  Conn: number;
  /** Command */
  Cmd: number;
}
/**
 * Task details
 *
 * Used by: DescribeTaskList.
 */
export interface TaskInfoDetail {
  /** Task ID. */
  TaskId: number;
  /** Task start time. */
  StartTime: string;
  /**
   * Task type. - FLOW_CREATE: "001", indicating instance creation. - FLOW_RESIZE: "002", indicating
   * configuration modification. - FLOW_CLOSE: "003", indicating instance disabling. - FLOW_CLEAN: "004",
   * indicating instance cleanup. - FLOW_STARTUP: "005", indicating instance enabling. - FLOW_DELETE:
   * "006", indicating instance deletion. - FLOW_SETPWD: "007", indicating password reset. -
   * FLOW_EXPORTBACKUP: "009", indicating backup file export. - FLOW_RESTOREBACKUP: "010", indicating
   * backup restoration. - FLOW_BACKUPINSTANCE: "012", indicating instance backup. -
   * FLOW_MIGRATEINSTANCE: "013", indicating instance migration. - FLOW_DELBACKUP: "014", indicating
   * backup deletion. - FLOW_EXCHANGEINSTANCE: "016", indicating instance switch. - FLOW_AUTOBACKUP:
   * "017", indicating automatic instance backup. - FLOW_MIGRATECHECK: "022", indicating migration
   * parameter verification. - FLOW_MIGRATETASK: "023", indicating that data migration is in progress. -
   * FLOW_CLEANDB: "025", indicating database cleanup. - FLOW_CLONEBACKUP: "026": indicating backup
   * cloning. - FLOW_CHANGEVIP: "027", indicating VIP address modification. - FLOW_EXPORSHR: "028",
   * indicating scaling. - FLOW_ADDNODES: "029", indicating node addition (removal). - FLOW_CHANGENET:
   * "031", indicating network type modification. - FLOW_MODIFYINSTACEREADONLY: "033": indicating
   * read-only policy modification. - FLOW_MODIFYINSTANCEPARAMS: "034", indicating instance parameter
   * modification. - FLOW_MODIFYINSTANCEPASSWORDFREE: "035", indicating password- free access settings. -
   * FLOW_SWITCHINSTANCEVIP: "036", indicating instance VIP address switch. - FLOW_MODIFYINSTANCEACCOUNT:
   * "037", indicating instance account modification. - FLOW_MODIFYINSTANCEBANDWIDTH: "038", indicating
   * instance bandwidth modification. - FLOW_ENABLEINSTANCE_REPLICATE: "039", indicating enabling of
   * read-only replica. - FLOW_DISABLEINSTANCE_REPLICATE: "040", indicating disabling of read-only
   * replica. - FLOW_UpgradeArch: "041", indicating instance architecture upgrade from the standard
   * architecture to the cluster architecture. - FLOW_DowngradeArch: "042", indicating instance
   * architecture downgrade from the cluster architecture to the standard architecture. -
   * FLOW_UpgradeVersion: "043", indicating version upgrade. - FLOW_MODIFYCONNECTIONCONFIG: "044",
   * indicating adjustment of the bandwidth and the number of connections. - FLOW_CLEARNETWORK: "045",
   * indicating network change. - FLOW_REMOVE_BACKUP_FILE: "046", indicating backup deletion. -
   * FLOW_UPGRADE_SUPPORT_MULTI_AZ: "047", indicating instance upgrade to multi-AZ deployment. -
   * FLOW_SHUTDOWN_MASTER: "048", indicating fault simulation. - FLOW_CHANGE_REPLICA_TO_MASTER: "049",
   * indicating manual promotion to the primary node. - FLOW_CODE_ADD_REPLICATION_INSTANCE: "050",
   * indicating replication group addition. - FLOW_OPEN_WAN: "052", indicating enabling of public network
   * access. - FLOW_CLOSE_WAN: "053", indicating disabling of public network access. -
   * FLOW_CODE_DELETE_REPLICATION_INSTANCE: "055", indicating replication group unbinding. -
   * FLOW_CODE_CHANGE_MASTER_INSTANCE: "056", indicating switching a replication group instance to the
   * primary instance. - FLOW_CODE_CHANGE_INSTANCE_ROLE: "057", indicating modification of the
   * replication group instance role. - FLOW_MIGRATE_NODE: "058", indicating node migration. -
   * FLOW_SWITCH_NODE: "059", indicating node switch. - FLOW_UPGRADE_SMALL_VERSION: "060", indicating
   * Redis version upgrade. - FLOW_UPGRADE_PROXY_VERSION: "061", indicating proxy version upgrade. -
   * FLOW_MODIFY_INSTANCE_NETWORK: "062", indicating instance network modification. -
   * FLOW_MIGRATE_PROXY_NODE: "063", indicating proxy node migration. - FLOW_MIGRATION_INSTANCE_ZONE:
   * "066", indicating that instance migration to another AZ is in progress. -
   * FLOW_UPGRADE_INSTANCE_CACHE_AND_PROXY: "067", indicating that instance version upgrade is in
   * progress. - FLOW_MODIFY_PROXY_NUM: "069", indicating proxy node addition (removal). -
   * FLOW_MODIFYBACKUPMOD: "070", indicating instance backup mode modification.
   */
  TaskType: string;
  /** Instance name. */
  InstanceName: string;
  /** Instance ID. */
  InstanceId: string;
  /** Project ID. */
  ProjectId: number;
  /** Task progress. */
  Progress: number;
  /** Task execution end time. */
  EndTime: string;
  /** Task execution status. 0: initializing the task. 1: executing. 2. completed. 4: failed. */
  Result: number;
}
/**
 * Tendis node information
 *
 * Used by: DescribeInstanceNodeInfo.
 */
export interface TendisNodes {
  /** Node ID */
  NodeId: string;
  /** Node role */
  NodeRole: string;
  /** AZ ID. */
  ZoneId: number;
}
/**
 * Tendis slow query details
 *
 * Used by: DescribeTendisSlowLog.
 */
export interface TendisSlowLogDetail {
  /** Execution time */
  ExecuteTime: string;
  /** Duration of the slow query (ms) */
  Duration: number;
  /** Command */
  Command: string;
  /** Command line details */
  CommandLine: string;
  /** Node ID */
  Node: string;
}
/**
 * Order transaction information
 *
 * Used by: DescribeInstanceDealDetail.
 */
export interface TradeDealDetail {
  /** Order ID, which is used when a TencentCloud API is called. */
  DealId: string;
  /** Long order ID, which is used when an order issue is submitted for assistance. */
  DealName: string;
  /** AZ ID */
  ZoneId: number;
  /** Number of instances associated with the order */
  GoodsNum: number;
  /** Creator UIN */
  Creater: string;
  /** Order creation time */
  CreatTime: string;
  /** Order timeout period */
  OverdueTime: string;
  /** Order completion time */
  EndTime: string;
  /**
   * Order status. 1: unpaid; 2: paid but not delivered; 3: In delivery; 4: successfully delivered; 5:
   * delivery failed; 6: refunded; 7: order closed; 8: order expired; 9: order invalidated; 10: product
   * invalidated; 11: requested payment rejected; 12: paying
   */
  Status: number;
  /** Order status description */
  Description: string;
  /** Order actual total price (in cents) */
  Price: number;
  /** Instance ID */
  InstanceIds: string[];
}
/**
 * Product information in the availability zone
 *
 * Used by: DescribeProductInfo.
 */
export interface ZoneCapacityConf {
  /** AZ ID, such as ap-guangzhou-3 */
  ZoneId: string;
  /** Availability zone name. */
  ZoneName: string;
  /** Whether the AZ is sold out. */
  IsSaleout: boolean;
  /** Whether the default AZ is used. */
  IsDefault: boolean;
  /** Network type. - basenet: basic network. - vpcnet: VPC. */
  NetWorkType: string[];
  /** Information of an AZ, such as product specifications in it */
  ProductSet: ProductConf[];
  /**
   * AZ ID, such as 100003 Feature Description If there is an Error field in the response, it means that
   * the API call failed. For example: { "Response": { "Error": { "Code": "AuthFailure.SignatureFailure",
   * "Message": "The provided credentials could not be validated. Please check your si gnature is
   * correct." }, "RequestId": "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6" } } Code in Error indicates the
   * error code, and Message indicates the specific information of the error. Error Code List
   */
  OldZoneId: number;
}
/** Input of AddReplicationInstance (`RedisClient.addReplicationInstance`). */
export interface AddReplicationInstanceRequest {
  /** Replication group ID. Log in to the global replication page of the Redis console and obtain it. */
  GroupId: string;
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /** Assigns roles to instances added to the replication group. rw: read-write; r: read-only. */
  InstanceRole: string;
}
/** Output of AddReplicationInstance (`RedisClient.addReplicationInstance`). */
export interface AddReplicationInstanceResponse {
  /** Asynchronous process ID. */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of AllocateWanAddress (`RedisClient.allocateWanAddress`). */
export interface AllocateWanAddressRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
}
/** Output of AllocateWanAddress (`RedisClient.allocateWanAddress`). */
export interface AllocateWanAddressResponse {
  /** Async task ID */
  FlowId: number;
  /** Status of enabling public network access */
  WanStatus: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ApplyParamsTemplate (`RedisClient.applyParamsTemplate`). */
export interface ApplyParamsTemplateRequest {
  /** Instance ID list. Log in to the Redis console and copy the instance ID in the instance list. */
  InstanceIds: string[];
  /**
   * ID of the applied parameter template, which can be obtained through the response parameter
   * TemplateId of the API DescribeParamTemplateInfo.
   */
  TemplateId: string;
}
/** Output of ApplyParamsTemplate (`RedisClient.applyParamsTemplate`). */
export interface ApplyParamsTemplateResponse {
  /** Task ID */
  TaskIds: number[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of AssociateSecurityGroups (`RedisClient.associateSecurityGroups`). */
export interface AssociateSecurityGroupsRequest {
  /** Database engine name, which is redis for this API. */
  Product: string;
  /** ID of the security group to be bound. Obtain it on the security group page of the console. */
  SecurityGroupId: string;
  /**
   * ID of the bound instance. Log in to the Redis console and copy it in the instance list. You can
   * specify multiple instance IDs.
   */
  InstanceIds: string[];
}
/** Output of AssociateSecurityGroups (`RedisClient.associateSecurityGroups`). */
export interface AssociateSecurityGroupsResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ChangeInstanceRole (`RedisClient.changeInstanceRole`). */
export interface ChangeInstanceRoleRequest {
  /** Replication group ID. Log in to the global replication page of the Redis console and obtain it. */
  GroupId: string;
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /** Instance role. - rw: read/write. - r: read-only. */
  InstanceRole: string;
}
/** Output of ChangeInstanceRole (`RedisClient.changeInstanceRole`). */
export interface ChangeInstanceRoleResponse {
  /** Async task ID */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ChangeMasterInstance (`RedisClient.changeMasterInstance`). */
export interface ChangeMasterInstanceRequest {
  /**
   * Replication group ID, such as crs-rpl-m3zt****. It is the unique identifier automatically assigned
   * by the system when creating a replication group. Log in to the TencentDB for Redis console, and get
   * it in the global replication list.
   */
  GroupId: string;
  /**
   * ID of the read-only instance to be promoted to the master instance, such as crs-xjhsdj****. Log in
   * to the the TencentDB for Redis console, and copy it in the instance list.
   */
  InstanceId: string;
  /**
   * Whether to promote the read-only instance to the master instance forcibly. Valid values: - true :
   * Yes - false : No
   */
  ForceSwitch?: true | false;
}
/** Output of ChangeMasterInstance (`RedisClient.changeMasterInstance`). */
export interface ChangeMasterInstanceResponse {
  /** Async task ID */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ChangeReplicaToMaster (`RedisClient.changeReplicaToMaster`). */
export interface ChangeReplicaToMasterRequest {
  /**
   * ID of the specified instance, such as "crs-xjhsdj****" Log in to the Redis console and copy the
   * instance ID in the instance list.
   */
  InstanceId: string;
  /**
   * ID of the replica node group. You can get more ID information of the multi-AZ replica node group
   * though the DescribeInstanceZoneInfo API. This parameter is not required for a single-AZ replica node
   * group.
   */
  GroupId?: number;
}
/** Output of ChangeReplicaToMaster (`RedisClient.changeReplicaToMaster`). */
export interface ChangeReplicaToMasterResponse {
  /** Async task ID */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of CleanUpInstance (`RedisClient.cleanUpInstance`). */
export interface CleanUpInstanceRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
}
/** Output of CleanUpInstance (`RedisClient.cleanUpInstance`). */
export interface CleanUpInstanceResponse {
  /** Task ID */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ClearInstance (`RedisClient.clearInstance`). */
export interface ClearInstanceRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /**
   * Instance access password. - Password-free access: No configuration is required. - Password
   * authentication: The password is required. It cannot start with a forward slash (/) and should
   * contain 8 to 64 characters, including at least two of the following types: lowercase letters,
   * uppercase letters, digits, and special characters (such as ()`~!@#$%^&*-+=_|{}[]:;<>,.?/).
   */
  Password?: string;
}
/** Output of ClearInstance (`RedisClient.clearInstance`). */
export interface ClearInstanceResponse {
  /** Task ID */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of CloneInstances (`RedisClient.cloneInstances`). */
export interface CloneInstancesRequest {
  /**
   * The ID of the source instance to be cloned, such as "crs-xjhsdj****". Log in to the Redis console
   * and copy the instance ID in the instance list.
   */
  InstanceId: string;
  /**
   * The number of clone instances at a time - The maximum number of monthly subscribed instances is 100
   * for each purchase. - The maximum number of pay-as-you-go instances is 30 for each purchase.
   */
  GoodsNum: number;
  /** ID of the AZ where the clone instance resides. For more information, see Regions and AZs. */
  ZoneId: number;
  /** Billing mode. Valid values: 0 (Pay-as-you-go) 1 (Monthly subscription) */
  BillingMode: number;
  /**
   * Purchase duration of an instance. Unit: Month Valid values: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
   * 24, 36, 48, 60 (for monthly subscription mode). Valid value: 1 (for pay-as-you-go mode).
   */
  Period: number;
  /** Security group ID, which can be obtained on the Security Group page in the console. */
  SecurityGroupIdList: string[];
  /** Backup ID of the clone instance, which can be obtained through the DescribeInstanceBackups API. */
  BackupId: string;
  /**
   * Whether the clone instance supports password-free access. Valid values: true (Yes) false (No. When
   * SSL or public network is enabled). Default value: false.
   */
  NoAuth?: boolean;
  /**
   * The VPC ID of the clone instance. If this parameter is not passed in, the classic network will be
   * selected by default.
   */
  VpcId?: string;
  /**
   * The VPC subnet ID to which the clone instance belongs, which is not required for the classic
   * network.
   */
  SubnetId?: string;
  /** Name of the clone instance. Enter up to 60 letters, digits, hyphens, and underscores. */
  InstanceName?: string;
  /**
   * The access password of the clone instance. When the input parameter NoAuth is true, this parameter
   * is not required. When the instance is Redis 2.8, 4.0, or 5.0, the password must contain 8–30
   * characters in at least two of the following types: lowercase letters, uppercase letters, digits, and
   * special characters () ~!@#$%^&*- +=_|{}[]:;<>,.?/ and cannot start with /`. When the instance is CKV
   * 3.2, the password must and can only contain 8–30 letters and digits.
   */
  Password?: string;
  /**
   * The auto-renewal flag. Valid values 0 : Manual renewal (default). 1 : Auto-renewal. 2 : Not
   * auto-renewal (set by user).
   */
  AutoRenew?: number;
  /** Customized port. Valid range: 1024-65535. Default value: 6379. */
  VPort?: number;
  /**
   * Node information of an instance. Currently supported type and AZ information of a node to be
   * configured (master node or replica node) For more information, see RedisNodeInfo. This parameter is
   * not required for single-AZ deployment.
   */
  NodeSet?: RedisNodeInfo[];
  /**
   * Project ID. Log in to the Redis console, and find the project ID in Account Center > Project
   * Management in the top-right corner.
   */
  ProjectId?: number;
  /** Tag to be bound for the clone instance */
  ResourceTags?: ResourceTag[];
  /**
   * The parameter template ID associated with the clone instance - If this parameter is not configured,
   * the system will automatically adapt the corresponding default template based on the selected
   * compatible version and architecture. - You can query the parameter template list of the instance to
   * get the template ID through the DescribeParamTemplates API.
   */
  TemplateId?: string;
  /**
   * The alarm policy ID of the instance to be cloned. Log in to the Tencent Cloud Observable Platform
   * console, and get the policy ID in Alarm Management > Policy Management.
   */
  AlarmPolicyList?: string[];
  /** Time to restore data for cloning. Only instances with second-level backup enabled are supported. */
  CloneTime?: string;
}
/** Output of CloneInstances (`RedisClient.cloneInstances`). */
export interface CloneInstancesResponse {
  /** Request task ID */
  DealId: string;
  /** Clone instance ID */
  InstanceIds: string[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of CloseSSL (`RedisClient.closeSSL`). */
export interface CloseSSLRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
}
/** Output of CloseSSL (`RedisClient.closeSSL`). */
export interface CloseSSLResponse {
  /** Task ID */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of CreateInstanceAccount (`RedisClient.createInstanceAccount`). */
export interface CreateInstanceAccountRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /**
   * Custom account name for accessing the database. - It contains only letters, digits, underscores (_),
   * and hyphens (-). - The length cannot exceed 32 characters.
   */
  AccountName: string;
  /**
   * Password of the custom account. The password complexity requirements are as follows: - It can
   * contain 8 to 64 characters. - It should contain at least two of the following types: lowercase
   * letters, uppercase letters, digits, and special characters (such as ()`~!@#$%^&*-+=_|{}[]:;<>,.?/).
   * - It cannot start with a forward slash (/).
   */
  AccountPassword: string;
  /**
   * The read requests for the designated account are routed to either the master node or replica nodes.
   * If the Read-Only Replica is not enabled, the selection of replica nodes is not supported. - master:
   * Master node.- replication: Replica node.
   */
  ReadonlyPolicy: string[];
  /**
   * The read/write permission of the account supports the selection of read-only and read/write
   * permissions. - r: read-only - rw: Read/Write permission.
   */
  Privilege: string;
  /** Sub-account description information, with a length of [0, 64] bytes, supports Chinese characters. */
  Remark?: string;
}
/** Output of CreateInstanceAccount (`RedisClient.createInstanceAccount`). */
export interface CreateInstanceAccountResponse {
  /** Task ID */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of CreateInstances (`RedisClient.createInstances`). */
export interface CreateInstancesRequest {
  /**
   * Instance type. 2: Redis 2.8 memory edition (standard architecture). 3: CKV 3.2 memory edition
   * (standard architecture). 4: CKV 3.2 memory edition (cluster architecture). 6: Redis 4.0 memory
   * edition (standard architecture). 7: Redis 4.0 memory edition (cluster architecture). 8: Redis 5.0
   * memory edition (standard architecture). 9: Redis 5.0 memory edition (cluster architecture). 15:
   * Redis 6.2 memory edition (standard architecture). 16: Redis 6.2 memory edition (cluster
   * architecture). 17: Redis 7.0 memory edition (standard architecture). 18: Redis 7.0 memory edition
   * (cluster architecture). 200: Memcached 1.6 memory edition (cluster architecture). Note: CKV editions
   * are currently used by some users and are temporarily retained.
   */
  TypeId: number;
  /**
   * Memory capacity in MB, which must be an integer multiple of 1024. For specific specifications, query
   * the sales specifications in all regions through the DescribeProductInfo API. - When TypeId is a
   * standard architecture, MemSize is the total memory capacity of the instance; - When TypeId is a
   * cluster architecture, MemSize is the single-shard memory capacity.
   */
  MemSize: number;
  /**
   * The number of instances for each purchase. For details, query the sales specifications in all
   * regions through the DescribeProductInfo API.
   */
  GoodsNum: number;
  /**
   * The purchase duration of an instance - If BillingMode is 1, that is, when the billing mode is
   * monthly subscription, you need to set this parameter to specify the duration of the purchased
   * instance. Unit: month. Value range: [1,2,3,4,5,6,7,8,9,10,11,12,24,36]. - If BillingMode is 0, that
   * is, when the billing mode is pay-as-you-go, you need to set this parameter to 1.
   */
  Period: number;
  /** Billing mode. 0: pay-as-you-go */
  BillingMode: number;
  /** ID of the AZ where the instance resides. For more information, see Regions and AZs. */
  ZoneId?: number;
  /**
   * Instance access password. - If the input parameter NoAuth is set to true, indicating that instance
   * access requires no password, Password does not need to be specified. Otherwise, Password is
   * required. - If the instance type (TypeId) is Redis 2.8 memory edition standard architecture or Redis
   * 4.0/5.0/6.2/7.0 memory edition standard architecture or cluster architecture, the password
   * complexity requirements are as follows: It should contain 8 to 64 characters but cannot start with a
   * forward slash (/). It should contain at least two types of the following characters: lowercase
   * letters, uppercase letters, digits, and special characters: ()`~!@#$%^&*-+=_|{}[]:;<>,.?/ - When the
   * instance type parameter TypeId is set to CKV 3.2 memory edition (standard architecture or cluster
   * architecture), the password should contain 8 to 30 characters, including only letters and digits.
   */
  Password?: string;
  /**
   * VPC ID. If this parameter is not passed in, the classic network will be selected by default. You can
   * query the specific VPC ID in the VPC console.
   */
  VpcId?: string;
  /**
   * VPC subnet ID. This parameter is not required for the classic network. You can get the specific
   * subnet ID by querying the subnet list in the VPC console.
   */
  SubnetId?: string;
  /**
   * Project ID. Log in to the Redis console, go to the account information menu in the top-right corner,
   * and select Project Management to query the project ID.
   */
  ProjectId?: number;
  /**
   * Auto-renewal flag - 0 : Manual renewal (default). - 1 : Auto-renewal. - 2 : Not auto-renewal (set by
   * user).
   */
  AutoRenew?: number;
  /**
   * Array of security group IDs. - A security group is a virtual firewall that controls network access
   * to cloud database instances. It is recommended to bind the corresponding security group when you
   * create an instance. - Obtain the security group ID of the instance through the API
   * DescribeInstanceSecurityGroup.
   */
  SecurityGroupIdList?: string[];
  /** User-defined network port. Default value: 6379. Range: [1024,65535]. */
  VPort?: number;
  /**
   * Quantity of instance shards - This parameter is not required for instances of Standard Edition. -
   * For instances of Cluster Edition, the range of shard quantity is [1, 3, 5, 8, 12, 16, 24, 32, 40,
   * 48, 64, 80, 96, 128].
   */
  RedisShardNum?: number;
  /**
   * Quantity of instance replicas - For Redis Memory Edition 4.0, 5.0, 6.2 (regardless of architecture),
   * the range of replica quantity is [1,5]. - For Redis 2.8 Standard Edition and CKV Standard Edition,
   * the replica quantity is 1.
   */
  RedisReplicasNum?: number;
  /**
   * Whether to support read-only replicas. - Redis 2.8 Standard Edition and CKV Standard Edition don’t
   * support read-only replicas. - If read-only replicas are enabled, read/write separation will be
   * automatically enabled for an instance, with write requests routed to the master node and read
   * requests to the replica node. - To enable read-only replicas, we recommend that you create two or
   * more replicas.
   */
  ReplicasReadonly?: boolean;
  /** Instance name, which can contain up to 60 letters, digits, hyphens, and underscores. */
  InstanceName?: string;
  /**
   * Whether to support password-free access for an instance - true : The instance access is password-
   * free. - false : The instance access is password- enabled. Default value: false. Only instances in a
   * VPC support the password-free access.
   */
  NoAuth?: boolean;
  /**
   * The node information of the instance, including node ID, type, and AZ. For more information, see
   * RedisNodeInfo. Node information of an instance. Currently, information about the node type (master
   * or replica) and node AZ can be passed in. This parameter is not required for instances deployed in a
   * single AZ.
   */
  NodeSet?: RedisNodeInfo[];
  /** The tag for an instance */
  ResourceTags?: ResourceTag[];
  /** Name of the AZ where the instance resides. For more information, see Regions and AZs. */
  ZoneName?: string;
  /**
   * The parameter template ID associated with the instance - If this parameter is not configured, the
   * system will automatically adapt the corresponding default template based on the selected compatible
   * version and architecture. - Query the list of parameter templates of an instance to get the template
   * ID through the DescribeParamTemplates API.
   */
  TemplateId?: string;
  /**
   * An internal parameter used to indicate whether to check when creating an instance. - false : Default
   * value. Send a normal request and create an instance if all the requirements are met. - true : Send a
   * check request and create no instance.
   */
  DryRun?: boolean;
  /**
   * Specifies the instance deployment mode. - local: traditional architecture. It is the default value.
   * - cdc: dedicated cluster. - cloud: cloud native. Currently, this mode is unavailable.
   */
  ProductVersion?: string;
  /** Exclusive cluster ID. When ProductVersion is set to cdc, this parameter is required. */
  RedisClusterId?: string;
  /**
   * Alarm policy ID array.- Please log in to Tencent Cloud Observability Platform - Alarm Management -
   * Policy Management to access the alarm policy ID.- If this parameter is not configured, the default
   * alarm policy will be bound. For the specific information about the default alarm policy, please log
   * in to Tencent Cloud Observability Platform - Alarm Management - Policy Management to view.
   */
  AlarmPolicyList?: string[];
}
/** Output of CreateInstances (`RedisClient.createInstances`). */
export interface CreateInstancesResponse {
  /** Transaction ID */
  DealId: string;
  /** Instance ID */
  InstanceIds: string[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of CreateParamTemplate (`RedisClient.createParamTemplate`). */
export interface CreateParamTemplateRequest {
  /** Parameter template name. */
  Name: string;
  /** Parameter template description. */
  Description?: string;
  /**
   * Product type. - 2: Redis 2.8 Memory Edition (standard architecture). - 6: Redis 4.0 Memory Edition
   * (standard architecture). - 7: Redis 4.0 Memory Edition (cluster architecture). - 8: Redis 5.0 Memory
   * Edition (standard architecture). - 9: Redis 5.0 Memory Edition (cluster architecture). - 15: Redis
   * 6.2 Memory Edition (standard architecture). - 16: Redis 6.2 Memory Edition (cluster architecture). -
   * 17: Redis 7.0 Memory Edition (standard architecture). - 18: Redis 7.0 Memory Edition (cluster
   * architecture).
   */
  ProductType?: number;
  /** ID of the source parameter template. */
  TemplateId?: string;
  /** Parameter list. */
  ParamList?: InstanceParam[];
}
/** Output of CreateParamTemplate (`RedisClient.createParamTemplate`). */
export interface CreateParamTemplateResponse {
  /** Parameter template ID. */
  TemplateId: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of CreateReplicationGroup (`RedisClient.createReplicationGroup`). */
export interface CreateReplicationGroupRequest {
  /**
   * ID of the primary instance in the replication group. Log in to the Redis console and copy it in the
   * instance list.
   */
  InstanceId: string;
  /**
   * Replication group name. The name should contain 2 to 64 characters, including only letters, digits,
   * underscores (_), and hyphens (-).
   */
  GroupName?: string;
  /** Remark information. */
  Remark?: string;
}
/** Output of CreateReplicationGroup (`RedisClient.createReplicationGroup`). */
export interface CreateReplicationGroupResponse {
  /** Asynchronous process ID. */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DeleteInstanceAccount (`RedisClient.deleteInstanceAccount`). */
export interface DeleteInstanceAccountRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /**
   * Sub-account name. Log in to the Redis console and switch to the Account Management page to obtain
   * it. For details, see Managing Account.
   */
  AccountName: string;
}
/** Output of DeleteInstanceAccount (`RedisClient.deleteInstanceAccount`). */
export interface DeleteInstanceAccountResponse {
  /** Task ID */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DeleteParamTemplate (`RedisClient.deleteParamTemplate`). */
export interface DeleteParamTemplateRequest {
  /** Parameter template ID. */
  TemplateId: string;
}
/** Output of DeleteParamTemplate (`RedisClient.deleteParamTemplate`). */
export interface DeleteParamTemplateResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/**
 * Input of DeleteReplicationInstance (`RedisClient.deleteReplicationInstance`).
 *
 * @deprecated The reference marks this action as deprecated.
 */
export interface DeleteReplicationInstanceRequest {
  /** Replication group ID. Log in to the global replication page of the Redis console and obtain it. */
  GroupId: string;
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /**
   * Data synchronization type. - true: Strong synchronization is required. - false: Strong
   * synchronization is not required, and only the primary instance can be deleted.
   */
  SyncType: boolean;
}
/** Output of DeleteReplicationInstance (`RedisClient.deleteReplicationInstance`). */
export interface DeleteReplicationInstanceResponse {
  /** Asynchronous task ID. */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeAutoBackupConfig (`RedisClient.describeAutoBackupConfig`). */
export interface DescribeAutoBackupConfigRequest {
  /**
   * ID of the specified instance, such as "crs-xjhsdj****" Log in to the Redis console and copy the
   * instance ID in the instance list.
   */
  InstanceId: string;
}
/** Output of DescribeAutoBackupConfig (`RedisClient.describeAutoBackupConfig`). */
export interface DescribeAutoBackupConfigResponse {
  /** This parameter is retained due to compatibility and can be ignored. */
  AutoBackupType: number;
  /**
   * Backup cycle, which will be daily by default. Valid values: Monday, Tuesday, Wednesday, Thursday,
   * Friday, Saturday, Sunday.
   */
  WeekDays: string[];
  /** Time period for backup task initialization */
  TimePeriod: string;
  /**
   * Retention time of full backup files in days. Default value: 7. To retain the files for more days,
   * submit a ticket for application.
   */
  BackupStorageDays: number;
  /** This parameter has been disused. */
  BinlogStorageDays: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeBackupDetail (`RedisClient.describeBackupDetail`). */
export interface DescribeBackupDetailRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /**
   * Backup ID, which can be obtained through the response parameter RedisBackupSet of the API
   * DescribeInstanceBackups.
   */
  BackupId: string;
}
/** Output of DescribeBackupDetail (`RedisClient.describeBackupDetail`). */
export interface DescribeBackupDetailResponse {
  /** Backup ID. */
  BackupId: string;
  /** Backup start time. */
  StartTime: string;
  /** Backup end time. */
  EndTime: string;
  /** Backup mode. - 1: manual backup. - 0: automatic backup. */
  BackupType: string;
  /**
   * Backup status. - 1: The backup is locked by other processes. - 2: The backup is normal and not
   * locked by any processes. - -1: The backup has expired. - 3: The backup is being exported. - 4: The
   * backup is successfully exported.
   */
  Status: number;
  /** Backup remarks. */
  Remark: string;
  /** Whether the backup is locked. - 0: not locked. - 1: locked. */
  Locked: number;
  /** Backup file size. Unit: byte. */
  BackupSize: number;
  /** Instance type. */
  InstanceType: number;
  /** Memory size of a single shard. Unit: MB. */
  MemSize: number;
  /** Number of shards. */
  ShardNum: number;
  /** Number of replicas. */
  ReplicasNum: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeBackupDownloadRestriction (`RedisClient.describeBackupDownloadRestriction`). */
export interface DescribeBackupDownloadRestrictionRequest {}
/** Output of DescribeBackupDownloadRestriction (`RedisClient.describeBackupDownloadRestriction`). */
export interface DescribeBackupDownloadRestrictionResponse {
  /**
   * Type of the network restrictions for downloading backup files. Valid values: - NoLimit : Backup
   * files can be downloaded over both public and private networks. - LimitOnlyIntranet : Backup files
   * can be downloaded only at private network addresses auto- assigned by Tencent Cloud. - Customize :
   * Backup files can be downloaded only in the customized VPC.
   */
  LimitType: "NoLimit" | "LimitOnlyIntranet" | "Customize" | (string & {});
  /**
   * Only In can be passed in for this parameter, indicating that backup files can be downloaded in the
   * custom LimitVpc.
   */
  VpcComparisonSymbol: string;
  /**
   * Whether backups can be downloaded at the custom LimitIp address. - In : Download is allowed for the
   * custom IP. - NotIn : Download is not allowed for the custom IP.
   */
  IpComparisonSymbol: string;
  /**
   * VPC ID of the custom backup file download address, which will be displayed if LimitType is
   * Customize.
   */
  LimitVpc: BackupLimitVpcItem[];
  /**
   * Custom VPC IP address for downloading backup files. This parameter is displayed when the LimitType
   * parameter is set to Customize.
   */
  LimitIp: string[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeBackupUrl (`RedisClient.describeBackupUrl`). */
export interface DescribeBackupUrlRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /**
   * Backup ID, which can be obtained through the RedisBackupSet parameter returned by the
   * DescribeInstanceBackups API.
   */
  BackupId: string;
  /**
   * Limit type of the network from which you can download backup files. If this parameter is not
   * configured, the user- defined configuration will be used. - NoLimit: There is no limit. Backup files
   * can be downloaded from both Tencent Cloud private and public networks. - LimitOnlyIntranet: Backup
   * files can be downloaded only from the private IP address automatically assigned by Tencent Cloud. -
   * Customize: Backup files can be downloaded from the user-defined VPC.
   */
  LimitType?: string;
  /**
   * Only In can be passed in for this parameter, indicating that backup files can be downloaded in the
   * custom LimitVpc.
   */
  VpcComparisonSymbol?: string;
  /**
   * Whether backup files can be downloaded from the custom IP address specified by LimitIp. - In: yes.
   * This is the default value. - NotIn: no.
   */
  IpComparisonSymbol?: string;
  /** VPC ID of the custom backup file download address, which is required if LimitType is Customize. */
  LimitVpc?: BackupLimitVpcItem[];
  /** VPC IP of the custom backup file download address, which is required if LimitType is Customize. */
  LimitIp?: string[];
}
/** Output of DescribeBackupUrl (`RedisClient.describeBackupUrl`). */
export interface DescribeBackupUrlResponse {
  /** Backup file information list. */
  BackupInfos: BackupDownloadInfo[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeBandwidthRange (`RedisClient.describeBandwidthRange`). */
export interface DescribeBandwidthRangeRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
}
/** Output of DescribeBandwidthRange (`RedisClient.describeBandwidthRange`). */
export interface DescribeBandwidthRangeResponse {
  /**
   * Standard bandwidth, which is the bandwidth allocated by the system to each node when an instance is
   * purchased.
   */
  BaseBandwidth: number;
  /**
   * The additional bandwidth of the instance. If the standard bandwidth does not meet your needs, you
   * can increase the bandwidth on your own. If read-only replica is enabled, the total instance
   * bandwidth = additional bandwidth * shard quantity + standard bandwidth * shard quantity * Max
   * ([read-only replica quantity, 1]). The shard quantity in the standard architecture is 1. If
   * read-only replica is not enabled, the total instance bandwidth = additional bandwidth * shard
   * quantity + standard bandwidth * shard quantity. The shard quantity in the standard architecture is
   * 1.
   */
  AddBandwidth: number;
  /** The lower limit for additional bandwidth */
  MinAddBandwidth: number;
  /** The upper limit for additional bandwidth */
  MaxAddBandwidth: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/**
 * Input of DescribeCommonDBInstances (`RedisClient.describeCommonDBInstances`).
 *
 * @deprecated The reference marks this action as deprecated.
 */
export interface DescribeCommonDBInstancesRequest {
  /** List of VPC IDs */
  VpcIds?: number[];
  /** List of subnet IDs */
  SubnetIds?: number[];
  /** List of billing modes. 0: monthly subscription; 1: pay-as- you-go */
  PayMode?: number;
  /** Instance ID filter information list, with a maximum array length of 100. */
  InstanceIds?: string[];
  /** List of instance names */
  InstanceNames?: string[];
  /** List of instance status */
  Status?: string[];
  /** Sorting field */
  OrderBy?: string;
  /** Sorting order */
  OrderByType?: string;
  /** List of instance VIPs */
  Vips?: string[];
  /** List of VPC IDs */
  UniqVpcIds?: string[];
  /** List of unique subnet IDs */
  UniqSubnetIds?: string[];
  /** Quantity limit. Recommended default value: 100. */
  Limit?: number;
  /** Offset. Default value: 0 */
  Offset?: number;
}
/** Output of DescribeCommonDBInstances (`RedisClient.describeCommonDBInstances`). */
export interface DescribeCommonDBInstancesResponse {
  /** Number of instances */
  TotalCount: number;
  /** Instance information */
  InstanceDetails: RedisCommonInstanceList[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeDBSecurityGroups (`RedisClient.describeDBSecurityGroups`). */
export interface DescribeDBSecurityGroupsRequest {
  /** Database engine name, which is redis for this API. */
  Product: string;
  /**
   * ID of the specified instance, such as "crs-xjhsdj****" Log in to the Redis console and copy the
   * instance ID in the instance list.
   */
  InstanceId: string;
}
/** Output of DescribeDBSecurityGroups (`RedisClient.describeDBSecurityGroups`). */
export interface DescribeDBSecurityGroupsResponse {
  /** Security group rules */
  Groups: SecurityGroup[];
  /** Private IPv4 address of an instance */
  VIP: string;
  /** Private network port */
  VPort: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeGlobalReplicationArea (`RedisClient.describeGlobalReplicationArea`). */
export interface DescribeGlobalReplicationAreaRequest {}
/** Output of DescribeGlobalReplicationArea (`RedisClient.describeGlobalReplicationArea`). */
export interface DescribeGlobalReplicationAreaResponse {
  /** Available region information. */
  AvailableRegions: AvailableRegion[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstanceAccount (`RedisClient.describeInstanceAccount`). */
export interface DescribeInstanceAccountRequest {
  /**
   * ID of a specified instance, such as "crs-xjhsdj****" Log in to the Redis console and copy the
   * instance ID in the instance list.
   */
  InstanceId: string;
  /** Number of entries per page */
  Limit: number;
  /**
   * Pagination offset, which is an integral multiple of Limit. Calculation formula: offset = limit *
   * (page number - 1).
   */
  Offset: number;
}
/** Output of DescribeInstanceAccount (`RedisClient.describeInstanceAccount`). */
export interface DescribeInstanceAccountResponse {
  /** Account details. */
  Accounts: Account[];
  /** Number of accounts. */
  TotalCount: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstanceBackups (`RedisClient.describeInstanceBackups`). */
export interface DescribeInstanceBackupsRequest {
  /** Number of backups returned per page. Default value: 20. Maximum value: 100. */
  Limit?: number;
  /** Pagination offset, which is an integral multiple of Limit. offset = limit * (page number - 1). */
  Offset?: number;
  /**
   * ID of the instance to be operated on, which can be obtained through the InstanceId field in the
   * return value of the DescribeInstance API.
   */
  InstanceId?: string;
  /**
   * Start time for a query, for example, in the format of 2017-02- 08 16:46:34, with a maximum query
   * span of 30 days. You can query the list of instances backed up within the [beginTime, endTime]
   * period.
   */
  BeginTime?: string;
  /**
   * End time for a query, for example, in the format of 2017-02- 08 19:09:26, with a maximum query span
   * of 30 days. You can query the list of instances backed up within the [BeginTime, EndTime] period.
   */
  EndTime?: string;
  /**
   * Backup task status: 1 : The backup is in the process. 2 : The backup is normal. 3 : The backup is
   * being converted to an RDB file. 4 : Conversion to RDB has been completed. -1 : The backup expired.
   * -2 : The backup has been deleted.
   */
  Status?: number[];
  /** Instance name, which can be fuzzily searched. */
  InstanceName?: string;
}
/** Output of DescribeInstanceBackups (`RedisClient.describeInstanceBackups`). */
export interface DescribeInstanceBackupsResponse {
  /** Total number of backups. */
  TotalCount: number;
  /** Array of instance backups. */
  BackupSet: RedisBackupSet[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstanceDealDetail (`RedisClient.describeInstanceDealDetail`). */
export interface DescribeInstanceDealDetailRequest {
  /**
   * Order transaction ID array, which is the output parameter DealId of CreateInstances, with the
   * maximum array length of 10.
   */
  DealIds: string[];
}
/** Output of DescribeInstanceDealDetail (`RedisClient.describeInstanceDealDetail`). */
export interface DescribeInstanceDealDetailResponse {
  /** Order details */
  DealDetails: TradeDealDetail[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstanceDTSInfo (`RedisClient.describeInstanceDTSInfo`). */
export interface DescribeInstanceDTSInfoRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
}
/** Output of DescribeInstanceDTSInfo (`RedisClient.describeInstanceDTSInfo`). */
export interface DescribeInstanceDTSInfoResponse {
  /** DTS task ID. */
  JobId: string;
  /** DTS task name. */
  JobName: string;
  /**
   * Task status. 1: creating (Creating); 3: checking (Checking); 4: check successful (CheckPass); 5:
   * check failed (CheckNotPass); 7: task running (Running); 8: preparation completed (ReadyComplete); 9:
   * task successful (Success); 10: task failed (Failed); 11: stopping (Stopping); 12: completing
   * (Completing).
   */
  Status: number;
  /** Status description. */
  StatusDesc: string;
  /** Synchronization delay. Unit: bytes. */
  Offset: number;
  /** Disconnection time. */
  CutDownTime: string;
  /** Source instance information. */
  SrcInfo: DescribeInstanceDTSInstanceInfo;
  /** Destination instance information. */
  DstInfo: DescribeInstanceDTSInstanceInfo;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstanceEvents (`RedisClient.describeInstanceEvents`). */
export interface DescribeInstanceEventsRequest {
  /** Start date for querying the event execution plan, with a maximum query span of 30 days. */
  ExecutionStartDate: string;
  /** End date for querying the event execution plan, with a maximum query span of 30 days. */
  ExecutionEndDate: string;
  /**
   * Specifies the instance ID. Example: crs-xjhsdj****. Log in to the TencentDB for Redis console and
   * copy the instance ID in the instance list.
   */
  InstanceId?: string;
  /** Number of events displayed per page. Default value: 10. Maximum value: 100. */
  PageSize?: number;
  /**
   * Configures the page number for querying events. You can query events on a certain page by specifying
   * PageNo and PageSize. Default value: 1.
   */
  PageNo?: number;
  /**
   * Current status of the event.- Waiting: The event is waiting for execution on the execution date or
   * during the operations period.- Running: The event is being executed during the operations period.-
   * Finished: Execution of the event is completed.- Canceled: Execution of the event is canceled.
   */
  Status?: string[];
  /**
   * Event type. Currently, the type can only be related to instance migration, resource movement, and
   * IDC deletion. This parameter can be set only to InstanceMigration.
   */
  EventTypes?: string[];
  /**
   * Configures the level of the queried event. Events are divided into Critical, High, Medium, and Low
   * events according to the severity and urgency.- Critical- High- Medium- Low
   */
  Grades?: string[];
}
/** Output of DescribeInstanceEvents (`RedisClient.describeInstanceEvents`). */
export interface DescribeInstanceEventsResponse {
  /** Total number of events. */
  TotalCount: number;
  /** Instance event information. */
  RedisInstanceEvents: RedisInstanceEvent[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstanceLogDelivery (`RedisClient.describeInstanceLogDelivery`). */
export interface DescribeInstanceLogDeliveryRequest {
  /** Instance ID. */
  InstanceId: string;
}
/** Output of DescribeInstanceLogDelivery (`RedisClient.describeInstanceLogDelivery`). */
export interface DescribeInstanceLogDeliveryResponse {
  /** Slow query log shipping information of the instance. */
  SlowLog: LogDeliveryInfo;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstanceMonitorBigKey (`RedisClient.describeInstanceMonitorBigKey`). */
export interface DescribeInstanceMonitorBigKeyRequest {
  /** Instance ID */
  InstanceId: string;
  /** Request type. 1: string type; 2: all types */
  ReqType: number;
  /** Time, such as "20190219" */
  Date: string;
}
/** Output of DescribeInstanceMonitorBigKey (`RedisClient.describeInstanceMonitorBigKey`). */
export interface DescribeInstanceMonitorBigKeyResponse {
  /** Big key details */
  Data: BigKeyInfo[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/**
 * Input of DescribeInstanceMonitorBigKeySizeDist
 * (`RedisClient.describeInstanceMonitorBigKeySizeDist`).
 */
export interface DescribeInstanceMonitorBigKeySizeDistRequest {
  /** Instance ID */
  InstanceId: string;
  /** Time, such as "20190219" */
  Date: string;
}
/**
 * Output of DescribeInstanceMonitorBigKeySizeDist
 * (`RedisClient.describeInstanceMonitorBigKeySizeDist`).
 */
export interface DescribeInstanceMonitorBigKeySizeDistResponse {
  /** Big key size distribution details */
  Data: DelayDistribution[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/**
 * Input of DescribeInstanceMonitorBigKeyTypeDist
 * (`RedisClient.describeInstanceMonitorBigKeyTypeDist`).
 */
export interface DescribeInstanceMonitorBigKeyTypeDistRequest {
  /** Instance ID */
  InstanceId: string;
  /** Time, such as "20190219" */
  Date: string;
}
/**
 * Output of DescribeInstanceMonitorBigKeyTypeDist
 * (`RedisClient.describeInstanceMonitorBigKeyTypeDist`).
 */
export interface DescribeInstanceMonitorBigKeyTypeDistResponse {
  /** Big key type distribution details */
  Data: BigKeyTypeInfo[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstanceMonitorHotKey (`RedisClient.describeInstanceMonitorHotKey`). */
export interface DescribeInstanceMonitorHotKeyRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /** Query time range. - 1: real-time. - 2: last 30 minutes. - 3: last 6 hours. - 4: last 24 hours. */
  SpanType: number;
}
/** Output of DescribeInstanceMonitorHotKey (`RedisClient.describeInstanceMonitorHotKey`). */
export interface DescribeInstanceMonitorHotKeyResponse {
  /** Hot key details. */
  Data: HotKeyInfo[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/**
 * Input of DescribeInstanceMonitorSIP (`RedisClient.describeInstanceMonitorSIP`).
 *
 * @deprecated The reference marks this action as deprecated.
 */
export interface DescribeInstanceMonitorSIPRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
}
/** Output of DescribeInstanceMonitorSIP (`RedisClient.describeInstanceMonitorSIP`). */
export interface DescribeInstanceMonitorSIPResponse {
  /** Access source information */
  Data: SourceInfo[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstanceMonitorTookDist (`RedisClient.describeInstanceMonitorTookDist`). */
export interface DescribeInstanceMonitorTookDistRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /** Query date. */
  Date: string;
  /** Time range. - 1: real-time. - 2: last 30 minutes. - 3: last 6 hours. - 4: last 24 hours. */
  SpanType: number;
}
/** Output of DescribeInstanceMonitorTookDist (`RedisClient.describeInstanceMonitorTookDist`). */
export interface DescribeInstanceMonitorTookDistResponse {
  /** Latency distribution information. */
  Data: DelayDistribution[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstanceMonitorTopNCmd (`RedisClient.describeInstanceMonitorTopNCmd`). */
export interface DescribeInstanceMonitorTopNCmdRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /** Time range. - 1: real-time. - 2: last 30 minutes. - 3: last 6 hours. - 4: last 24 hours. */
  SpanType: number;
}
/** Output of DescribeInstanceMonitorTopNCmd (`RedisClient.describeInstanceMonitorTopNCmd`). */
export interface DescribeInstanceMonitorTopNCmdResponse {
  /** Access command information */
  Data: SourceCommand[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstanceMonitorTopNCmdTook (`RedisClient.describeInstanceMonitorTopNCmdTook`). */
export interface DescribeInstanceMonitorTopNCmdTookRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /** Query time range. - 1: real-time. - 2: last 30 minutes. - 3: last 6 hours. - 4: last 24 hours. */
  SpanType: number;
}
/** Output of DescribeInstanceMonitorTopNCmdTook (`RedisClient.describeInstanceMonitorTopNCmdTook`). */
export interface DescribeInstanceMonitorTopNCmdTookResponse {
  /** Duration details */
  Data: CommandTake[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstanceNodeInfo (`RedisClient.describeInstanceNodeInfo`). */
export interface DescribeInstanceNodeInfoRequest {
  /**
   * ID of a specified instance, such as "crs-xjhsdj****" Log in to the Redis console and copy the
   * instance ID in the instance list.
   */
  InstanceId: string;
  /**
   * List size Size of node information returned per page. Default value: 20. Maximum value: 1000. This
   * field has been disused.
   */
  Limit?: number;
  /**
   * Pagination offset, which is an integral multiple of Limit. Calculation formula: offset = limit *
   * (page number - 1). This field has been disused.
   */
  Offset?: number;
}
/** Output of DescribeInstanceNodeInfo (`RedisClient.describeInstanceNodeInfo`). */
export interface DescribeInstanceNodeInfoResponse {
  /** The number of proxy nodes */
  ProxyCount: number;
  /** Proxy node information. */
  Proxy: ProxyNodes[];
  /** The number of Redis nodes */
  RedisCount: number;
  /** TencentDB for Redis® node information. */
  Redis: RedisNodes[];
  /** This parameter has been disused. */
  TendisCount: number;
  /**
   * This parameter is no longer used. Please ignore it.
   *
   * @deprecated The reference marks this field as deprecated.
   */
  Tendis?: TendisNodes[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstanceParamRecords (`RedisClient.describeInstanceParamRecords`). */
export interface DescribeInstanceParamRecordsRequest {
  /** Instance ID */
  InstanceId: string;
  /** Maximum number of results returned per page */
  Limit?: number;
  /** Offset, which is an integral multiple of Limit. */
  Offset?: number;
}
/** Output of DescribeInstanceParamRecords (`RedisClient.describeInstanceParamRecords`). */
export interface DescribeInstanceParamRecordsResponse {
  /** Total number of modifications. */
  TotalCount: number;
  /** Information of modifications. */
  InstanceParamHistory: InstanceParamHistory[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstanceParams (`RedisClient.describeInstanceParams`). */
export interface DescribeInstanceParamsRequest {
  /**
   * ID of a specified instance, such as "crs-xjhsdj****" Log in to the Redis console and copy the
   * instance ID in the instance list.
   */
  InstanceId: string;
}
/** Output of DescribeInstanceParams (`RedisClient.describeInstanceParams`). */
export interface DescribeInstanceParamsResponse {
  /** Total number of the parameter lists */
  TotalCount: number;
  /** Instance parameter in Enum type */
  InstanceEnumParam: InstanceEnumParam[];
  /** Instance parameter in Integer type */
  InstanceIntegerParam: InstanceIntegerParam[];
  /** Instance parameter in Char type */
  InstanceTextParam: InstanceTextParam[];
  /** Instance parameter in Multi type */
  InstanceMultiParam: InstanceMultiParam[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstances (`RedisClient.describeInstances`). */
export interface DescribeInstancesRequest {
  /** Number of instances returned per page. Default value: 20. Maximum value: 1000. */
  Limit?: number;
  /**
   * Pagination offset, which is an integral multiple of Limit. Calculation formula: offset = limit *
   * (page number - 1).
   */
  Offset?: number;
  /**
   * ID of a specified instance, such as "crs- xjhsdj****" Log in to the Redis console and copy the
   * instance ID in the instance list.
   */
  InstanceId?: string;
  /**
   * The instance list is sorted according to the following enumeration valid values: - projectId: By
   * project ID.- createtime: By the creation time of instances.- instancename: By the name of
   * instances.- type: By the type of instances.- curDeadline: By the expiration time of instances.
   */
  OrderBy?: "projectId" | "createtime" | "instancename" | "type" | "curDeadline";
  /**
   * For instance sorting order, the default is descending order. - 1: Descending order. - 0: Ascending
   * order.
   */
  OrderType?: number;
  /**
   * Array of VPC IDs such as 47525. If this parameter is not passed in or the array is empty, the
   * classic network will be selected by default. This parameter is retained and can be ignored. It is
   * set based on UniqVpcIds parameter format.
   */
  VpcIds?: string[];
  /**
   * Array of VPC subnet IDs such as 56854. This parameter is retained and can be ignored. It is set
   * based on UniqSubnetIds parameter format.
   */
  SubnetIds?: string[];
  /** Setting keywords field for fuzzy query, only instance names support fuzzy query. */
  SearchKey?: string;
  /** Array of project IDs */
  ProjectIds?: number[];
  /** Instance name */
  InstanceName?: string;
  /**
   * Array of VPC IDs such as vpc-sad23jfdfk. If this parameter is not passed in or or the array is
   * empty, the classic network will be selected by default.
   */
  UniqVpcIds?: string[];
  /** Array of VPC subnet IDs such as subnet- fdj24n34j2 */
  UniqSubnetIds?: string[];
  /**
   * Array of region IDs (disused). The corresponding region can be queried through the common parameter
   * Region.
   */
  RegionIds?: number[];
  /**
   * Instance status. - 0: To be initialized. - 1: In process. - 2: Running. - -2: Isolated. - -3:
   * Pending Delete.
   */
  Status?: number[];
  /**
   * Instance architecture version. - 1: Single-node edition. - 2: Master-replica edition.- 3: Cluster
   * edition.
   */
  TypeVersion?: number;
  /** Storage engine information. Valid values: Redis-2.8, Redis-4.0, Redis-5.0, Redis-6.0 or CKV. */
  EngineName?: string;
  /** Renewal pattern. - 0: Manual renewal. - 1: Automatic renewal. - 2: No renewal after expiry. */
  AutoRenew?: number[];
  /** Billing mode. Only pay-as-you-go billing is supported. */
  BillingMode?: string;
  /**
   * Instance type. - 2: Redis 2.8 memory edition (standard architecture). - 3: CKV 3.2 memory edition
   * (standard architecture). - 4: CKV 3.2 memory edition (cluster architecture). - 5: Redis 2.8 memory
   * edition (standalone). - 6: Redis 4.0 memory edition (standard architecture). - 7: Redis 4.0 memory
   * edition (cluster architecture). - 8: Redis 5.0 memory edition (standard architecture). - 9: Redis
   * 5.0 memory edition (cluster architecture). - 15: Redis 6.2 memory edition (standard architecture). -
   * 16: Redis 6.2 memory edition (cluster architecture). - 17: Redis 7.0 memory edition (standard
   * architecture). - 18: Redis 7.0 memory edition (cluster architecture). - 200: Memcached 1.6 memory
   * edition (cluster architecture).
   */
  Type?: number;
  /**
   * This parameter is of array type and supports the configuration of instance names, instance IDs, and
   * IP addresses. Among these, the instance name is fuzzy matching while the instance ID and IP address
   * are precise matching. - Each element in the array is used for a union- based matching query.- When
   * both InstanceId and SearchKeys are configured simultaneously, their intersection will be used for
   * the matching query.
   */
  SearchKeys?: string[];
  /** Internal parameter, which can be ignored. */
  TypeList?: number[];
  /** Internal parameter, which can be ignored. */
  MonitorVersion?: string;
  /**
   * Resources filter by tag key and value. If this parameter is not specified or is an empty array,
   * resources will not be filtered.
   */
  InstanceTags?: InstanceTagInfo[];
  /**
   * Resources filter by tag key. If this parameter is not specified or is an empty array, resources will
   * not be filtered.
   */
  TagKeys?: string[];
  /**
   * The product version of the instance. If this parameter is not configured or the array is set to
   * empty, instances will not be filtered based on this parameter by default. - local: local Disk
   * Edition.- cdc: Cluster dedicated edition.
   */
  ProductVersions?: string[];
  /** Batch query of the specified instances ID. The number of results returned is based on Limit. */
  InstanceIds?: string[];
  /** Availability zone mode. - singleaz: Single availability zone.- multiaz: Multiple availability zones. */
  AzMode?: string;
}
/** Output of DescribeInstances (`RedisClient.describeInstances`). */
export interface DescribeInstancesResponse {
  /** Total number of instances */
  TotalCount: number;
  /** List of instance details */
  InstanceSet: InstanceSet[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstanceSecurityGroup (`RedisClient.describeInstanceSecurityGroup`). */
export interface DescribeInstanceSecurityGroupRequest {
  /** Instance ID list, with the array length ranging from 0 to 100, for example, ["crs-f2ho5rsz\n"]. */
  InstanceIds: string[];
}
/** Output of DescribeInstanceSecurityGroup (`RedisClient.describeInstanceSecurityGroup`). */
export interface DescribeInstanceSecurityGroupResponse {
  /** Security group information of an instance */
  InstanceSecurityGroupsDetail: InstanceSecurityGroupDetail[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstanceShards (`RedisClient.describeInstanceShards`). */
export interface DescribeInstanceShardsRequest {
  /**
   * ID of a specified instance, such as "crs-xjhsdj****" Log in to the Redis console and copy the
   * instance ID in the instance list.
   */
  InstanceId: string;
  /** Whether to filter out the replica node information. Valid values: true (yes), false (no). */
  FilterSlave?: boolean;
}
/** Output of DescribeInstanceShards (`RedisClient.describeInstanceShards`). */
export interface DescribeInstanceShardsResponse {
  /**
   * List information of the instance shards, which includes node information, node ID, key count, used
   * capacity, and capacity slope.
   */
  InstanceShards: InstanceClusterShard[];
  /** Number of instance shard nodes */
  TotalCount: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstanceSpecBandwidth (`RedisClient.describeInstanceSpecBandwidth`). */
export interface DescribeInstanceSpecBandwidthRequest {}
/** Output of DescribeInstanceSpecBandwidth (`RedisClient.describeInstanceSpecBandwidth`). */
export interface DescribeInstanceSpecBandwidthResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstanceSupportFeature (`RedisClient.describeInstanceSupportFeature`). */
export interface DescribeInstanceSupportFeatureRequest {
  /**
   * Specify the instance ID. For example: crs-xjhsdj****. Please log in to the [Redis Console]
   * (https://console.intl.cloud.tencent.com/redis#/) and copy the instance ID from the instance list.
   * Sample value: crs-asdasdas.
   */
  InstanceId: string;
  /**
   * Feature names. - Read-local-node-only: Proximity access feature.- multi- account: Multiple accounts
   * feature.
   */
  FeatureName: string;
}
/** Output of DescribeInstanceSupportFeature (`RedisClient.describeInstanceSupportFeature`). */
export interface DescribeInstanceSupportFeatureResponse {
  /** Whether to support. */
  Support: boolean;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeInstanceZoneInfo (`RedisClient.describeInstanceZoneInfo`). */
export interface DescribeInstanceZoneInfoRequest {
  /**
   * ID of a specified instance, such as "crs-xjhsdj****" Log in to the Redis console and copy the
   * instance ID in the instance list.
   */
  InstanceId?: string;
}
/** Output of DescribeInstanceZoneInfo (`RedisClient.describeInstanceZoneInfo`). */
export interface DescribeInstanceZoneInfoResponse {
  /** Number of instance node groups */
  TotalCount: number;
  /** List of instance node groups */
  ReplicaGroups: ReplicaGroup[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeMaintenanceWindow (`RedisClient.describeMaintenanceWindow`). */
export interface DescribeMaintenanceWindowRequest {
  /**
   * Specifies the instance ID. Example: crs-xjhsdj****. Log in to the TencentDB for Redis console and
   * copy the instance ID in the instance list.
   */
  InstanceId: string;
}
/** Output of DescribeMaintenanceWindow (`RedisClient.describeMaintenanceWindow`). */
export interface DescribeMaintenanceWindowResponse {
  /**
   * Start time of the maintenance window. Value range: any time point between 00:00 and 23:00, for
   * example, 03:24.
   */
  StartTime: "00" | "23" | "03" | (string & {});
  /**
   * End time of the maintenance window. - Value range: any time point between 00:00 and 23:00, for
   * example, 04:24. - The minimum maintenance duration is 30 minutes and the maximum is 3 hours. - The
   * end time should be later than the start time.
   */
  EndTime: "00" | "23" | "04" | (string & {});
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeParamTemplateInfo (`RedisClient.describeParamTemplateInfo`). */
export interface DescribeParamTemplateInfoRequest {
  /**
   * The parameter template ID for query. Get parameter template list information through the
   * DescribeParamTemplates API.
   */
  TemplateId: string;
}
/** Output of DescribeParamTemplateInfo (`RedisClient.describeParamTemplateInfo`). */
export interface DescribeParamTemplateInfoResponse {
  /** Quantity of parameters in the parameter template */
  TotalCount: number;
  /** Parameter template ID. */
  TemplateId: string;
  /** Parameter template name. */
  Name: string;
  /**
   * Product type. - 2: Redis 2.8 Memory Edition (standard architecture). - 3: CKV 3.2 Memory Edition
   * (standard architecture). - 4: CKV 3.2 Memory Edition (cluster architecture). - 5: Redis 2.8 Memory
   * Edition (stand-alone). - 6: Redis 4.0 Memory Edition (standard architecture). - 7: Redis 4.0 Memory
   * Edition (cluster architecture). - 8: Redis 5.0 Memory Edition (standard architecture). - 9: Redis
   * 5.0 Memory Edition (cluster architecture). - 15: Redis 6.2 Memory Edition (standard architecture). -
   * 16: Redis 6.2 Memory Edition (cluster architecture). - 17: Redis 7.0 Memory Edition (standard
   * architecture). - 18: Redis 7.0 Memory Edition (cluster architecture).
   */
  ProductType: number;
  /** Parameter template description */
  Description: string;
  /**
   * Parameter details, including parameter name, current value, default value, maximum value, minimum
   * value, enumeration value and other information.
   */
  Items: ParameterDetail[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeParamTemplates (`RedisClient.describeParamTemplates`). */
export interface DescribeParamTemplatesRequest {
  /**
   * Product type array. - 2: Redis 2.8 Memory Edition (standard architecture). - 3: CKV 3.2 Memory
   * Edition (standard architecture). - 4: CKV 3.2 Memory Edition (cluster architecture). - 6: Redis 4.0
   * Memory Edition (standard architecture). - 7: Redis 4.0 Memory Edition (cluster architecture). - 8:
   * Redis 5.0 Memory Edition (standard architecture). - 9: Redis 5.0 Memory Edition (cluster
   * architecture). - 15: Redis 6.2 Memory Edition (standard architecture). - 16: Redis 6.2 Memory
   * Edition (cluster architecture). - 17: Redis 7.0 Memory Edition (standard architecture). - 18: Redis
   * 7.0 Memory Edition (cluster architecture).
   */
  ProductTypes?: number[];
  /** Template name array, with the maximum array length of 50. */
  TemplateNames?: string[];
  /** Template ID array, with the maximum array length of 50. */
  TemplateIds?: string[];
}
/** Output of DescribeParamTemplates (`RedisClient.describeParamTemplates`). */
export interface DescribeParamTemplatesResponse {
  /** Number of parameter templates of the user. */
  TotalCount: number;
  /** Parameter template details. */
  Items: ParamTemplateInfo[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeProductInfo (`RedisClient.describeProductInfo`). */
export interface DescribeProductInfoRequest {}
/** Output of DescribeProductInfo (`RedisClient.describeProductInfo`). */
export interface DescribeProductInfoResponse {
  /**
   * Selling information on the region. The selling information on all regions is returned even if a
   * region is specified.
   */
  RegionSet: RegionConf[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeProjectSecurityGroup (`RedisClient.describeProjectSecurityGroup`). */
export interface DescribeProjectSecurityGroupRequest {
  /**
   * Project ID for query. - 0: default project. - -1: all projects. - Greater than 0: specific project.
   * Log in to the project management page of the Redis console and copy the project ID in Project Name.
   */
  ProjectId?: number;
  /**
   * Security group ID, which can be obtained through the sub- parameter SecurityGroupId of the response
   * parameter InstanceSecurityGroupsDetail of the API DescribeInstanceSecurityGroup.
   */
  SecurityGroupId?: string;
}
/** Output of DescribeProjectSecurityGroup (`RedisClient.describeProjectSecurityGroup`). */
export interface DescribeProjectSecurityGroupResponse {
  /** Security group of the project */
  SecurityGroupDetails: SecurityGroupDetail[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeProjectSecurityGroups (`RedisClient.describeProjectSecurityGroups`). */
export interface DescribeProjectSecurityGroupsRequest {
  /** Database engine name, which is redis for this API. */
  Product: string;
  /**
   * Project ID. Log in to the Project Management page of the Redis console and copy the project ID in
   * Project Name.
   */
  ProjectId?: number;
  /** Offset, which is an integral multiple of Limit. */
  Offset?: number;
  /** The number of security groups to be pulled. Default value: 20. */
  Limit?: number;
  /** Search criteria. You can enter a security group ID or name. */
  SearchKey?: string;
}
/** Output of DescribeProjectSecurityGroups (`RedisClient.describeProjectSecurityGroups`). */
export interface DescribeProjectSecurityGroupsResponse {
  /** Security group rules. */
  Groups: SecurityGroup[];
  /** Total number of eligible security groups. */
  Total: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeProxySlowLog (`RedisClient.describeProxySlowLog`). */
export interface DescribeProxySlowLogRequest {
  /**
   * ID of a specified instance, such as "crs-xjhsdj****" Log in to the Redis console and copy the
   * instance ID in the instance list.
   */
  InstanceId: string;
  /** Start time of a slow query, with a maximum query span of 30 days. */
  BeginTime: string;
  /** End time of a slow query, with a maximum query span of 30 days. */
  EndTime: string;
  /** Slow query threshold in milliseconds */
  MinQueryTime?: number;
  /** Number of tasks output on each page. Default value: 20. Maximum value: 100. */
  Limit?: number;
  /**
   * Pagination offset, which is an integer multiple of Limit. Calculation formula: Offset = Limit x
   * (Page number - 1).
   */
  Offset?: number;
}
/** Output of DescribeProxySlowLog (`RedisClient.describeProxySlowLog`). */
export interface DescribeProxySlowLogResponse {
  /** Total number of slow queries */
  TotalCount: number;
  /**
   * Slow query details. Note: If the value of TotalCount is greater than 10,000, indicating that the
   * number of slow logs exceeds 10,000, log details cannot be returned. Instead, the returned data is
   * empty. It is recommended to reduce the interval between BeginTime and EndTime and perform multiple
   * queries.
   */
  InstanceProxySlowLogDetail: InstanceProxySlowlogDetail[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeRedisClusterOverview (`RedisClient.describeRedisClusterOverview`). */
export interface DescribeRedisClusterOverviewRequest {
  /** CDC ID. Log in to the CDC console and obtain the cluster ID in the instance list. */
  DedicatedClusterId?: string;
}
/** Output of DescribeRedisClusterOverview (`RedisClient.describeRedisClusterOverview`). */
export interface DescribeRedisClusterOverviewResponse {
  /** Total number of resource packages. */
  TotalBundle: number;
  /** Total memory size occupied by resource packages. Unit: GB. */
  TotalMemory: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeRedisClusters (`RedisClient.describeRedisClusters`). */
export interface DescribeRedisClustersRequest {
  /**
   * Dedicated Redis cluster ID. Log in to the CDC console, switch to the Cloud Service Management page,
   * select TencentDB for Redis from the drop-down list, and obtain the dedicated cluster ID.
   */
  RedisClusterIds?: string[];
  /** Cluster status. - 1: in process. - 2: running. - 3: isolated. */
  Status?: number[];
  /** Project ID array. Log in to the project management page and copy the project ID in Project Name. */
  ProjectIds?: number[];
  /**
   * Renewal mode. - 0: default status (manual renewal). - 1: automatic renewal. - 2: no automatic
   * renewal.
   */
  AutoRenewFlag?: number[];
  /** Dedicated Redis cluster name. */
  ClusterName?: string;
  /** Search keyword. Valid values: cluster ID and cluster name. */
  SearchKey?: string;
  /**
   * Limit on the number of records returned in pagination mode. If this parameter is not specified, the
   * value 20 will be used by default.
   */
  Limit?: number;
  /** Offset, which is an integer multiple of Limit. */
  Offset?: number;
  /** CDC ID. Log in to the CDC console and obtain the cluster ID in the instance list. */
  DedicatedClusterId?: string;
}
/** Output of DescribeRedisClusters (`RedisClient.describeRedisClusters`). */
export interface DescribeRedisClustersResponse {
  /** Total number of clusters. */
  Total: number;
  /** CDC cluster resource list. */
  Resources: CDCResource[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeReplicationGroup (`RedisClient.describeReplicationGroup`). */
export interface DescribeReplicationGroupRequest {
  /** Number of instances returned per page. Default value: 20. */
  Limit: number;
  /** Pagination offset, which is an integral multiple of Limit. offset = limit * (page number - 1). */
  Offset: number;
  /**
   * ID of the specified replication group, such as crs-rpl- m3zt****. Log in to the TencentDB for Redis
   * console, and get it in the global replication group list.
   */
  GroupId?: string;
  /**
   * Keyword for fuzzy query, which can be a replication group ID or name. Log in to the TencentDB for
   * Redis console, and get them in the global replication group list.
   */
  SearchKey?: string;
}
/** Output of DescribeReplicationGroup (`RedisClient.describeReplicationGroup`). */
export interface DescribeReplicationGroupResponse {
  /** Number of replication groups */
  TotalCount: number;
  /** Replication group information */
  Groups: Groups[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeReplicationGroupInstance (`RedisClient.describeReplicationGroupInstance`). */
export interface DescribeReplicationGroupInstanceRequest {
  /**
   * Specifies the instance ID. Example: crs-xjhsdj****. Log in to the TencentDB for Redis console and
   * copy the instance ID in the instance list.
   */
  InstanceId: string;
}
/** Output of DescribeReplicationGroupInstance (`RedisClient.describeReplicationGroupInstance`). */
export interface DescribeReplicationGroupInstanceResponse {
  /** AppID。 */
  AppId: number;
  /** Numerical code of a region. */
  RegionId: number;
  /** String ID of a replication group. */
  GroupId: string;
  /** Replication group name. */
  GroupName: string;
  /** Instance replication group role. - r: secondary instance. - rw: primary instance. */
  InstanceRole: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeSecondLevelBackupInfo (`RedisClient.describeSecondLevelBackupInfo`). */
export interface DescribeSecondLevelBackupInfoRequest {
  /**
   * Specifies the instance ID. For example, crs-xjhsdj****. Log in to the TencentDB for Redis® console
   * and copy the instance ID from the instance list.
   */
  InstanceId?: string;
  /** Second-level backup timestamp. The corresponding time should be within the last 7 days. */
  BackupTimestamp?: number;
}
/** Output of DescribeSecondLevelBackupInfo (`RedisClient.describeSecondLevelBackupInfo`). */
export interface DescribeSecondLevelBackupInfoResponse {
  /** Backup record ID. */
  BackupId: string;
  /** Backup timestamp. */
  BackupTimestamp: number;
  /**
   * Timestamp range within which backup is missing. Note: This field may return null, indicating that no
   * valid value can be obtained.
   */
  MissingTimestamps?: SecondLevelBackupMissingTimestamps[] | null;
  /** Timestamp when second-level backup is enabled for the instance. */
  StartTimestamp: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeSlowLog (`RedisClient.describeSlowLog`). */
export interface DescribeSlowLogRequest {
  /**
   * ID of a specified instance, such as "crs-xjhsdj****" Log in to the Redis console and copy the
   * instance ID in the instance list.
   */
  InstanceId: string;
  /** Start time for pre-querying slow query logs, with a maximum query span of 30 days. */
  BeginTime: string;
  /** End time for pre-querying slow query logs, with a maximum query span of 30 days. */
  EndTime: string;
  /** The average execution time threshold of slow query in microseconds */
  MinQueryTime?: number;
  /** Number of slow query logs displayed per page. Default value: 20. Maximum value: 100. */
  Limit?: number;
  /**
   * Slow query offset, which is an integral multiple of Limit. Calculation formula: offset = limit *
   * (page number - 1).
   */
  Offset?: number;
  /** Node role. - master: Master node.- slave: Replica node. */
  Role?: string;
}
/** Output of DescribeSlowLog (`RedisClient.describeSlowLog`). */
export interface DescribeSlowLogResponse {
  /** Total number of slow queries */
  TotalCount: number;
  /**
   * Slow query details. Note: If the value of TotalCount is greater than 10,000, indicating that the
   * number of slow logs exceeds 10,000, log details cannot be returned. Instead, the returned data is
   * empty. It is recommended to reduce the interval between BeginTime and EndTime and perform multiple
   * queries.
   */
  InstanceSlowLogDetail: InstanceSlowlogDetail[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeSSLStatus (`RedisClient.describeSSLStatus`). */
export interface DescribeSSLStatusRequest {
  /** Instance ID */
  InstanceId: string;
}
/** Output of DescribeSSLStatus (`RedisClient.describeSSLStatus`). */
export interface DescribeSSLStatusResponse {
  /** Download address for SSL certificate */
  CertDownloadUrl: string;
  /** Expiration time of the certificate download address */
  UrlExpiredTime: string;
  /** Whether the SSL is enabled for the identified instance. - true : Enabled - false : Disabled */
  SSLConfig: boolean;
  /** Whether SSL is supported for the identified instance. - true : Supported - false : Not supported */
  FeatureSupport: boolean;
  /** Status of SSL configuration - 1 : Configuring - 2 : Configured successfully */
  Status: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeTaskInfo (`RedisClient.describeTaskInfo`). */
export interface DescribeTaskInfoRequest {
  /**
   * Task ID, which can be obtained through the sub-parameter TaskId of the response parameter Tasks of
   * the API DescribeTaskList.
   */
  TaskId: number;
}
/** Output of DescribeTaskInfo (`RedisClient.describeTaskInfo`). */
export interface DescribeTaskInfoResponse {
  /**
   * Task status. Valid values: - preparing : To be run - running : Running - succeed : Succeeded -
   * failed : Failed - Error : Error occurred while running
   */
  Status: "preparing" | "running" | "succeed" | "failed" | "Error" | (string & {});
  /** Task start time */
  StartTime: string;
  /**
   * Task type, including Create, Configure, Disable Instance, Clear Instance, Reset Password, Upgrade
   * Version, Back up Instance, Modify Network, Migrate to New AZ and Promote to Master.
   */
  TaskType: string;
  /** Instance ID */
  InstanceId: string;
  /**
   * Message returned by task execution, which will be an error message when execution fails or be empty
   * when the status is running or succeed-.
   */
  TaskMessage: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeTaskList (`RedisClient.describeTaskList`). */
export interface DescribeTaskListRequest {
  /**
   * ID of a specified instance, such as "crs-xjhsdj****" Log in to the Redis console and copy the
   * instance ID in the instance list.
   */
  InstanceId?: string;
  /** Instance name */
  InstanceName?: string;
  /** Number of taskss returned per page. Default value: 20. Maximum value: 100. */
  Limit?: number;
  /**
   * Pagination offset, which is an integral multiple of Limit. Calculation formula: offset = limit *
   * (page number - 1).
   */
  Offset?: number;
  /**
   * Task type. - FLOW_CREATE: "001", indicating instance creation. - FLOW_RESIZE: "002", indicating
   * configuration modification. - FLOW_CLOSE: "003", indicating instance disabling. - FLOW_CLEAN: "004",
   * indicating instance cleanup. - FLOW_STARTUP: "005", indicating instance enabling. - FLOW_DELETE:
   * "006", indicating instance deletion. - FLOW_SETPWD: "007", indicating password reset. -
   * FLOW_EXPORTBACKUP: "009", indicating backup file export. - FLOW_RESTOREBACKUP: "010", indicating
   * backup restoration. - FLOW_BACKUPINSTANCE: "012", indicating instance backup. -
   * FLOW_MIGRATEINSTANCE: "013", indicating instance migration. - FLOW_DELBACKUP: "014", indicating
   * backup deletion. - FLOW_EXCHANGEINSTANCE: "016", indicating instance switch. - FLOW_AUTOBACKUP:
   * "017", indicating automatic instance backup. - FLOW_MIGRATECHECK: "022", indicating migration
   * parameter verification. - FLOW_MIGRATETASK: "023", indicating that data migration is in progress. -
   * FLOW_CLEANDB: "025", indicating database cleanup. - FLOW_CLONEBACKUP: "026": indicating backup
   * cloning. - FLOW_CHANGEVIP: "027", indicating VIP address modification. - FLOW_EXPORSHR: "028",
   * indicating scaling. - FLOW_ADDNODES: "029", indicating node addition (removal). - FLOW_CHANGENET:
   * "031", indicating network type modification. - FLOW_MODIFYINSTACEREADONLY: "033": indicating
   * read-only policy modification. - FLOW_MODIFYINSTANCEPARAMS: "034", indicating instance parameter
   * modification. - FLOW_MODIFYINSTANCEPASSWORDFREE: "035", indicating password-free access settings. -
   * FLOW_SWITCHINSTANCEVIP: "036", indicating instance VIP address switch. - FLOW_MODIFYINSTANCEACCOUNT:
   * "037", indicating instance account modification. - FLOW_MODIFYINSTANCEBANDWIDTH: "038", indicating
   * instance bandwidth modification. - FLOW_ENABLEINSTANCE_REPLICATE: "039", indicating enabling of
   * read-only replica. - FLOW_DISABLEINSTANCE_REPLICATE: "040", indicating disabling of read-only
   * replica. - FLOW_UpgradeArch: "041", indicating instance architecture upgrade from the standard
   * architecture to the cluster architecture. - FLOW_DowngradeArch: "042", indicating instance
   * architecture downgrade from the cluster architecture to the standard architecture. -
   * FLOW_UpgradeVersion: "043", indicating version upgrade. - FLOW_MODIFYCONNECTIONCONFIG: "044",
   * indicating adjustment of the bandwidth and the number of connections. - FLOW_CLEARNETWORK: "045",
   * indicating network change. - FLOW_REMOVE_BACKUP_FILE: "046", indicating backup deletion. -
   * FLOW_UPGRADE_SUPPORT_MULTI_AZ: "047", indicating instance upgrade to multi-AZ deployment. -
   * FLOW_SHUTDOWN_MASTER: "048", indicating fault simulation. - FLOW_CHANGE_REPLICA_TO_MASTER: "049",
   * indicating manual promotion to the primary node. - FLOW_CODE_ADD_REPLICATION_INSTANCE: "050",
   * indicating replication group addition. - FLOW_OPEN_WAN: "052", indicating enabling of public network
   * access. - FLOW_CLOSE_WAN: "053", indicating disabling of public network access. - FLOW_UPDATE_WAN:
   * "054", indicating update of the public network access configuration. -
   * FLOW_CODE_DELETE_REPLICATION_INSTANCE: "055", indicating replication group unbinding. -
   * FLOW_CODE_CHANGE_MASTER_INSTANCE: "056", indicating switching a replication group instance to the
   * primary instance. - FLOW_CODE_CHANGE_INSTANCE_ROLE: "057", indicating modification of the
   * replication group instance role. - FLOW_MIGRATE_NODE: "058", indicating node migration. -
   * FLOW_SWITCH_NODE: "059", indicating node switch. - FLOW_UPGRADE_SMALL_VERSION: "060", indicating
   * Redis version upgrade. - FLOW_UPGRADE_PROXY_VERSION: "061", indicating proxy version upgrade. -
   * FLOW_MODIFY_INSTANCE_NETWORK: "062", indicating instance network modification. -
   * FLOW_MIGRATE_PROXY_NODE: "063", indicating proxy node migration. - FLOW_MIGRATION_INSTANCE_ZONE:
   * "066", indicating that instance migration to another AZ is in progress. -
   * FLOW_UPGRADE_INSTANCE_CACHE_AND_PROXY: "067", indicating that instance version upgrade is in
   * progress. - FLOW_MODIFY_PROXY_NUM: "069", indicating proxy node addition (removal). -
   * FLOW_MODIFYBACKUPMOD: "070", indicating instance backup mode modification.
   */
  TaskTypes?: string[];
  /**
   * Start time of the task, for example, in the format of 2021-12- 30 00:00:00. Data in the last 30 days
   * can be queried.
   */
  BeginTime?: string;
  /**
   * End time of the task, for example, in the format of 2021-12- 30 20:59:35. Data in the last 30 days
   * can be queried.
   */
  EndTime?: string;
  /** This parameter is only for internal use and can be ignored. */
  TaskStatus?: number[];
  /** Task execution status. Valid values: - 0 (initilized) - 1 (executing) - 2 (completed) - 4 (failed) */
  Result?: number[];
  /** Operator account ID or UIN */
  OperateUin?: string[];
}
/** Output of DescribeTaskList (`RedisClient.describeTaskList`). */
export interface DescribeTaskListResponse {
  /** Total number of tasks */
  TotalCount: number;
  /** Task details */
  Tasks: TaskInfoDetail[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeTendisSlowLog (`RedisClient.describeTendisSlowLog`). */
export interface DescribeTendisSlowLogRequest {
  /** Instance ID. Log in to the Tendis console and copy it in the instance list. */
  InstanceId: string;
  /** Start time for a query, for example, 2019-09-08 12:12:41, with a maximum query span of 30 days. */
  BeginTime: string;
  /** End time for a query, for example, 2019-09-09 12:12:41, with a maximum query span of 30 days. */
  EndTime: string;
  /** Slow query threshold in ms */
  MinQueryTime?: number;
  /** Page size. Default value 20. Maximum value 100. */
  Limit?: number;
  /**
   * Pagination offset, which is an integer multiple of Limit. Calculation formula: Offset = Limit x
   * (Page number - 1).
   */
  Offset?: number;
}
/** Output of DescribeTendisSlowLog (`RedisClient.describeTendisSlowLog`). */
export interface DescribeTendisSlowLogResponse {
  /** Total number of slow queries */
  TotalCount: number;
  /**
   * Slow query details. Note: If the value of TotalCount is greater than 10,000, indicating that the
   * number of slow logs exceeds 10,000, log details cannot be returned. Instead, the returned data is
   * empty. It is recommended to reduce the interval between BeginTime and EndTime and perform multiple
   * queries.
   */
  TendisSlowLogDetail: TendisSlowLogDetail[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DestroyPostpaidInstance (`RedisClient.destroyPostpaidInstance`). */
export interface DestroyPostpaidInstanceRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
}
/** Output of DestroyPostpaidInstance (`RedisClient.destroyPostpaidInstance`). */
export interface DestroyPostpaidInstanceResponse {
  /** Task ID */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DestroyPrepaidInstance (`RedisClient.destroyPrepaidInstance`). */
export interface DestroyPrepaidInstanceRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
}
/** Output of DestroyPrepaidInstance (`RedisClient.destroyPrepaidInstance`). */
export interface DestroyPrepaidInstanceResponse {
  /** Order ID */
  DealId: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DisableReplicaReadonly (`RedisClient.disableReplicaReadonly`). */
export interface DisableReplicaReadonlyRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
}
/** Output of DisableReplicaReadonly (`RedisClient.disableReplicaReadonly`). */
export interface DisableReplicaReadonlyResponse {
  /** Task ID. */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DisassociateSecurityGroups (`RedisClient.disassociateSecurityGroups`). */
export interface DisassociateSecurityGroupsRequest {
  /** Database engine name, which is redis for this API. */
  Product: string;
  /**
   * Security group ID, which can be obtained through the sub- parameter SecurityGroupId of the response
   * parameter InstanceSecurityGroupsDetail of the API DescribeInstanceSecurityGroup.
   */
  SecurityGroupId: string;
  /**
   * Instance ID list, which is an array of one or more instance IDs. Log in to the Redis console and
   * copy it in the instance list.
   */
  InstanceIds: string[];
}
/** Output of DisassociateSecurityGroups (`RedisClient.disassociateSecurityGroups`). */
export interface DisassociateSecurityGroupsResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of EnableReplicaReadonly (`RedisClient.enableReplicaReadonly`). */
export interface EnableReplicaReadonlyRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /**
   * Read-only routing policy. - master: read-only routing to the primary node. - replication: read-only
   * routing to the secondary node. - Default policy: writing to the primary node and reading from the
   * secondary node.
   */
  ReadonlyPolicy?: string[];
}
/** Output of EnableReplicaReadonly (`RedisClient.enableReplicaReadonly`). */
export interface EnableReplicaReadonlyResponse {
  /** Task ID. */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of InquiryPriceCreateInstance (`RedisClient.inquiryPriceCreateInstance`). */
export interface InquiryPriceCreateInstanceRequest {
  /**
   * Instance type. - 2: Redis 2.8 memory edition (standard architecture). - 6: Redis 4.0 memory edition
   * (standard architecture). - 7: Redis 4.0 memory edition (cluster architecture). - 8: Redis 5.0 memory
   * edition (standard architecture). - 9: Redis 5.0 memory edition (cluster architecture). - 15: Redis
   * 6.2 memory edition (standard architecture). - 16: Redis 6.2 memory edition (cluster architecture). -
   * 17: Redis 7.0 memory edition (standard architecture). - 18: Redis 7.0 memory edition (cluster
   * architecture). - 200: Memcached 1.6 memory edition (cluster architecture).
   */
  TypeId: number;
  /**
   * Memory capacity in MB, which must be a multiple of 1,024. It is subject to the purchasable
   * specifications returned by the DescribeProductInfo API. If TypeId indicates the standard
   * architecture, MemSize indicates the total memory capacity of an instance; if TypeId indicates the
   * cluster architecture, MemSize indicates the memory capacity per shard.
   */
  MemSize: number;
  /**
   * Number of instances. The actual quantity purchasable at a time is subject to the specifications
   * returned by the DescribeProductInfo API.
   */
  GoodsNum: number;
  /**
   * Length of purchase in months, which is required when creating a monthly-subscribed instance. Value
   * range: [1,2,3,4,5,6,7,8,9,10,11,12,24,36]. For pay-as-you-go instances, set the parameter to 1.
   */
  Period: number;
  /** Billing mode. - 0: pay-as-you-go. - 1: monthly subscription. */
  BillingMode: number;
  /** ID of the AZ where the instance resides. For more information, see Regions and AZs. */
  ZoneId?: number;
  /**
   * Number of instance shards. For the standard architecture of 2.8, the number of shards does not need
   * to be configured. For the standard architecture of other versions, the number of shards should be
   * set to 1. For the cluster architecture, the number of shards to be purchased needs to be specified.
   */
  RedisShardNum?: number;
  /**
   * Number of instance replicas. For the standard architecture of 2.8, the number of replicas does not
   * need to be configured.
   */
  RedisReplicasNum?: number;
  /**
   * Whether replica read-only is supported. For the standard architecture of Redis 2.8 and CKV, this
   * parameter does not need to be configured. - true: Replica read-only is not required. - false:
   * Replica read-only is required.
   */
  ReplicasReadonly?: boolean;
  /** Name of the AZ where the instance resides. For more information, see Regions and AZs. */
  ZoneName?: string;
  /** Deployment mode. - local: local disk. This is the default value. - cloud: cloud disk. - cdc: CDC. */
  ProductVersion?: string;
}
/** Output of InquiryPriceCreateInstance (`RedisClient.inquiryPriceCreateInstance`). */
export interface InquiryPriceCreateInstanceResponse {
  /** Price. */
  Price: number;
  /** High precision price. */
  HighPrecisionPrice: number;
  /** Currency. */
  Currency: string;
  /** Price unit. - pent: cent. - microPent: microcent. */
  AmountUnit: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of InquiryPriceUpgradeInstance (`RedisClient.inquiryPriceUpgradeInstance`). */
export interface InquiryPriceUpgradeInstanceRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /** Shard size. Unit: MB. */
  MemSize: number;
  /**
   * Number of shards. This parameter is not required for Redis 2.8 Primary-Secondary Edition, CKV
   * Primary- Secondary Edition, and Redis 2.8 Single-node Edition.
   */
  RedisShardNum?: number;
  /**
   * Number of replicas. This parameter is not required for Redis 2.8 Primary-Secondary Edition, CKV
   * Primary- Secondary Edition, and Redis 2.8 Single-node Edition.
   */
  RedisReplicasNum?: number;
}
/** Output of InquiryPriceUpgradeInstance (`RedisClient.inquiryPriceUpgradeInstance`). */
export interface InquiryPriceUpgradeInstanceResponse {
  /** Price. */
  Price: number;
  /** High precision price. */
  HighPrecisionPrice: number;
  /** Currency. */
  Currency: string;
  /** Price unit. - pent: cent. - microPent: microcent. */
  AmountUnit: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of KillMasterGroup (`RedisClient.killMasterGroup`). */
export interface KillMasterGroupRequest {
  /**
   * ID of a specified instance, such as "crs-xjhsdj****" Log in to the Redis console and copy the
   * instance ID in the instance list.
   */
  InstanceId: string;
  /**
   * A parameter used to configure the access password for a specified instance. If password-free
   * authentication is enabled, this parameter will not be required. Required password strength. - It
   * must contains 8-30 characters. We recommend that you use a password of more than 12 characters. - It
   * must contain at least two of the following types: lowercase letters, uppercase letters, digits, and
   * symbols (()`~!@#$%^&*-+=_|{}[]:;<>,.?/), and it cannot start with a slash (/).
   */
  Password?: string;
  /**
   * Sharded cluster ID, which can be obtained through ClusterId of the response parameter Redis of the
   * API DescribeInstanceNodeInfo.
   */
  ShardIds?: number[];
}
/** Output of KillMasterGroup (`RedisClient.killMasterGroup`). */
export interface KillMasterGroupResponse {
  /** Async task ID */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ManualBackupInstance (`RedisClient.manualBackupInstance`). */
export interface ManualBackupInstanceRequest {
  /**
   * ID of a specified instance, such as "crs-xjhsdj****" Log in to the Redis console and copy the
   * instance ID in the instance list.
   */
  InstanceId: string;
  /** Remarks for manual backup task */
  Remark?: string;
  /**
   * Retention period of backup data in days. Default value: 7 days. Value range: [0,1825]. If the value
   * exceeds 7 days, submit a ticket for application. - If this parameter is not configured, it will set
   * to be the same as the period of automatic backup retention. - If automatic backup is not set, the
   * default value will be 7 days.
   */
  StorageDays?: number;
}
/** Output of ManualBackupInstance (`RedisClient.manualBackupInstance`). */
export interface ManualBackupInstanceResponse {
  /** Task ID */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModfiyInstancePassword (`RedisClient.modfiyInstancePassword`). */
export interface ModfiyInstancePasswordRequest {
  /**
   * Instance ID, such as "crs-xjhsdj****". Log in to the Redis console and copy the instance ID in the
   * instance list.
   */
  InstanceId: string;
  /** Old password of an instance */
  OldPassword: string;
  /**
   * New instance password. The password complexity requirements are as follows: - It should contain 8 to
   * 64 characters. 12 or more characters are recommended. - It cannot start with a forward slash (/). -
   * It should contain at least two of the following types: lowercase letters (a–z), uppercase letters
   * (A–Z), digits (0–9), and special characters (such as ()~!@#$%^&*-+=_|{}[]:;<>,.?/).
   */
  Password: string;
}
/** Output of ModfiyInstancePassword (`RedisClient.modfiyInstancePassword`). */
export interface ModfiyInstancePasswordResponse {
  /** Task ID */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyAutoBackupConfig (`RedisClient.modifyAutoBackupConfig`). */
export interface ModifyAutoBackupConfigRequest {
  /**
   * ID of a specified instance, such as "crs-xjhsdj****" Log in to the Redis console and copy the
   * instance ID in the instance list.
   */
  InstanceId: string;
  /**
   * Automatic backup cycle. Valid values: Monday, Tuesday, Wednesday, Thursday, Friday, Saturday,
   * Sunday. This parameter currently cannot be modified.
   */
  WeekDays: string[];
  /** Automatic backup time in the format of 00:00-01:00, 01:00-02:00... 23:00-00:00. */
  TimePeriod: string;
  /** Automatic backup type. Valid value: 1 (scheduled backup). */
  AutoBackupType?: number;
  /** Specifies the retention days of full backup files. unit: day. */
  BackupStorageDays?: number;
}
/** Output of ModifyAutoBackupConfig (`RedisClient.modifyAutoBackupConfig`). */
export interface ModifyAutoBackupConfigResponse {
  /** Automatic backup type. Valid value: 1 (scheduled backup). */
  AutoBackupType: number;
  /**
   * Automatic backup cycle. Valid values: Monday, Tuesday, Wednesday, Thursday, Friday, Saturday,
   * Sunday.
   */
  WeekDays: string[];
  /**
   * Time period for automatic scheduled backup in the format of “00:00-01:00, 01:00-02:00......
   * 23:00-00:00”.
   */
  TimePeriod: string;
  /** Retention time of full backup files in days */
  BackupStorageDays: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyBackupDownloadRestriction (`RedisClient.modifyBackupDownloadRestriction`). */
export interface ModifyBackupDownloadRestrictionRequest {
  /**
   * Type of the network restrictions for downloading backup files. Valid values: - NoLimit : Backup
   * files can be downloaded over both public and private networks. - LimitOnlyIntranet : Backup files
   * can be downloaded only at private network addresses auto-assigned by Tencent Cloud. - Customize :
   * Backup files can be downloaded only in the customized VPC.
   */
  LimitType: "NoLimit" | "LimitOnlyIntranet" | "Customize";
  /**
   * Only In can be passed in for this parameter, indicating that backup files can be downloaded in the
   * custom LimitVpc.
   */
  VpcComparisonSymbol?: string;
  /**
   * Whether backups can be downloaded at the custom LimitIp address. - In : Download is allowed for the
   * custom IP. - NotIn : Download is not allowed for the custom IP.
   */
  IpComparisonSymbol?: string;
  /** VPC ID of the custom backup file download address, which is required if LimitType is Customize. */
  LimitVpc?: BackupLimitVpcItem[];
  /** VPC IP of the custom backup file download address, which is required if LimitType is Customize. */
  LimitIp?: string[];
}
/** Output of ModifyBackupDownloadRestriction (`RedisClient.modifyBackupDownloadRestriction`). */
export interface ModifyBackupDownloadRestrictionResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyConnectionConfig (`RedisClient.modifyConnectionConfig`). */
export interface ModifyConnectionConfigRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /** Additional bandwidth in MB, which should be greater than 0. */
  Bandwidth?: number;
  /**
   * Total number of connections per shard. - When read-only replicas are not enabled, the lower limit is
   * 10,000 and the upper limit is 40,000. - When read-only replicas are enabled, the lower limit is
   * 10,000, and the upper limit is calculated as follows: 10,000 x (Number of read-only replicas + 3).
   */
  ClientLimit?: number;
}
/** Output of ModifyConnectionConfig (`RedisClient.modifyConnectionConfig`). */
export interface ModifyConnectionConfigResponse {
  /** Task ID. */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyDBInstanceSecurityGroups (`RedisClient.modifyDBInstanceSecurityGroups`). */
export interface ModifyDBInstanceSecurityGroupsRequest {
  /** Database engine name, which is redis for this API. */
  Product: string;
  /**
   * Replaces with the new security group ID list, which is an array of one or more security group IDs. -
   * To configure a security group for an instance for the first time, call the API
   * AssociateSecurityGroups to bind a security group first. - To replace the security group, obtain the
   * security group ID on the security group page of the console. Note: This input parameter performs a
   * full replacement on all existing collections but not an incremental update. To modify it, import the
   * expected full collections.
   */
  SecurityGroupIds: string[];
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
}
/** Output of ModifyDBInstanceSecurityGroups (`RedisClient.modifyDBInstanceSecurityGroups`). */
export interface ModifyDBInstanceSecurityGroupsResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyInstance (`RedisClient.modifyInstance`). */
export interface ModifyInstanceRequest {
  /**
   * Instance modification operation. Valid values: - rename: Rename the instance. - modifyProject:
   * Modify the project to which the instance belongs. - modifyAutoRenew: Modify the instance renewal
   * flag.
   */
  Operation: "rename" | "modifyProject" | "modifyAutoRenew";
  /**
   * Instance ID. Log in to the Redis console and copy it in the instance list. The maximum number of
   * instances per request is 10.
   */
  InstanceIds?: string[];
  /** New name of the instance. */
  InstanceNames?: string[];
  /**
   * Project ID. Log in to the Project Management page of the Redis console and copy the project ID in
   * Project Name.
   */
  ProjectId?: number;
  /**
   * Auto-renewal flag. - 0: default status (manual renewal). - 1: automatic renewal. - 2: no automatic
   * renewal.
   */
  AutoRenews?: number[];
}
/** Output of ModifyInstance (`RedisClient.modifyInstance`). */
export interface ModifyInstanceResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyInstanceAccount (`RedisClient.modifyInstanceAccount`). */
export interface ModifyInstanceAccountRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /** Sub-account name. If you want to change it to the root account, fill in root. */
  AccountName: string;
  /** Sub-account password. */
  AccountPassword?: string;
  /** Sub-account description information */
  Remark?: string;
  /** Account read/write routing policy. - master: primary node. - replication: secondary node. */
  ReadonlyPolicy?: string[];
  /** Sub-account read/write policy. - r: read-only. - w: write-only. - rw: read/write. */
  Privilege?: string;
  /**
   * Whether to switch the root account to a password-free account. This applies only to the root
   * account. Sub- accounts do not support password-free access. - true: Switch the root account to a
   * password-free account. - false: Do not switch it.
   */
  NoAuth?: boolean;
}
/** Output of ModifyInstanceAccount (`RedisClient.modifyInstanceAccount`). */
export interface ModifyInstanceAccountResponse {
  /** Task ID */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyInstanceAvailabilityZones (`RedisClient.modifyInstanceAvailabilityZones`). */
export interface ModifyInstanceAvailabilityZonesRequest {
  /**
   * Specify the instance ID. For example: crs-xjhsdj****, please log in to the [Redis Console]
   * (https://console.intl.cloud.tencent.com/redis#/) and copy the instance ID from the instance list.
   */
  InstanceId: string;
  /** Switch time. - 1: Switch during the maintenance window. - 2: Switch immediately. */
  SwitchOption: number;
  /**
   * Instance node information includes the node ID, node type, and node availability zone ID, and so on.
   * For specific information, please see RedisNodeInfo. For instances in a single availability zone,
   * there is no need to configure the NodeId. For instances in multiple availability zones, the NodeId
   * is required to configure.
   */
  NodeSet: RedisNodeInfo[];
}
/** Output of ModifyInstanceAvailabilityZones (`RedisClient.modifyInstanceAvailabilityZones`). */
export interface ModifyInstanceAvailabilityZonesResponse {
  /** Task ID. */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyInstanceBackupMode (`RedisClient.modifyInstanceBackupMode`). */
export interface ModifyInstanceBackupModeRequest {
  /** Instance ID, which can contain 12 to 36 characters. */
  InstanceId: string;
  /** Backup mode: - SecondLevelBackup: second-level backup. - NormalLevelBackup: ordinary backup. */
  BackupMode?: string;
}
/** Output of ModifyInstanceBackupMode (`RedisClient.modifyInstanceBackupMode`). */
export interface ModifyInstanceBackupModeResponse {
  /** Task ID. */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyInstanceEvent (`RedisClient.modifyInstanceEvent`). */
export interface ModifyInstanceEventRequest {
  /**
   * Specifies the instance ID. Example: crs-xjhsdj****. Log in to the TencentDB for Redis console and
   * copy the instance ID in the instance list.
   */
  InstanceId: string;
  /** Event ID. Obtain the ID of the event to be modified using DescribeInstanceEvents. */
  EventId: number;
  /** Modifies the scheduled start time of event execution. */
  StartTime?: string;
  /**
   * Modifies the scheduled end time of event execution. After the start time is configured, the end time
   * can only be 30 minutes, 1 hour, 1.5 hours, 2 hours, or 3 hours later than the start time.
   */
  EndTime?: string;
  /** Modifies the start date of the event execution schedule. */
  ExecutionDate?: string;
  /**
   * Modifies the running status of the event. Currently, this parameter can be set only to Canceled,
   * indicating that the execution of the current event is canceled. You can query the running status and
   * level of the current event using DescribeInstanceEvents.- Critical or High events cannot be
   * canceled, which means that they must be executed.- Only events in the Waiting state (to be executed)
   * can be canceled.
   */
  Status?: string;
}
/** Output of ModifyInstanceEvent (`RedisClient.modifyInstanceEvent`). */
export interface ModifyInstanceEventResponse {
  /** Event ID. */
  EventId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyInstanceLogDelivery (`RedisClient.modifyInstanceLogDelivery`). */
export interface ModifyInstanceLogDeliveryRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /** Log type. Currently, only slowlog is supported, indicating the slow query log. */
  LogType: string;
  /** Whether log shopping is enabled. - true: enabled. - false: disabled. */
  Enabled: boolean;
  /** ID of the shipped logset. It can be obtained through the API DescribeLogsets. */
  LogsetId?: string;
  /** ID of the shipped log topic. It can be obtained through the API DescribeTopics. */
  TopicId?: string;
  /**
   * Logset name. It is required when LogsetId is left blank. The system will create a logset with the
   * value of LogsetName and ship logs.
   */
  LogsetName?: string;
  /**
   * Log topic name. It is required when TopicId is left blank. The system will create a log topic with
   * the value of TopicName and ship logs.
   */
  TopicName?: string;
  /**
   * Region where the logset is located. If it is not provided, the region where the instance is located
   * will be used by default.
   */
  LogRegion?: string;
  /** Log storage duration. Default value: 30 days. Value range: 1 to 3600 days. */
  Period?: number;
  /** Whether to create an index when creating a log topic. */
  CreateIndex?: boolean;
}
/** Output of ModifyInstanceLogDelivery (`RedisClient.modifyInstanceLogDelivery`). */
export interface ModifyInstanceLogDeliveryResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyInstanceParams (`RedisClient.modifyInstanceParams`). */
export interface ModifyInstanceParamsRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /** List of instance parameters modified */
  InstanceParams: InstanceParam[];
}
/** Output of ModifyInstanceParams (`RedisClient.modifyInstanceParams`). */
export interface ModifyInstanceParamsResponse {
  /** Whether the parameter configuration is successfully modified. true: successful; false: failed. */
  Changed: boolean;
  /** ID of the task */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyInstanceReadOnly (`RedisClient.modifyInstanceReadOnly`). */
export interface ModifyInstanceReadOnlyRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /** Instance input mode. - 0: read/write. - 1: read-only. */
  InputMode: string;
}
/** Output of ModifyInstanceReadOnly (`RedisClient.modifyInstanceReadOnly`). */
export interface ModifyInstanceReadOnlyResponse {
  /** Task ID */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyMaintenanceWindow (`RedisClient.modifyMaintenanceWindow`). */
export interface ModifyMaintenanceWindowRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /** Start time of the maintenance window, for example, 17:00. */
  StartTime: string;
  /** End time of the maintenance window, for example, 19:00. */
  EndTime: string;
}
/** Output of ModifyMaintenanceWindow (`RedisClient.modifyMaintenanceWindow`). */
export interface ModifyMaintenanceWindowResponse {
  /** Modification status. Valid values: success, failed. */
  Status: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyNetworkConfig (`RedisClient.modifyNetworkConfig`). */
export interface ModifyNetworkConfigRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /**
   * Network change type. Valid values: - changeVip : VPC change, including the private IPv4 address and
   * port. - changeVpc : Subnet change. - changeBaseToVpc : Change from classic network to VPC. -
   * changeVPort : Port change.
   */
  Operation: "changeVip" | "changeVpc" | "changeBaseToVpc" | "changeVPort";
  /** Private IPv4 address of the instance, which is required if Operation is changeVip. */
  Vip?: string;
  /**
   * VPC ID after the modification. - Configure this parameter when Operation is set to changeVpc or
   * changeBaseToVpc. - Log in to the Redis console, switch to the Instance Details page, and click the
   * VPC name next to the associated network in the Network Information area to obtain the VPC ID.
   */
  VpcId?: string;
  /**
   * ID of the subnet to which the VPC belongs after the modification. - Configure this parameter when
   * Operation is set to changeVpc or changeBaseToVpc. - Log in to the Redis console, switch to the
   * Instance Details page, and click the subnet name next to the associated network in the Network
   * Information area to obtain the subnet ID.
   */
  SubnetId?: string;
  /**
   * Retention duration of the original private IPv4 address. - Unit: day. - Valid values: 0, 1, 2, 3, 7,
   * and 15. Note: If the retention duration is not set or set to 0, the original network address will be
   * released immediately.
   */
  Recycle?: number;
  /**
   * Network port after the change, which is required if Operation is changeVPort or changeVip. Value
   * range: [1024,65535].
   */
  VPort?: number;
}
/** Output of ModifyNetworkConfig (`RedisClient.modifyNetworkConfig`). */
export interface ModifyNetworkConfigResponse {
  /** Execution status. Ignore this parameter. */
  Status: boolean;
  /** New subnet ID of the instance */
  SubnetId: string;
  /** New VPC ID of the instance */
  VpcId: string;
  /** New private IPv4 address of the instance */
  Vip: string;
  /** Task ID. Obtain taskId and query the task execution status through the API DescribeTaskInfo. */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyParamTemplate (`RedisClient.modifyParamTemplate`). */
export interface ModifyParamTemplateRequest {
  /**
   * Source parameter template ID, which can be obtained through the response parameter TemplateId of the
   * API DescribeParamTemplateInfo.
   */
  TemplateId: string;
  /** New name after the parameter template is modified. */
  Name?: string;
  /** New description after the parameter template is modified. */
  Description?: string;
  /** New parameter list after the parameter template is modified. */
  ParamList?: InstanceParam[];
}
/** Output of ModifyParamTemplate (`RedisClient.modifyParamTemplate`). */
export interface ModifyParamTemplateResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyReplicationGroup (`RedisClient.modifyReplicationGroup`). */
export interface ModifyReplicationGroupRequest {
  /** Replication group ID. Log in to the global replication page of the Redis console and obtain it. */
  GroupId: string;
  /** Replication group name after the modification. */
  GroupName?: string;
  /** Description of remarks. */
  Remark?: string;
}
/** Output of ModifyReplicationGroup (`RedisClient.modifyReplicationGroup`). */
export interface ModifyReplicationGroupResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of OpenSSL (`RedisClient.openSSL`). */
export interface OpenSSLRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
}
/** Output of OpenSSL (`RedisClient.openSSL`). */
export interface OpenSSLResponse {
  /** Task ID */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ReleaseWanAddress (`RedisClient.releaseWanAddress`). */
export interface ReleaseWanAddressRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
}
/** Output of ReleaseWanAddress (`RedisClient.releaseWanAddress`). */
export interface ReleaseWanAddressResponse {
  /** Async task ID */
  FlowId: number;
  /** Status of disabling public network access */
  WanStatus: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of RemoveReplicationGroup (`RedisClient.removeReplicationGroup`). */
export interface RemoveReplicationGroupRequest {
  /** Replication group ID. */
  GroupId: string;
}
/** Output of RemoveReplicationGroup (`RedisClient.removeReplicationGroup`). */
export interface RemoveReplicationGroupResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of RemoveReplicationInstance (`RedisClient.removeReplicationInstance`). */
export interface RemoveReplicationInstanceRequest {
  /**
   * Replication group ID, for example, crs-rpl-m3zt****. Log in to the Redis console and obtain it in
   * the global replication group list.
   */
  GroupId: string;
  /**
   * Specifies the instance ID. Example: crs-xjhsdj****. Log in to the TencentDB for Redis console and
   * copy the instance ID in the instance list.
   */
  InstanceId: string;
  /**
   * Data synchronization type. - true: Strong synchronization is required. - false: Strong
   * synchronization is not required, and only the primary instance can be deleted.
   */
  SyncType: boolean;
}
/** Output of RemoveReplicationInstance (`RedisClient.removeReplicationInstance`). */
export interface RemoveReplicationInstanceResponse {
  /** Asynchronous task ID. */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of RenewInstance (`RedisClient.renewInstance`). */
export interface RenewInstanceRequest {
  /** Validity period in months */
  Period: number;
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /**
   * The parameter used to determine whether to modify the billing mode. If you want to change the
   * billing mode from pay-as-you- go to monthly subscription, specify this parameter as prepaid. If the
   * current instance is monthly subscribed, this parameter is not required.
   */
  ModifyPayMode?: string;
}
/** Output of RenewInstance (`RedisClient.renewInstance`). */
export interface RenewInstanceResponse {
  /** Transaction ID */
  DealId: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ResetPassword (`RedisClient.resetPassword`). */
export interface ResetPasswordRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /**
   * Reset password. This parameter can be left blank when a password-free instance is used. It is
   * required in other cases.
   */
  Password?: string;
  /**
   * Whether to switch to a password-free instance. - false: Switch to a non-password-free instance. -
   * true: Switch to a password-free instance. Default value: false.
   */
  NoAuth?: boolean;
}
/** Output of ResetPassword (`RedisClient.resetPassword`). */
export interface ResetPasswordResponse {
  /**
   * Task ID (this parameter is the task ID when changing a password. If you are switching between
   * password-free and password-enabled instance mode, you can leave this parameter alone)
   */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of RestoreInstance (`RedisClient.restoreInstance`). */
export interface RestoreInstanceRequest {
  /**
   * ID of the instance to be operated on, which can be obtained through the InstanceId field in the
   * return value of the DescribeInstances API.
   */
  InstanceId: string;
  /**
   * Backup ID, which can be obtained through the backupId field in the return value of the
   * GetRedisBackupList API.
   */
  BackupId: string;
  /**
   * Instance password, which needs to be validated during instance restoration (this parameter is not
   * required for password-free instances)
   */
  Password?: string;
}
/** Output of RestoreInstance (`RedisClient.restoreInstance`). */
export interface RestoreInstanceResponse {
  /** Task ID, which can be used to query the task execution status through the DescribeTaskInfo API. */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of StartupInstance (`RedisClient.startupInstance`). */
export interface StartupInstanceRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
}
/** Output of StartupInstance (`RedisClient.startupInstance`). */
export interface StartupInstanceResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of SwitchAccessNewInstance (`RedisClient.switchAccessNewInstance`). */
export interface SwitchAccessNewInstanceRequest {
  /**
   * Specify the instance ID. For example: crs-xjhsdj****. Please log in to the [Redis Console]
   * (https://console.intl.cloud.tencent.com/redis#/) and copy the instance ID from the instance list.
   * Sample value: crs-asdasdas.
   */
  InstanceId: string;
}
/** Output of SwitchAccessNewInstance (`RedisClient.switchAccessNewInstance`). */
export interface SwitchAccessNewInstanceResponse {
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of SwitchInstanceVip (`RedisClient.switchInstanceVip`). */
export interface SwitchInstanceVipRequest {
  /** Source instance ID. Log in to the Redis console and copy it in the instance list. */
  SrcInstanceId: string;
  /** Target instance ID. Log in to the Redis console and copy it in the instance list. */
  DstInstanceId: string;
  /**
   * DTS disconnection time between the source instance and target instance. Unit: second. If the DTS
   * disconnection time exceeds TimeDelay, the VIP will not be switched. It is recommended to set an
   * acceptable value based on business needs.
   */
  TimeDelay?: number;
  /**
   * Whether to force a switch in the case of a DTS disconnection. - 1: Force the switch. - 0: Do not
   * force the switch.
   */
  ForceSwitch?: number;
  /** now: switch now; syncComplete: switch after sync is completed */
  SwitchTime?: string;
}
/** Output of SwitchInstanceVip (`RedisClient.switchInstanceVip`). */
export interface SwitchInstanceVipResponse {
  /** Task ID */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of SwitchProxy (`RedisClient.switchProxy`). */
export interface SwitchProxyRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /**
   * Proxy ID of an instance, which can be obtained through NodeId of the response parameter Proxy of the
   * API DescribeInstanceNodeInfo.
   */
  ProxyID?: string;
  /**
   * Instance proxy ID list. Call the API DescribeInstanceNodeInfo to obtain IDs from NodeId in the Proxy
   * response parameter.
   */
  ProxyIDList?: string[];
}
/** Output of SwitchProxy (`RedisClient.switchProxy`). */
export interface SwitchProxyResponse {
  /** Task ID. */
  TaskId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of UpgradeInstance (`RedisClient.upgradeInstance`). */
export interface UpgradeInstanceRequest {
  /**
   * ID of the instance whose configuration is to be modified. Log in to the TencentDB for Redis® console
   * and copy the instance ID from the instance list.
   */
  InstanceId: string;
  /**
   * New memory size of an instance shard. Unit: MB. You can only modify one of the three parameters at a
   * time: MemSize, RedisShardNum, and RedisReplicasNum. To modify one of them, you need to enter the
   * other two, which are consistent with the original configuration specifications of the instance. In
   * case of capacity reduction, the new specification must be at least 1.3 times the used capacity;
   * otherwise, the operation will fail.
   */
  MemSize: number;
  /**
   * New number of instance shards. This parameter is not required for standard architecture instances,
   * but for cluster architecture instances. For cluster architecture, you can only modify one of the
   * three parameters at a time: MemSize, RedisShardNum, and RedisReplicasNum. To modify one of them, you
   * need to enter the other two, which are consistent with the original configuration specifications of
   * the instance.
   */
  RedisShardNum?: number;
  /**
   * New replica quantity. You can only modify one of the three parameters at a time: MemSize,
   * RedisShardNum, and RedisReplicasNum. To modify one of them, you need to enter the other two, which
   * are consistent with the original configuration specifications of the instance. To modify the number
   * of replicas in a multi-AZ instance, NodeSet must be passed in.
   */
  RedisReplicasNum?: number;
  /**
   * Node information set when you add a replica for multi-AZ instances, including the ID and AZ
   * information of the replica. This parameter is not required for non-multi-AZ instances.
   */
  NodeSet?: RedisNodeInfo[];
  /**
   * Switch time. - 1: Perform the operation within the maintenance window: Specification upgrade is
   * executed within the set maintenance window. Use the API DescribeMaintenanceWindow to query the time
   * period of the set maintenance window. Replica addition/removal, shard addition/removal, and memory
   * capacity expansion/shrinkage are supported within the maintenance window. Specification upgrade
   * within the maintenance window is being gradually tested and published by region. It is already
   * supported in some regions. For urgent integration in regions that do not support it, submit a ticket
   * to apply for an allowlist. -2: Perform the operation immediately: The operation will be performed
   * immediately, without the need to wait for the maintenance window. Operations will be performed
   * immediately by default for the system.
   */
  SwitchOption?: number;
}
/** Output of UpgradeInstance (`RedisClient.upgradeInstance`). */
export interface UpgradeInstanceResponse {
  /** Order ID */
  DealId: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of UpgradeInstanceVersion (`RedisClient.upgradeInstanceVersion`). */
export interface UpgradeInstanceVersionRequest {
  /**
   * Target instance type after the change, which is the same as the TypeId of the CreateInstances API. -
   * For Redis 4.0 or later, a standard architecture instance can be upgraded to a cluster architecture
   * instance on the same version; for example, you can upgrade from Redis 4.0 Standard Architecture to
   * Redis 4.0 Cluster Architecture. - Cross-version architecture upgrade is not supported; for example,
   * you cannot upgrade from Redis 4.0 Standard Architecture to Redis 5.0 Cluster Architecture. - The
   * architecture of Redis 2.8 cannot be upgraded. - Cluster architecture cannot be downgraded to
   * standard architecture.
   */
  TargetInstanceType: string;
  /** Switch time. Valid values: - 1 : Switch in the maintenance time. - 2 (default value): Switch now. */
  SwitchOption: number;
  /**
   * ID of the specified instance, such as crs- xjhsdj****. Log in to the Redis console, and copy it in
   * the instance list.
   */
  InstanceId: string;
}
/** Output of UpgradeInstanceVersion (`RedisClient.upgradeInstanceVersion`). */
export interface UpgradeInstanceVersionResponse {
  /** Order ID */
  DealId: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of UpgradeProxyVersion (`RedisClient.upgradeProxyVersion`). */
export interface UpgradeProxyVersionRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /** Current Proxy version. */
  CurrentProxyVersion: string;
  /** Upgradable Redis version. */
  UpgradeProxyVersion: string;
  /**
   * Specifies whether to upgrade immediately. - 1: Upgrade immediately. - 0: Upgrade during the
   * maintenance window.
   */
  InstanceTypeUpgradeNow: number;
}
/** Output of UpgradeProxyVersion (`RedisClient.upgradeProxyVersion`). */
export interface UpgradeProxyVersionResponse {
  /** Async task ID */
  FlowId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of UpgradeSmallVersion (`RedisClient.upgradeSmallVersion`). */
export interface UpgradeSmallVersionRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /** Current Redis minor version. For minor version information, see Upgrading Instance Version. */
  CurrentRedisVersion: string;
  /** Upgraded Redis minor version. For minor version information, see Upgrading Instance Version. */
  UpgradeRedisVersion: string;
  /**
   * Whether to upgrade immediately. - 1: Upgrade immediately. - 0: Upgrade during the maintenance
   * window.
   */
  InstanceTypeUpgradeNow: number;
}
/** Output of UpgradeSmallVersion (`RedisClient.upgradeSmallVersion`). */
export interface UpgradeSmallVersionResponse {
  /** Async task ID */
  FlowId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/**
 * Input of UpgradeVersionToMultiAvailabilityZones
 * (`RedisClient.upgradeVersionToMultiAvailabilityZones`).
 */
export interface UpgradeVersionToMultiAvailabilityZonesRequest {
  /** Instance ID. Log in to the Redis console and copy it in the instance list. */
  InstanceId: string;
  /**
   * Whether to support “Reading Local Nodes Only” feature after upgrading to multi-AZ deployment. ul>
   * true : The “Read Local Nodes Only” feature is supported. During the upgrade, you need to upgrade the
   * proxy version and Redis kernel minor version simultaneously, which will involve data migration and
   * may take hours to complete. false : The “Read Local Nodes Only” feature is not supported. Upgrading
   * to multi- AZ deployment will involve metadata migration only without affecting the service, which
   * generally take less than three minutes to complete.
   */
  UpgradeProxyAndRedisServer?: boolean;
}
/**
 * Output of UpgradeVersionToMultiAvailabilityZones
 * (`RedisClient.upgradeVersionToMultiAvailabilityZones`).
 */
export interface UpgradeVersionToMultiAvailabilityZonesResponse {
  /** Task ID */
  FlowId: number;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/**
 * Every action of the TencentDB for Redis API 2018-04-12, by wire name, with its request and response
 * types.
 */
export interface RedisActions {
  /** This API is used to add an instance member to the global replication group. */
  AddReplicationInstance: {
    request: AddReplicationInstanceRequest;
    response: AddReplicationInstanceResponse;
  };
  /** This API is used to enable public network access for instances. */
  AllocateWanAddress: {
    request: AllocateWanAddressRequest;
    response: AllocateWanAddressResponse;
  };
  /** This API is used to apply parameter templates to instances. */
  ApplyParamsTemplate: {
    request: ApplyParamsTemplateRequest;
    response: ApplyParamsTemplateResponse;
  };
  /**
   * This API is used to bind a security group to one or more database instances. When you create an
   * instance without configuring a security group, it is recommended to bind a security group through
   * this API.
   */
  AssociateSecurityGroups: {
    request: AssociateSecurityGroupsRequest;
    response: AssociateSecurityGroupsResponse;
  };
  /** This API is used to change the role of an instance in a replication group. */
  ChangeInstanceRole: {
    request: ChangeInstanceRoleRequest;
    response: ChangeInstanceRoleResponse;
  };
  /** This API is used to set a read-only instance in a replication group as a master instance. */
  ChangeMasterInstance: {
    request: ChangeMasterInstanceRequest;
    response: ChangeMasterInstanceResponse;
  };
  /**
   * This API is used to promote a replica node group to a master node group or a replica node to a
   * master node for an instance.
   */
  ChangeReplicaToMaster: {
    request: ChangeReplicaToMasterRequest;
    response: ChangeReplicaToMasterResponse;
  };
  /** This API is used to immediately terminate instances in the recycle bin. */
  CleanUpInstance: {
    request: CleanUpInstanceRequest;
    response: CleanUpInstanceResponse;
  };
  /** This API is used to clear instance data. */
  ClearInstance: {
    request: ClearInstanceRequest;
    response: ClearInstanceResponse;
  };
  /** This API is used to clone a complete new instance based on the current instance backup file. */
  CloneInstances: {
    request: CloneInstancesRequest;
    response: CloneInstancesResponse;
  };
  /** This API is used to disable SSL encryption and authentication. */
  CloseSSL: {
    request: CloseSSLRequest;
    response: CloseSSLResponse;
  };
  /** This API is used to customize the account for accessing instances. */
  CreateInstanceAccount: {
    request: CreateInstanceAccountRequest;
    response: CreateInstanceAccountResponse;
  };
  /** This API is used to create an TencentDB or Redis instance. */
  CreateInstances: {
    request: CreateInstancesRequest;
    response: CreateInstancesResponse;
  };
  /** This API is used to create a parameter template. */
  CreateParamTemplate: {
    request: CreateParamTemplateRequest;
    response: CreateParamTemplateResponse;
  };
  /** This API is used to create a replication group. */
  CreateReplicationGroup: {
    request: CreateReplicationGroupRequest;
    response: CreateReplicationGroupResponse;
  };
  /** This API is used to delete instance sub-accounts. */
  DeleteInstanceAccount: {
    request: DeleteInstanceAccountRequest;
    response: DeleteInstanceAccountResponse;
  };
  /** This API is used to delete a parameter template. */
  DeleteParamTemplate: {
    request: DeleteParamTemplateRequest;
    response: DeleteParamTemplateResponse;
  };
  /**
   * This API is used to remove a replication group member. Note: This API is being deprecated. Use
   * RemoveReplicationInstance instead.
   */
  DeleteReplicationInstance: {
    request: DeleteReplicationInstanceRequest;
    response: DeleteReplicationInstanceResponse;
  };
  /** This API is used to get the configuration rules for an automatic backup. */
  DescribeAutoBackupConfig: {
    request: DescribeAutoBackupConfigRequest;
    response: DescribeAutoBackupConfigResponse;
  };
  /** This API is used to query the backup details of an instance. */
  DescribeBackupDetail: {
    request: DescribeBackupDetailRequest;
    response: DescribeBackupDetailResponse;
  };
  /** This API is used to query the download address for a database backup file in the current region. */
  DescribeBackupDownloadRestriction: {
    request: DescribeBackupDownloadRestrictionRequest;
    response: DescribeBackupDownloadRestrictionResponse;
  };
  /** This API is used to query the download address of a backup RDB file. */
  DescribeBackupUrl: {
    request: DescribeBackupUrlRequest;
    response: DescribeBackupUrlResponse;
  };
  /** This API is used to query the information of instance bandwidth. */
  DescribeBandwidthRange: {
    request: DescribeBandwidthRangeRequest;
    response: DescribeBandwidthRangeResponse;
  };
  /** This API is used to query the list of Redis instances. It is now deprecated. */
  DescribeCommonDBInstances: {
    request: DescribeCommonDBInstancesRequest;
    response: DescribeCommonDBInstancesResponse;
  };
  /** This API is used to query the security group details of an instance. */
  DescribeDBSecurityGroups: {
    request: DescribeDBSecurityGroupsRequest;
    response: DescribeDBSecurityGroupsResponse;
  };
  /** This API is used to query the information on regions supported for global replication. */
  DescribeGlobalReplicationArea: {
    request: DescribeGlobalReplicationAreaRequest;
    response: DescribeGlobalReplicationAreaResponse;
  };
  /** This API is used to query the information of an instance sub-account. */
  DescribeInstanceAccount: {
    request: DescribeInstanceAccountRequest;
    response: DescribeInstanceAccountResponse;
  };
  /** This API is used to query the backup list of an instance. */
  DescribeInstanceBackups: {
    request: DescribeInstanceBackupsRequest;
    response: DescribeInstanceBackupsResponse;
  };
  /** This API is used to query the order information. */
  DescribeInstanceDealDetail: {
    request: DescribeInstanceDealDetailRequest;
    response: DescribeInstanceDealDetailResponse;
  };
  /** This API is used to query instance DTS information. */
  DescribeInstanceDTSInfo: {
    request: DescribeInstanceDTSInfoRequest;
    response: DescribeInstanceDTSInfoResponse;
  };
  /** This API is used to query the event information on a TecentDB for Redis instance. */
  DescribeInstanceEvents: {
    request: DescribeInstanceEventsRequest;
    response: DescribeInstanceEventsResponse;
  };
  /** This API is used to query the instance log shipping configuration. */
  DescribeInstanceLogDelivery: {
    request: DescribeInstanceLogDeliveryRequest;
    response: DescribeInstanceLogDeliveryResponse;
  };
  /**
   * The API for querying big keys of a TencentDB for Redis instance was disused on October 31, 2022. For
   * more information, see API for Querying Instance Big Key Will Be Disused.
   */
  DescribeInstanceMonitorBigKey: {
    request: DescribeInstanceMonitorBigKeyRequest;
    response: DescribeInstanceMonitorBigKeyResponse;
  };
  /**
   * The API for querying big keys of a TencentDB for Redis instance was disused on October 31, 2022. For
   * more information, see API for Querying Instance Big Key Will Be Disused.
   */
  DescribeInstanceMonitorBigKeySizeDist: {
    request: DescribeInstanceMonitorBigKeySizeDistRequest;
    response: DescribeInstanceMonitorBigKeySizeDistResponse;
  };
  /**
   * The API for querying big keys of a TencentDB for Redis instance was disused on October 31, 2022. For
   * more information, see API for Querying Instance Big Key Will Be Disused.
   */
  DescribeInstanceMonitorBigKeyTypeDist: {
    request: DescribeInstanceMonitorBigKeyTypeDistRequest;
    response: DescribeInstanceMonitorBigKeyTypeDistResponse;
  };
  /** This API is used to query instance hot keys. */
  DescribeInstanceMonitorHotKey: {
    request: DescribeInstanceMonitorHotKeyRequest;
    response: DescribeInstanceMonitorHotKeyResponse;
  };
  /**
   * This API is no longer used. Please use the TencentDB for DBbrain API DescribeProxyProcessStatistics
   * to obtain the instance access source.
   */
  DescribeInstanceMonitorSIP: {
    request: DescribeInstanceMonitorSIPRequest;
    response: DescribeInstanceMonitorSIPResponse;
  };
  /** This API is used to query the time distribution of instance access. */
  DescribeInstanceMonitorTookDist: {
    request: DescribeInstanceMonitorTookDistRequest;
    response: DescribeInstanceMonitorTookDistResponse;
  };
  /** This API is used to query instance access commands. */
  DescribeInstanceMonitorTopNCmd: {
    request: DescribeInstanceMonitorTopNCmdRequest;
    response: DescribeInstanceMonitorTopNCmdResponse;
  };
  /** This API is used to query the instance CPU time. */
  DescribeInstanceMonitorTopNCmdTook: {
    request: DescribeInstanceMonitorTopNCmdTookRequest;
    response: DescribeInstanceMonitorTopNCmdTookResponse;
  };
  /** This API is used to query the information of an instance node. */
  DescribeInstanceNodeInfo: {
    request: DescribeInstanceNodeInfoRequest;
    response: DescribeInstanceNodeInfoResponse;
  };
  /** This API is used to query the parameter modification record list. */
  DescribeInstanceParamRecords: {
    request: DescribeInstanceParamRecordsRequest;
    response: DescribeInstanceParamRecordsResponse;
  };
  /** This API is used to query the parameter list of an instance. */
  DescribeInstanceParams: {
    request: DescribeInstanceParamsRequest;
    response: DescribeInstanceParamsResponse;
  };
  /** This API is used to query the list of Redis instances. */
  DescribeInstances: {
    request: DescribeInstancesRequest;
    response: DescribeInstancesResponse;
  };
  /** This API is used to query the security group information of an instance. */
  DescribeInstanceSecurityGroup: {
    request: DescribeInstanceSecurityGroupRequest;
    response: DescribeInstanceSecurityGroupResponse;
  };
  /** This API is used to get the shard information of the instance on cluster architecture. */
  DescribeInstanceShards: {
    request: DescribeInstanceShardsRequest;
    response: DescribeInstanceShardsResponse;
  };
  /** This API is used to query or calculate bandwidth specifications. */
  DescribeInstanceSpecBandwidth: {
    request: DescribeInstanceSpecBandwidthRequest;
    response: DescribeInstanceSpecBandwidthResponse;
  };
  /** This API (DescribeInstanceSupportFeature) is used to query the supported features of the instance. */
  DescribeInstanceSupportFeature: {
    request: DescribeInstanceSupportFeatureRequest;
    response: DescribeInstanceSupportFeatureResponse;
  };
  /** This API is used to query the details of a Redis node. */
  DescribeInstanceZoneInfo: {
    request: DescribeInstanceZoneInfoRequest;
    response: DescribeInstanceZoneInfoResponse;
  };
  /**
   * This API is used to query the instance maintenance window. Instances that require the version or
   * architecture upgrade will undergo time switching during the maintenance window.
   */
  DescribeMaintenanceWindow: {
    request: DescribeMaintenanceWindowRequest;
    response: DescribeMaintenanceWindowResponse;
  };
  /** This API is used to query the details of a parameter template. */
  DescribeParamTemplateInfo: {
    request: DescribeParamTemplateInfoRequest;
    response: DescribeParamTemplateInfoResponse;
  };
  /** This API is used to query the parameter template list. */
  DescribeParamTemplates: {
    request: DescribeParamTemplatesRequest;
    response: DescribeParamTemplatesResponse;
  };
  /** This API is used to query purchasable TencentDB for Redis specifications in all regions. */
  DescribeProductInfo: {
    request: DescribeProductInfoRequest;
    response: DescribeProductInfoResponse;
  };
  /** This API is used to query project security group information. */
  DescribeProjectSecurityGroup: {
    request: DescribeProjectSecurityGroupRequest;
    response: DescribeProjectSecurityGroupResponse;
  };
  /** This API is used to query the security group details of a project. */
  DescribeProjectSecurityGroups: {
    request: DescribeProjectSecurityGroupsRequest;
    response: DescribeProjectSecurityGroupsResponse;
  };
  /** This API is used to query the slow queries of the proxy. */
  DescribeProxySlowLog: {
    request: DescribeProxySlowLogRequest;
    response: DescribeProxySlowLogResponse;
  };
  /** This API is used to query the overview information of a dedicated Redis cluster. */
  DescribeRedisClusterOverview: {
    request: DescribeRedisClusterOverviewRequest;
    response: DescribeRedisClusterOverviewResponse;
  };
  /** This API is used to query the list of dedicated Redis clusters. */
  DescribeRedisClusters: {
    request: DescribeRedisClustersRequest;
    response: DescribeRedisClustersResponse;
  };
  /** This API is used to query a replication group. */
  DescribeReplicationGroup: {
    request: DescribeReplicationGroupRequest;
    response: DescribeReplicationGroupResponse;
  };
  /** This API is used to query replication group information. */
  DescribeReplicationGroupInstance: {
    request: DescribeReplicationGroupInstanceRequest;
    response: DescribeReplicationGroupInstanceResponse;
  };
  /** This API is used to query the second-level backup information on an instance. */
  DescribeSecondLevelBackupInfo: {
    request: DescribeSecondLevelBackupInfoRequest;
    response: DescribeSecondLevelBackupInfoResponse;
  };
  /** This API is used to query the records of slow query. */
  DescribeSlowLog: {
    request: DescribeSlowLogRequest;
    response: DescribeSlowLogResponse;
  };
  /**
   * This API is used to query the SSL authentication information of an instance, such as enablement
   * status, configuration status, and certificate address.
   */
  DescribeSSLStatus: {
    request: DescribeSSLStatusRequest;
    response: DescribeSSLStatusResponse;
  };
  /** This API is used to get the execution of a specified task. */
  DescribeTaskInfo: {
    request: DescribeTaskInfoRequest;
    response: DescribeTaskInfoResponse;
  };
  /** This API is used to query the task list data for the last 30 days. */
  DescribeTaskList: {
    request: DescribeTaskListRequest;
    response: DescribeTaskListResponse;
  };
  /** This API is used to query the slow query logs of a Tendis instance. */
  DescribeTendisSlowLog: {
    request: DescribeTendisSlowLogRequest;
    response: DescribeTendisSlowLogResponse;
  };
  /** This API is used to terminate pay-as-you-go instances. */
  DestroyPostpaidInstance: {
    request: DestroyPostpaidInstanceRequest;
    response: DestroyPostpaidInstanceResponse;
  };
  /** This API is used to return Redis instances with monthly subscription. */
  DestroyPrepaidInstance: {
    request: DestroyPrepaidInstanceRequest;
    response: DestroyPrepaidInstanceResponse;
  };
  /** This API is used to disable read/write separation. */
  DisableReplicaReadonly: {
    request: DisableReplicaReadonlyRequest;
    response: DisableReplicaReadonlyResponse;
  };
  /** This API is used to unbind security groups from instances in batches. */
  DisassociateSecurityGroups: {
    request: DisassociateSecurityGroupsRequest;
    response: DisassociateSecurityGroupsResponse;
  };
  /** This API is used to enable read/write separation. */
  EnableReplicaReadonly: {
    request: EnableReplicaReadonlyRequest;
    response: EnableReplicaReadonlyResponse;
  };
  /** This API is used to query the price of new instances. */
  InquiryPriceCreateInstance: {
    request: InquiryPriceCreateInstanceRequest;
    response: InquiryPriceCreateInstanceResponse;
  };
  /** This API is used to query the price for instance scale-out. */
  InquiryPriceUpgradeInstance: {
    request: InquiryPriceUpgradeInstanceRequest;
    response: InquiryPriceUpgradeInstanceResponse;
  };
  /** This API is used to simulate a fault. */
  KillMasterGroup: {
    request: KillMasterGroupRequest;
    response: KillMasterGroupResponse;
  };
  /** This API is used to manually back up a Redis instance. */
  ManualBackupInstance: {
    request: ManualBackupInstanceRequest;
    response: ManualBackupInstanceResponse;
  };
  /**
   * This API is used to change the instance access password. Due to a spelling error in the original API
   * name, it has been corrected to ModifyInstancePassword. It is recommended to use the corrected API.
   */
  ModfiyInstancePassword: {
    request: ModfiyInstancePasswordRequest;
    response: ModfiyInstancePasswordResponse;
  };
  /** This API is used to set the configuration for an automatic backup. */
  ModifyAutoBackupConfig: {
    request: ModifyAutoBackupConfigRequest;
    response: ModifyAutoBackupConfigResponse;
  };
  /** This API is used to modify the network information and address for downloading a backup file. */
  ModifyBackupDownloadRestriction: {
    request: ModifyBackupDownloadRestrictionRequest;
    response: ModifyBackupDownloadRestrictionResponse;
  };
  /**
   * This API is used to modify the connection configuration of an instance, including the bandwidth and
   * maximum number of connections.
   */
  ModifyConnectionConfig: {
    request: ModifyConnectionConfigRequest;
    response: ModifyConnectionConfigResponse;
  };
  /** This API is used to modify the original security group list of an instance. */
  ModifyDBInstanceSecurityGroups: {
    request: ModifyDBInstanceSecurityGroupsRequest;
    response: ModifyDBInstanceSecurityGroupsResponse;
  };
  /** This API is used to modify instance information. */
  ModifyInstance: {
    request: ModifyInstanceRequest;
    response: ModifyInstanceResponse;
  };
  /** This API is used to modify the instance sub-account. */
  ModifyInstanceAccount: {
    request: ModifyInstanceAccountRequest;
    response: ModifyInstanceAccountResponse;
  };
  /** This API is used to change the availability zone of the instance. */
  ModifyInstanceAvailabilityZones: {
    request: ModifyInstanceAvailabilityZonesRequest;
    response: ModifyInstanceAvailabilityZonesResponse;
  };
  /** This API is used to modify the instance backup mode. */
  ModifyInstanceBackupMode: {
    request: ModifyInstanceBackupModeRequest;
    response: ModifyInstanceBackupModeResponse;
  };
  /** This API is used to modify the operations event execution schedule of an instance. */
  ModifyInstanceEvent: {
    request: ModifyInstanceEventRequest;
    response: ModifyInstanceEventResponse;
  };
  /** This API is used to enable or disable the shipping of instance logs to CLS. */
  ModifyInstanceLogDelivery: {
    request: ModifyInstanceLogDeliveryRequest;
    response: ModifyInstanceLogDeliveryResponse;
  };
  /** This API is used to modify the parameter configuration of a Redis instance. */
  ModifyInstanceParams: {
    request: ModifyInstanceParamsRequest;
    response: ModifyInstanceParamsResponse;
  };
  /** This API is used to set the instance input mode. */
  ModifyInstanceReadOnly: {
    request: ModifyInstanceReadOnlyRequest;
    response: ModifyInstanceReadOnlyResponse;
  };
  /**
   * This API is used to modify the time of instance maintenance window. Instances that require the
   * version or architecture upgrade will undergo time switching during the maintenance window. Note: If
   * the version or architecture upgrade has been initiated for an instance, its maintenance window
   * cannot be modified.
   */
  ModifyMaintenanceWindow: {
    request: ModifyMaintenanceWindowRequest;
    response: ModifyMaintenanceWindowResponse;
  };
  /** This API is used to modify the network configuration of an instance. */
  ModifyNetworkConfig: {
    request: ModifyNetworkConfigRequest;
    response: ModifyNetworkConfigResponse;
  };
  /** This API is used to modify the parameter template. */
  ModifyParamTemplate: {
    request: ModifyParamTemplateRequest;
    response: ModifyParamTemplateResponse;
  };
  /** This API is used to modify replication group information. */
  ModifyReplicationGroup: {
    request: ModifyReplicationGroupRequest;
    response: ModifyReplicationGroupResponse;
  };
  /** This API is used to enable SSL encryption and authentication. */
  OpenSSL: {
    request: OpenSSLRequest;
    response: OpenSSLResponse;
  };
  /** This API is used to disable public network access. */
  ReleaseWanAddress: {
    request: ReleaseWanAddressRequest;
    response: ReleaseWanAddressResponse;
  };
  /** This API is used to delete a replication group. */
  RemoveReplicationGroup: {
    request: RemoveReplicationGroupRequest;
    response: RemoveReplicationGroupResponse;
  };
  /** This API is used to remove instances from a replication group. */
  RemoveReplicationInstance: {
    request: RemoveReplicationInstanceRequest;
    response: RemoveReplicationInstanceResponse;
  };
  /** This API is used to renew an instance. */
  RenewInstance: {
    request: RenewInstanceRequest;
    response: RenewInstanceResponse;
  };
  /** This API is used to reset the instance access password. */
  ResetPassword: {
    request: ResetPasswordRequest;
    response: ResetPasswordResponse;
  };
  /** This API is used to restore an instance. */
  RestoreInstance: {
    request: RestoreInstanceRequest;
    response: RestoreInstanceResponse;
  };
  /** This API is used to deisolate instances. */
  StartupInstance: {
    request: StartupInstanceRequest;
    response: StartupInstanceResponse;
  };
  /**
   * This API is used to immediately switch instances that are in the time window pending switch
   * operation. Users can manually initiate this operation.
   */
  SwitchAccessNewInstance: {
    request: SwitchAccessNewInstanceRequest;
    response: SwitchAccessNewInstanceResponse;
  };
  /**
   * This API is used to swap the VIPs of instances for disaster recovery in DTS-based cross-AZ disaster
   * recovery scenarios. After the swapping, the target instance becomes writable, the VIPs of the source
   * and target instances are swapped, and the DTS synchronization task between the source and target
   * instances is disconnected.
   */
  SwitchInstanceVip: {
    request: SwitchInstanceVipRequest;
    response: SwitchInstanceVipResponse;
  };
  /** This API is used to simulate the fault of a Proxy node. */
  SwitchProxy: {
    request: SwitchProxyRequest;
    response: SwitchProxyResponse;
  };
  /** This API is used to change the configuration specifications of an instance. */
  UpgradeInstance: {
    request: UpgradeInstanceRequest;
    response: UpgradeInstanceResponse;
  };
  /**
   * This API is used to upgrade the current instance to a later version or upgrade the current standard
   * architecture to a cluster architecture.
   */
  UpgradeInstanceVersion: {
    request: UpgradeInstanceVersionRequest;
    response: UpgradeInstanceVersionResponse;
  };
  /** This API is used to upgrade the instance Proxy version. */
  UpgradeProxyVersion: {
    request: UpgradeProxyVersionRequest;
    response: UpgradeProxyVersionResponse;
  };
  /** This API is used to upgrade the minor version of an instance. */
  UpgradeSmallVersion: {
    request: UpgradeSmallVersionRequest;
    response: UpgradeSmallVersionResponse;
  };
  /** This API is used to upgrade an instance to support multiple AZs. */
  UpgradeVersionToMultiAvailabilityZones: {
    request: UpgradeVersionToMultiAvailabilityZonesRequest;
    response: UpgradeVersionToMultiAvailabilityZonesResponse;
  };
}
/** The wire name of any TencentDB for Redis action. */
export type RedisAction = keyof RedisActions;
