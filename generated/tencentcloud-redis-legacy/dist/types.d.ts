/**
 * Returned array
 *
 * Used by: ClearRedis.
 */
export interface ClearRedisData {
  /** Task ID. You can use the API DescribeTaskInfo to query the task execution result */
  requestId: number;
}
/**
 * Returned array of orders
 *
 * Used by: CreateRedis.
 */
export interface CreateRedisData {
  /** Order ID. You can use DescribeRedisDealDetail to query order details */
  dealId: string;
}
/**
 * data of the DescribeRedis response.
 *
 * Used by: DescribeRedis.
 */
export interface DescribeRedisData {
  /** redisSet */
  redisSet: DescribeRedisDataRedisSet[];
}
/**
 * data.redisSet of the DescribeRedis response.
 *
 * Used by: DescribeRedis.
 */
export interface DescribeRedisDataRedisSet {
  /** Instance name */
  redisName: string;
  /** Unique ID of instance */
  redisId: string;
  /** appid */
  appid: number;
  /** Project ID */
  projectId: number;
  /** Region ID */
  regionId: number;
  /** Zone ID */
  zoneId: number;
  /** VPC ID (not recommended) */
  vpcId: number;
  /** VPC ID (recommended) */
  unVpcId: string;
  /** ID of a subnet under VPC (not recommended) */
  subnetId: number;
  /** ID of a subnet under VPC (recommended) */
  unSubnetId: string;
  /** Current status of instance. 0: To be initialized; 1: In process; 2: Running; -2: Isolated */
  status: number;
  /** Description of instance status */
  statusDesc: string;
  /** Instance VIP */
  wanIp: string;
  /** Instance port number */
  port: number;
  /**
   * Creation time of instance
   *
   * The reference's table spells it `createtime`; its examples and the service use `createTime`.
   */
  createTime: string;
  /** Instance capacity (in MB) */
  size: number;
  /** Used capacity of instance (in MB) */
  sizeUsed: number;
  /** Instance type. 1: Cluster; 2: Standalone */
  typeId: number;
  /** Description of instance type */
  typeIdDesc: string;
  /** Whether the auto renewal indicator is set for the instance. 1: Yes; 0: No */
  autoRenewFlag: number;
  /** Expiration time of instance */
  deadlineTime: string;
}
/**
 * Returned array of orders
 *
 * Used by: DescribeRedisDealDetail.
 */
export interface DescribeRedisDealDetailDealDetails {
  /** Order ID. Use this ID when calling the cloud API */
  dealId: string;
  /** Long order ID. Use this ID when reporting the order-related problems to customer service */
  dealName: string;
  /**
   * ID of availability zone
   *
   * The reference's table spells it `zonId`; its examples and the service use `zoneId`.
   */
  zoneId: number;
  /** Number of instances associated with the order */
  goodsNum: number;
  /** UIN of creator */
  creator: string;
  /** Creation time of order */
  creatTime: string;
  /** Expiration time of order */
  overdueTime: string;
  /** Completion time of order */
  endTime: string;
  /**
   * Order status 1: Unpaid 2: Paid, Undelivered 3: Delivering 4: Delivery succeeded 5: Delivery failed
   * 6: Refunded 7: Order closed 8: Order expired 9: Order invalidated 10: Product invalidated 11:
   * Payment by agent rejected 12: Payment is in progress
   */
  status: number;
  /** Description of order status */
  description: string;
  /** Actual total price of order (in 0.01 CNY) */
  price: number;
  /** Returned array. goodsDetail varies with different orders */
  goodsDetail: DescribeRedisDealDetailDealDetailsGoodsDetail;
}
/**
 * Returned array. goodsDetail varies with different orders
 *
 * Used by: DescribeRedisDealDetail.
 */
export interface DescribeRedisDealDetailDealDetailsGoodsDetail {
  /** Capacity of instance (in MB) */
  memSize: number;
  /** Purchased usage period. The unit is subject to timeUnit */
  timeSpan: number;
  /** Unit of purchased usage period. m - month, d - day */
  timeUnit: string;
  /** List of associated redisIds */
  redisIds: string[];
  /** Expiration time of instance before renewal */
  curDeadline: string;
  /** Capacity of instance before upgrade (in MB) */
  oldMemSize: number;
  /** Capacity of instance after upgrade (in MB) */
  newMemsize: number;
}
/**
 * Returned instance data array
 *
 * Used by: DescribeRedisProduct.
 */
export interface DescribeRedisProductData {
  /** ID of availability zone */
  zoneId: number;
  /** Name of availability zone */
  name: string;
  /** Array of instance types. Keyed by typeId. */
  types: Record<string, DescribeRedisProductDataTypes>;
}
/**
 * A value of data.types of the DescribeRedisProduct response (keyed by typeId).
 *
 * Used by: DescribeRedisProduct.
 */
export interface DescribeRedisProductDataTypes {
  /** Instance type: 1 - Cluster; 2 - Standalone */
  type: number;
  /** Name of instance type */
  typeName: string;
  /** Minimum capacity of an instance (in MB) */
  minMemSize: number;
  /** Maximum capacity of an instance (in MB) */
  maxMemSize: number;
  /** Minimum number of instances allowed to be purchased at a time */
  minBuyNum: number;
  /** Maximum number of instances allowed to be purchased at a time */
  maxBuyNum: number;
}
/**
 * data of the DescribeRedisZones response.
 *
 * Used by: DescribeRedisZones.
 */
export interface DescribeRedisZonesData {
  /** List of all the availability zones. Keyed by ID. */
  zones: Array<Record<string, string>>;
}
/**
 * Returned array of data
 *
 * Used by: DescribeTaskInfo.
 */
export interface DescribeTaskInfoData {
  /** Task status. 0: To be executed; 1: Executing, 2: Succeeded; 3: Failed; -1: Execution Error */
  status: number;
}
/**
 * Task ID
 *
 * Used by: ExportRedisBackup.
 */
export interface ExportRedisBackupData {
  /** Task ID. You can use the API DescribeTaskInfo to query the task execution status */
  requestId: number;
}
/**
 * Download URL of backup
 *
 * Used by: GetBackupDownloadUrl.
 */
export interface GetBackupDownloadUrlData {
  /**
   * The download URL in private network, which can only be obtained on CVM. It is valid for 12 hours,
   * and needs to be re-obtained upon expiration
   */
  intranet: string;
  /**
   * The download URL in public network, which is valid for 12 hours and needs to be re-obtained upon
   * expiration
   */
  extranet: string;
}
/**
 * Details of instance backup list
 *
 * Used by: GetRedisBackupList.
 */
export interface GetRedisBackupListData {
  /** Array of instance backups */
  redisBackupSet: GetRedisBackupListDataRedisBackupSet[];
}
/**
 * Array of instance backups
 *
 * Used by: GetRedisBackupList.
 */
export interface GetRedisBackupListDataRedisBackupSet {
  /** The time when the backup starts */
  startTime: string;
  /** Backup ID */
  backupId: string;
  /**
   * Backup type. manualBackupInstance: Manual backup initiated by the user; systemBackupInstance: Backup
   * initiated by the system in the early morning
   */
  backupType: string;
  /**
   * Backup status. 1: "Backup is locked by another process"; 2: "Backup is normal without being locked
   * by any process"; -1: "Backup expired"; 3: "Backup is being exported"; 4: "Backup has been exported
   * successfully"
   */
  status: number;
  /** Remarks of backup */
  remark: string;
  /** Whether the backup is locked. 0: Not Locked; 1: Locked */
  locked: number;
}
/**
 * Details of task list
 *
 * Used by: GetRedisTaskList.
 */
export interface GetRedisTaskListData {
  /** Array of task details */
  redisTaskSet: GetRedisTaskListDataRedisTaskSet[];
}
/**
 * Array of task details
 *
 * Used by: GetRedisTaskList.
 */
export interface GetRedisTaskListDataRedisTaskSet {
  /** Submission time of the task, such as: 2017-02-10 16:56:18 */
  startTime: string;
  /**
   * Task name: newInstance: Create an instance; resizeInstance: Upgrade an instance; closeInstance:
   * Isolate an instance; cleanInstance: Clear an instance; startInstance: Dis-isolate an instance;
   * deleteInstance: Delete an instance; setPassword: Set password for an instance; importRdb: Import
   * Rdb; exportBackup: Export backup; restoreBackup: Restore an instance; restoreStream: Roll back an
   * instance (cluster instances can be rolled back to any time point within the last three days, but the
   * data for the last 10 minutes cannot be rolled back); backupInstance: Back up an instance
   */
  taskName: string;
  /** Instance name */
  redisName: string;
  /** Instance ID */
  redisId: string;
  /** ID of project to which the instance belongs */
  projectId: number;
  /** Task status. 0: To be executed; 1: Executing; 2: Succeeded; 3: Failed; -1: Execution Error */
  status: number;
  /** Task execution progress. 0: Uncompleted; 1: Completed */
  progress: number;
}
/**
 * Returned array of prices
 *
 * Used by: InquiryRedisPrice.
 */
export interface InquiryRedisPriceData {
  /** The total price for purchasing or renewing an instance (in 0.01 CNY) */
  price: number;
}
/**
 * Task ID
 *
 * Used by: ManualBackupInstance.
 */
export interface ManualBackupInstanceData {
  /** Task ID. You can use the API DescribeTaskInfo to query the task execution status */
  requestId: number;
}
/**
 * Returned array
 *
 * Used by: ModfiyRedisPassword.
 */
export interface ModfiyRedisPasswordData {
  /** Task ID. You can use the API DescribeTaskInfo to query the task execution status */
  requestId: number;
}
/**
 * Returned array of orders
 *
 * Used by: RenewRedis.
 */
export interface RenewRedisData {
  /** Unique order ID. You can use the API DescribeRedisDealDetail to query order details */
  dealId: string;
}
/**
 * Task ID
 *
 * Used by: ResetRedisPassword.
 */
export interface ResetRedisPasswordData {
  /** Task ID. You can use the API DescribeTaskInfo to query the task execution status */
  requestId: number;
}
/**
 * Task ID
 *
 * Used by: RestoreInstance.
 */
export interface RestoreInstanceData {
  /** Task ID. You can use the API DescribeTaskInfo to query the task execution status */
  requestId: number;
}
/**
 * Returned array
 *
 * Used by: UpgradeRedis.
 */
export interface UpgradeRedisData {
  /** Unique order ID. You can use the API DescribeRedisDealDetail to query order details */
  dealId: string;
}
/**
 * Returned array of prices
 *
 * Used by: UpgradeRedisInquiryPrice.
 */
export interface UpgradeRedisInquiryPriceData {
  /** The total price for upgrade (in 0.01 CNY) */
  price: number;
}
/** Input of ClearRedis (`RedisLegacyClient.clearRedis`). */
export interface ClearRedisRequest {
  /** Instance ID */
  redisId: string;
  /** Instance password */
  password: string;
}
/** Output of ClearRedis (`RedisLegacyClient.clearRedis`). */
export interface ClearRedisResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Error message */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** Returned array */
  data: ClearRedisData;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of CreateRedis (`RedisLegacyClient.createRedis`). */
export interface CreateRedisRequest {
  /** ID of the availability zone to which the instance belongs */
  zoneId: number;
  /** Instance type. 1 - Cluster; 2 - Standalone */
  typeId: number;
  /**
   * Instance capacity (in MB), with the value being subject to the specification returned via the API
   * Query Supported Specifications. Value range: [data.types.minMemSize, data.types.maxMemSize]
   */
  memSize: number;
  /**
   * Number of instances. The number of instances to be purchased at a time should be subject to the
   * specification returned via the API Query Supported Specifications. Value range:
   * [data.types.minBuyNum, data.types.maxBuyNum]
   */
  goodsNum: number;
  /** Purchased usage period (in month). Value range: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36] */
  period: number;
  /**
   * Password for the instance. Rule: It should be a combination of 8-16 characters comprised of at least
   * two of the following types: letters, numbers, special characters (!, @, #, %, ^, ())
   */
  password: string;
  /**
   * This parameter is retained for historical reasons. It is recommended to use the following parameter
   * unVpclId. VPC ID. If it is left empty, the default is basic network.
   *
   * The reference's table spells it `vpclId`; its examples and the service use `vpcId`.
   */
  vpcId?: number;
  /**
   * VPC ID. If it is left empty, the default is basic network. This value is subject to the unVpclId
   * returned by API Query VPC List, such as: vpc-kd7d06of
   *
   * The reference's table spells it `unVpclId`; its examples and the service use `unVpcId`.
   */
  unVpcId?: string;
  /**
   * This parameter is retained for historical reasons. It is recommended to use the following parameter
   * unSubnetId. Subnet ID under VPC. If vpclId is set, subnetId is required.
   */
  subnetId?: number;
  /**
   * subnetId is invalid under basic network; Under VPC, the value is subject to the unSubnetId returned
   * by the API Query Subnet List, such as subnet-3lzksp0
   */
  unSubnetId?: string;
  /**
   * Project ID. The value is subject to the projectId returned via User Account > User Account-related
   * APIs > Query Project List
   */
  projectId?: number;
}
/** Output of CreateRedis (`RedisLegacyClient.createRedis`). */
export interface CreateRedisResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Error message description. A null value indicates a success */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** Returned array of orders */
  data: CreateRedisData;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeRedis (`RedisLegacyClient.describeRedis`). */
export interface DescribeRedisRequest {
  /** Length of a page */
  limit: number;
  /** Current page number. */
  offset: number;
  /** Instance ID */
  redisId?: string;
  /** Instance name */
  redisName?: string;
  /** Enumeration range: redisId, projectId, createtime */
  orderBy?: string;
  /** 1: Backward sequence; 0: Forward sequence. The default is backward sequence */
  orderType?: number;
  /**
   * This parameter is retained for historical reasons. It is recommended to use the following parameter
   * unVpcIds. Array of VPC IDs, with the array subscript starting with 0. If it is left empty, the
   * default is basic network
   */
  vpcIds?: number[];
  /**
   * An array of VPC IDs, with the array subscript starting with 0. If it is left empty, the default is
   * basic network. This value is subject to the unVpcId returned by API Query VPC List, such as:
   * vpc-kd7d06of
   */
  unVpcIds?: string[];
  /**
   * This parameter is retained for historical reasons. It is recommended to use the following parameter
   * unSubnetIds An array of subnet IDs under VPC, with the array subscript starting with 0
   */
  subnetIds?: number[];
  /**
   * An array of subnet IDs, with the array subscript starting with 0. Under the VPC subnet, this value
   * is subject to the unSubnetId returned by API Query Subnet List, such as subnet-3lzkspo
   */
  unSubnetIds?: string[];
  /** An array of project IDs, with the array subscript starting with 0. */
  projectIds?: string[];
}
/** Output of DescribeRedis (`RedisLegacyClient.describeRedis`). */
export interface DescribeRedisResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Module error message description depending on API. */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** Number of instances */
  totalCount: number;
  /** data */
  data: DescribeRedisData;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeRedisDealDetail (`RedisLegacyClient.describeRedisDealDetail`). */
export interface DescribeRedisDealDetailRequest {
  /** An array of order numbers, with the array subscript starting from 0 */
  dealIds: string[];
}
/** Output of DescribeRedisDealDetail (`RedisLegacyClient.describeRedisDealDetail`). */
export interface DescribeRedisDealDetailResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Error message description. A null value indicates a success */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** Returned array of orders */
  dealDetails: DescribeRedisDealDetailDealDetails[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeRedisProduct (`RedisLegacyClient.describeRedisProduct`). */
export interface DescribeRedisProductRequest {
  /**
   * An array of availability zone IDs, with the array subscript starting from 0. If this parameter is
   * not specified, the product information of all the availability zones will be returned. The available
   * values are subject to the returned values of API Query Supported Availability Zones
   *
   * The reference's table spells it `zonelds`; its examples and the service use `zoneIds`.
   */
  zoneIds?: string[];
  /**
   * Instance type: 1 - Cluster, 2 - Standalone, 0 - Both
   *
   * The reference's table spells it `typeld`; its examples and the service use `typeId`.
   */
  typeId?: number;
}
/** Output of DescribeRedisProduct (`RedisLegacyClient.describeRedisProduct`). */
export interface DescribeRedisProductResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Error message description. A null value indicates a success */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** Returned instance data array */
  data: DescribeRedisProductData[];
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeRedisZones (`RedisLegacyClient.describeRedisZones`). */
export interface DescribeRedisZonesRequest {}
/** Output of DescribeRedisZones (`RedisLegacyClient.describeRedisZones`). */
export interface DescribeRedisZonesResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Error message description. A null value indicates a success */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** data */
  data: DescribeRedisZonesData;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of DescribeTaskInfo (`RedisLegacyClient.describeTaskInfo`). */
export interface DescribeTaskInfoRequest {
  /** Task ID */
  requestId: number;
}
/** Output of DescribeTaskInfo (`RedisLegacyClient.describeTaskInfo`). */
export interface DescribeTaskInfoResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Error message */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** Returned array of data */
  data: DescribeTaskInfoData;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ExportRedisBackup (`RedisLegacyClient.exportRedisBackup`). */
export interface ExportRedisBackupRequest {
  /**
   * ID of instance to work with. This can be obtained from redisId in the returned values of API
   * DescribeRedis.
   */
  redisId: string;
  /** Backup ID, which can be obtained from backupId in the returned values of API GetRedisBackupList. */
  backupId: string;
}
/** Output of ExportRedisBackup (`RedisLegacyClient.exportRedisBackup`). */
export interface ExportRedisBackupResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Error message description. A null value indicates a success */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** Task ID */
  data: ExportRedisBackupData;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of GetBackupDownloadUrl (`RedisLegacyClient.getBackupDownloadUrl`). */
export interface GetBackupDownloadUrlRequest {
  /**
   * ID of instance to work with. This can be obtained from redisId in the returned values of API
   * DescribeRedis.
   */
  redisId: string;
  /** Backup ID, which can be obtained from backupId in the returned values of API GetRedisBackupList. */
  backupId: string;
}
/** Output of GetBackupDownloadUrl (`RedisLegacyClient.getBackupDownloadUrl`). */
export interface GetBackupDownloadUrlResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Error message description. A null value indicates a success */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** Download URL of backup */
  data: GetBackupDownloadUrlData;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of GetRedisBackupList (`RedisLegacyClient.getRedisBackupList`). */
export interface GetRedisBackupListRequest {
  /** Length of a page. */
  limit: number;
  /**
   * Current page number. Default is 0. For query APIs, a maximum number of returned records is generally
   * set for a single query by default. To traverse all the resources, you need to use "limit" and
   * "offset" for a paged query; For example, to query the 40 records between 110 and 149, you can set
   * offset = 110 and limit = 40.
   */
  offset: number;
  /**
   * ID of instance to work with. This can be obtained from redisId in the returned values of API
   * DescribeRedis.
   */
  redisId: string;
  /**
   * Start time, such as: 2017-02-08 16:46:34. Query the list of instance backups initiated within the
   * time period of [beginTime, endTime].
   */
  beginTime?: string;
  /**
   * End time, such as: 2017-02-08 19:09:26. Query the list of instance backups initiated within the time
   * period of [beginTime, endTime].
   */
  endTime?: string;
}
/** Output of GetRedisBackupList (`RedisLegacyClient.getRedisBackupList`). */
export interface GetRedisBackupListResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Error message description. A null value indicates a success */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** Total number of backups */
  totalCount: number;
  /** Details of instance backup list */
  data: GetRedisBackupListData;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of GetRedisTaskList (`RedisLegacyClient.getRedisTaskList`). */
export interface GetRedisTaskListRequest {
  /** Length of a page */
  limit: number;
  /**
   * Current page number. Default is 0. For query APIs, a maximum number of returned records is generally
   * set for a single query by default. To traverse all the resources, you need to use "limit" and
   * "offset" for a paged query; For example, to query the 40 records between 110 and 149, you can set
   * offset = 110 and limit = 40.
   */
  offset: number;
  /**
   * Instance ID, which can be obtained from redisId in the returned values of API DescribeRedis.
   * Filtering tasks by instance ID is supported.
   */
  redisId?: string;
  /**
   * Instance name, which can be obtained from redisName in the returned values of API DescribeRedis.
   * Filtering tasks by instance name is supported.
   *
   * The reference's table spells it `redisId`; its examples and the service use `redisName`.
   */
  redisName?: string;
  /**
   * Start time, such as: 2017-02-08 16:46:34. Query the list of tasks submitted within the time period
   * of [beginTime, endTime].
   */
  beginTime?: string;
  /**
   * End time, such as: 2017-02-08 19:09:26. Query the list of tasks submitted within the time period of
   * [beginTime, endTime].
   */
  endTime?: string;
  /**
   * Status (statuses) of one or more tasks (n represents the array subscript starting with 0). Filtering
   * tasks by task status is supported. Task statuses are defined as follows: 0: To be executed; 1:
   * Executing; 2: Succeeded; 3: Failed; -1: Execution Error
   */
  taskStatus?: number[];
  /**
   * Type(s) of one or more tasks (n represents the array subscript starting with 0). Filtering tasks by
   * task type is supported. Task types are defined as follows: task_importRdb: Import Rdb;
   * task_exportBackup: Export backup; task_restoreBackup: Restore an instance; task_restoreStream: Roll
   * back an instance (cluster instances can be rolled back to any time point within the last three days,
   * but the data for the last 10 minutes cannot be rolled back); task_backupInstance: Back up an
   * instance; task_cleanInstance: Clear an instance; task_resizeInstance: Upgrade an instance
   */
  taskType?: string[];
}
/** Output of GetRedisTaskList (`RedisLegacyClient.getRedisTaskList`). */
export interface GetRedisTaskListResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Error message description. A null value indicates a success */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** Total number of tasks */
  totalCount: number;
  /** Details of task list */
  data: GetRedisTaskListData;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of InquiryRedisPrice (`RedisLegacyClient.inquiryRedisPrice`). */
export interface InquiryRedisPriceRequest {
  /**
   * The availability zone to which the instance belongs. This value is subject to the returned values of
   * API Query Supported Availability Zones
   *
   * The reference's table spells it `zoneld`; its examples and the service use `zoneId`.
   */
  zoneId: number;
  /**
   * Instance type. 1 - Cluster; 2 - Standalone
   *
   * The reference's table spells it `typeld`; its examples and the service use `typeId`.
   */
  typeId: number;
  /**
   * Capacity of instance, which is an integral multiple of 1024 (in MB). This value is subject to the
   * returned values of API Query Supported Specifications
   */
  memSize: number;
  /**
   * Number of instances. This value is subject to the returned values of API Query Supported
   * Specifications
   */
  goodsNum: number;
  /**
   * Purchased or renewed usage period (in month). Value range: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
   * 24, 36]
   */
  period: number;
}
/** Output of InquiryRedisPrice (`RedisLegacyClient.inquiryRedisPrice`). */
export interface InquiryRedisPriceResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Error message description. A null value indicates a success */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** Returned array of prices */
  data: InquiryRedisPriceData;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ManualBackupInstance (`RedisLegacyClient.manualBackupInstance`). */
export interface ManualBackupInstanceRequest {
  /**
   * ID of instance to work with. This can be obtained from redisId in the returned values of API
   * DescribeRedis.
   */
  redisId: string;
  /** Remarks of backup */
  remark?: string;
}
/** Output of ManualBackupInstance (`RedisLegacyClient.manualBackupInstance`). */
export interface ManualBackupInstanceResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Error message description. A null value indicates a success */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** Task ID */
  data: ManualBackupInstanceData;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModfiyRedisPassword (`RedisLegacyClient.modfiyRedisPassword`). */
export interface ModfiyRedisPasswordRequest {
  /** Instance ID */
  redisId: string;
  /** Old password */
  oldPassword: string;
  /**
   * New password. Rule on password: It should be a combination of 8-16 characters comprised of at least
   * two of the following types: letters, numbers, special characters (!, @, #, %, ^, ()).
   */
  password: string;
}
/** Output of ModfiyRedisPassword (`RedisLegacyClient.modfiyRedisPassword`). */
export interface ModfiyRedisPasswordResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Error message */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** Returned array */
  data: ModfiyRedisPasswordData;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyRedisName (`RedisLegacyClient.modifyRedisName`). */
export interface ModifyRedisNameRequest {
  /**
   * ID of instance to work with. This can be obtained from redisId in the returned values of API
   * DescribeRedis.
   */
  redisId: string;
  /** Instance name. It should have a length of 1-36 characters comprised of letters, numbers, "_" or "-" */
  redisName: string;
}
/** Output of ModifyRedisName (`RedisLegacyClient.modifyRedisName`). */
export interface ModifyRedisNameResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Error message description. A null value indicates a success */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ModifyRedisProject (`RedisLegacyClient.modifyRedisProject`). */
export interface ModifyRedisProjectRequest {
  /**
   * An array of instance IDs, with the array subscript starting with 0. You can use the API
   * DescribeRedis to query the instance IDs.
   */
  redisIds: string[];
  /**
   * Project ID. This value is subject to the projectId returned via User Account > User Account-related
   * API > Query Project List
   */
  projectId: number;
}
/** Output of ModifyRedisProject (`RedisLegacyClient.modifyRedisProject`). */
export interface ModifyRedisProjectResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Error message */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of RenewRedis (`RedisLegacyClient.renewRedis`). */
export interface RenewRedisRequest {
  /** Instance ID. It can be queried with the API Query CRS Instance List */
  redisId: string;
  /** Purchased usage period (in month). Value range: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36] */
  period: number;
}
/** Output of RenewRedis (`RedisLegacyClient.renewRedis`). */
export interface RenewRedisResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Error message description. A null value indicates a success */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** Returned array of orders */
  data: RenewRedisData;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of ResetRedisPassword (`RedisLegacyClient.resetRedisPassword`). */
export interface ResetRedisPasswordRequest {
  /**
   * ID of instance to work with. This can be obtained from redisId in the returned values of API
   * DescribeRedis.
   */
  redisId: string;
  /**
   * New password for the instance. Rule for password: It should be a combination of 8-16 characters
   * comprised of at least two of the following types: letters, numbers, special characters (!, @, #, %,
   * ^, ()).
   */
  password: string;
}
/** Output of ResetRedisPassword (`RedisLegacyClient.resetRedisPassword`). */
export interface ResetRedisPasswordResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Error message description. A null value indicates a success */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** Task ID */
  data: ResetRedisPasswordData;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of RestoreInstance (`RedisLegacyClient.restoreInstance`). */
export interface RestoreInstanceRequest {
  /**
   * ID of instance to work with. This can be obtained from redisId in the returned values of API
   * DescribeRedis.
   */
  redisId: string;
  /** Password for the instance. It needs to be verified when the instance is restored. */
  password: string;
  /** Backup ID, which can be obtained from backupId in the returned values of API GetRedisBackupList. */
  backupId: string;
}
/** Output of RestoreInstance (`RedisLegacyClient.restoreInstance`). */
export interface RestoreInstanceResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Error message description. A null value indicates a success */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** Task ID */
  data: RestoreInstanceData;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of SetRedisAutoRenew (`RedisLegacyClient.setRedisAutoRenew`). */
export interface SetRedisAutoRenewRequest {
  /** An array of instance IDs, with the array subscript starting with 0 */
  redisIds: string[];
  /**
   * Set auto renewal flag: 0 - Do not set auto renewal; a notification will be given upon expiration of
   * instance; 1 - Set auto renewal; instance will be automatically renewed upon expiration; 2 - Neither
   * renewal nor notification will be made upon the expiration of instance
   */
  isAutoRenew: number;
}
/** Output of SetRedisAutoRenew (`RedisLegacyClient.setRedisAutoRenew`). */
export interface SetRedisAutoRenewResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Error message description. A null value indicates a success */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of UpgradeRedis (`RedisLegacyClient.upgradeRedis`). */
export interface UpgradeRedisRequest {
  /** Instance ID. It can be queried with the API Query CRS Instance List */
  redisId: string;
  /**
   * The capacity of upgraded instance, which should be an integral multiple of 1024 (in MB) This value
   * must be greater than the current instance specification, and is subject to the returned values of
   * API Query Supported Specifications
   */
  memSize: number;
}
/** Output of UpgradeRedis (`RedisLegacyClient.upgradeRedis`). */
export interface UpgradeRedisResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Error message description. A null value indicates a success */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** Returned array */
  data: UpgradeRedisData;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/** Input of UpgradeRedisInquiryPrice (`RedisLegacyClient.upgradeRedisInquiryPrice`). */
export interface UpgradeRedisInquiryPriceRequest {
  /** Instance ID */
  redisId: string;
  /**
   * The capacity of upgraded instance, which should be an integral multiple of 1024 (in MB) This value
   * must be greater than the current instance capacity, and is subject to the returned values of API
   * Query Supported Specifications
   */
  memSize: number;
}
/** Output of UpgradeRedisInquiryPrice (`RedisLegacyClient.upgradeRedisInquiryPrice`). */
export interface UpgradeRedisInquiryPriceResponse {
  /**
   * Common error code; 0: Succeeded; other values: Failed. For more information, please see Common Error
   * Codes on the Error Codes page.
   */
  code: number;
  /** Error message description. A null value indicates a success */
  message: string;
  /**
   * Description of error code at business side. For a successful operation, "Success" will be returned.
   * In case of an error, a message describing the reason for the error will be returned.
   */
  codeDesc: string;
  /** Returned array of prices */
  data: UpgradeRedisInquiryPriceData;
  /** The unique request ID, returned with every response; quote it when contacting support. */
  RequestId: string;
}
/**
 * Every action of the TencentDB for Redis (API 2.0) API 2017, by wire name, with its request and
 * response types.
 */
export interface RedisLegacyActions {
  /** This API (ClearRedis) is used to clear a CRS instance. */
  ClearRedis: {
    request: ClearRedisRequest;
    response: ClearRedisResponse;
  };
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
   */
  CreateRedis: {
    request: CreateRedisRequest;
    response: CreateRedisResponse;
  };
  /** This API (DescribeRedis) is used to query the list of CRS instances. */
  DescribeRedis: {
    request: DescribeRedisRequest;
    response: DescribeRedisResponse;
  };
  /** This API (DescribeRedisDealDetail) is used to query the details of an order. */
  DescribeRedisDealDetail: {
    request: DescribeRedisDealDetailRequest;
    response: DescribeRedisDealDetailResponse;
  };
  /**
   * This API (DescribeRedisProduct) is used to query supported specifications. This API can be used to
   * query the supported specifications for CRS instances under specified availability zone and instance
   * type. Users who are not in the purchaser whitelist cannot query the details of supported
   * specifications under this availability zone and instance type. You can apply for the purchase of the
   * whitelist of a region by submitting a Ticket.
   */
  DescribeRedisProduct: {
    request: DescribeRedisProductRequest;
    response: DescribeRedisProductResponse;
  };
  /**
   * This API (DescribeRedisZones) is used to query supported availability zones. This API can be used to
   * create the list of availability zones where the Redis can be created. An availability zone where the
   * CRS instance is not available for the user will not be included in the returned list. You can apply
   * for the purchase of the whitelist of a region by submitting a Ticket.
   */
  DescribeRedisZones: {
    request: DescribeRedisZonesRequest;
    response: DescribeRedisZonesResponse;
  };
  /** This API (DescribeTaskInfo) is used to query the results of a task. */
  DescribeTaskInfo: {
    request: DescribeTaskInfoRequest;
    response: DescribeTaskInfoResponse;
  };
  /**
   * This API (ExportRedisBackup) is used to export the CRS instance backup. - Export the backup file
   * with a rdb format; - Only the backup of a cluster instance needs to be exported; - Only after the
   * backup is exported can it be downloaded by calling the API GetBackupDownloadUrl. - Only the backup
   * with status 2 can be exported. You can use the API GetRedisBackupList to acquire the backup status.
   */
  ExportRedisBackup: {
    request: ExportRedisBackupRequest;
    response: ExportRedisBackupResponse;
  };
  /**
   * This API (GetBackupDownloadUrl) is used to query the download URL of CRS instance backup. 1. Private
   * network and local download URLs are valid for 12 hours, and need to be re-obtained upon expiration;
   * 2. Quotation marks must be used around URL when wget is used for downloading;
   */
  GetBackupDownloadUrl: {
    request: GetBackupDownloadUrlRequest;
    response: GetBackupDownloadUrlResponse;
  };
  /**
   * This API (GetRedisBackupList) is used to query the backup list of a CRS instance. - Currently,
   * backups can only be retained for 7 days, so you can just query the backups for the last 7 days,
   * including the manual backups initiated by users and the backups initiated by the system in the early
   * morning.
   */
  GetRedisBackupList: {
    request: GetRedisBackupListRequest;
    response: GetRedisBackupListResponse;
  };
  /** This API (GetRedisTaskList) is used to query the task list of a CRS instance. */
  GetRedisTaskList: {
    request: GetRedisTaskListRequest;
    response: GetRedisTaskListResponse;
  };
  /**
   * This API (InquiryRedisPrice) is used to query the prices for purchasing and renewing an instance. To
   * query the price for upgrading an instance, please see Query Price for Instance Upgrade.
   */
  InquiryRedisPrice: {
    request: InquiryRedisPriceRequest;
    response: InquiryRedisPriceResponse;
  };
  /**
   * This API (ManualBackupInstance) is used to back up a CRS instance manually. - Please do not call
   * this API frequently. The number of calls is limited to 24 each day, otherwise the operation will
   * fail.
   */
  ManualBackupInstance: {
    request: ManualBackupInstanceRequest;
    response: ManualBackupInstanceResponse;
  };
  /**
   * This API (ModfiyRedisPassword) is used to modify the password for a CRS instance. Rule on password:
   * It should be a combination of 8-16 characters comprised of at least two of the following types:
   * letters, numbers, special characters (!, @, #, %, ^, ()).
   */
  ModfiyRedisPassword: {
    request: ModfiyRedisPasswordRequest;
    response: ModfiyRedisPasswordResponse;
  };
  /**
   * This API (ModifyRedisName) is used to modify the name of an instance. Rule on instance name: It
   * should have a length of 1-36 characters comprised of letters, numbers, "_" or "-".
   */
  ModifyRedisName: {
    request: ModifyRedisNameRequest;
    response: ModifyRedisNameResponse;
  };
  /** This API (ModifyRedisProject) is used to modify the project to which a CRS instance belongs. */
  ModifyRedisProject: {
    request: ModifyRedisProjectRequest;
    response: ModifyRedisProjectResponse;
  };
  /** This API (RenewRedis) is used to renew an instance. */
  RenewRedis: {
    request: RenewRedisRequest;
    response: RenewRedisResponse;
  };
  /**
   * This API (ResetRedisPassword) is used to reset the password for an CRS instance. Rule on password:
   * It should be a combination of 8-16 characters comprised of at least two of the following types:
   * letters, numbers, special characters (!, @, #, %, ^, ()).
   */
  ResetRedisPassword: {
    request: ResetRedisPasswordRequest;
    response: ResetRedisPasswordResponse;
  };
  /**
   * This API (RestoreInstance) is used to restore a CRS instance. - The target instance can only be
   * restored to its own backup, instead of that of another instance.
   */
  RestoreInstance: {
    request: RestoreInstanceRequest;
    response: RestoreInstanceResponse;
  };
  /** This API (SetRedisAutoRenew) is used to set auto renewal. */
  SetRedisAutoRenew: {
    request: SetRedisAutoRenewRequest;
    response: SetRedisAutoRenewResponse;
  };
  /** This API (UpgradeRedis) is used to upgrade an instance. */
  UpgradeRedis: {
    request: UpgradeRedisRequest;
    response: UpgradeRedisResponse;
  };
  /** This API (UpgradeRedisInquiryPrice) is used to query the price for instance upgrade. */
  UpgradeRedisInquiryPrice: {
    request: UpgradeRedisInquiryPriceRequest;
    response: UpgradeRedisInquiryPriceResponse;
  };
}
/** The wire name of any TencentDB for Redis (API 2.0) action. */
export type RedisLegacyAction = keyof RedisLegacyActions;
