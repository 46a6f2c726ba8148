import { ServiceError } from "@doc2sdk/runtime";
/**
 * Every error code the TencentDB for Redis (API 2.0) reference lists (common, service and per-action
 * codes), as an enum-like object.
 */
export declare const RedisLegacyErrorCode: {
  /** The Redis service is not available in the requested zone */
  readonly NoRedisService: "10000";
  /** Insufficient account balance. Please top it up. */
  readonly Code100207: "100207";
  /** Password is left empty */
  readonly PasswordEmpty: "10501";
  /** Wrong old password is entered for resetting password */
  readonly OldPasswordError: "10502";
  /** No instance can be found for the serialId */
  readonly InstanceNotExists: "10701";
  /** The operation is impossible due to an abnormal instance status. For example, the instance has a
   * status of "in process" or "isolated" or "deleted" */
  readonly InstanceStatusAbnormal: "10702";
  /** The requested capacity is not included in the supported specifications (memSize (in MB) should be an
   * integral multiple of 1024) */
  readonly InvalidMemSize: "10703";
  /** The operation is impossible because the instance is locked */
  readonly InstanceLockedError: "10707";
  /** The operation is impossible because the instance is locked by another task */
  readonly BackupLockedError: "10710";
  /** The operation is impossible due to an abnormal backup status */
  readonly BackupStatusAbnormal: "10711";
  /** Wrong password */
  readonly PasswordError: "10712";
  /** The user is not in the whitelist */
  readonly UserNotInWhiteList: "11052";
  /** The type of the instance to purchase is incorrect (TypeId 1: Cluster; 2: Master-Slave (the former
   * Standalone version)) */
  readonly InvalidInstanceId: "11053";
  /** ID of the subnet under the VPC does not exist */
  readonly InvalidSubnetId: "11054";
  /** The instance has been reclaimed upon expiration */
  readonly InstanceDeleted: "11055";
  /** The operation is impossible because the instance is locked by another process */
  readonly InstanceBeenLocked: "11056";
  /** The requested capacity is less than the actual capacity of the instance. Reduction of capacity is
   * not supported currently */
  readonly ReduceCapacityNotAllowed: "11057";
  /** Incorrect password rule. The password must be a combination of 8-16 characters comprised of at least
   * two of the following types: letters, numbers and special characters (!, @, #, %, ^, *, ()) */
  readonly PasswordRuleError: "11058";
  /** Order ID does not exist */
  readonly DealIdNotFound: "11059";
  /** Error with auto renewal flag (0 - Do not set auto renewal; a notification will be given upon
   * expiration of instance; 1 - Set auto renewal; instance will be automatically renewed upon
   * expiration; 2 - Neither renewal nor notification will be made upon the expiration of instance) */
  readonly IsAutoRenewError: "11060";
  /** The instance has been isolated upon expiration */
  readonly InstanceIsolated: "11061";
  /** The Redis service of the requested type is not available in the requested zone */
  readonly NoTypeIdRedisService: "11062";
  /** The requested capacity is not within the range of supported capacities (please use the API Query
   * Supported Specifications to query the limits on the capacity) */
  readonly MemSizeNotInRange: "11063";
  /** The number of instances purchased at a time exceeds the maximum number of instances allowed to be
   * purchased (please use the API Query Supported Specifications to query the limits on the number of
   * instances allowed to be purchased) */
  readonly GoodsNumNotInRange: "11064";
  /** The purchased usage period exceeds the maximum usage period */
  readonly PeriodExceedMaxLimit: "11065";
  /** The purchased usage period is less than the minimum usage period */
  readonly PeriodLessThanMinLimit: "11066";
  /** Only the Redis service under VPC is available in the requested zone */
  readonly OnlyVPCOnSpecZoneId: "11067";
  /** Incorrect business parameter */
  readonly InvalidParameter: "11201";
  /** Length of instance name exceeds the limit */
  readonly InstanceNameExceedMaxLimit: "11211";
  /** Instance name does not conform to the rule: A length of 1-36 characters comprised of letters,
   * numbers, "_", "-" */
  readonly InstanceNameRuleError: "11212";
  /** No instance backup can be found for the backupId */
  readonly BackupNotExists: "11213";
  /** Only the backup of a cluster instance is allowed to be exported */
  readonly OnlyClusterInstanceCanExportBackup: "11214";
  /** Invalid request parameters: Required parameters are missing, or parameter values are not in the
   * correct format. See the message field of error description for specific error information.
   * 
   * A common error code: any action may return it. */
  readonly Code4000: "4000";
  /** Authentication failed: Signature authentication failed. Refer to the authentication section in the
   * document.
   * 
   * A common error code: any action may return it. */
  readonly Code4100: "4100";
  /** Not authorized by the developer to access this API: The sub-user is not authorized to call this API.
   * Please contact the developer for authorization. For more information, please see Authorization
   * Policy .
   * 
   * A common error code: any action may return it. */
  readonly Code4101: "4101";
  /** Not authorized by the developer to access the resources operated by this API: The user is not
   * authorized by the developer to access some of the requested resources. Please check the message
   * field for the ID of resources that you're not authorized to access. Please contact the developer for
   * authorization. For more information, please see Authorization Policy .
   * 
   * A common error code: any action may return it. */
  readonly Code4102: "4102";
  /** This API is currently not available for non-developer's SecretId: The sub-user with this SecretID
   * cannot call this API. Only the developer is authorized to call this API.
   * 
   * A common error code: any action may return it. */
  readonly Code4103: "4103";
  /** SecretId does not exist: Non-existence of SecretId used for signature may also be caused by
   * incorrect private key status. Please make sure the API key is valid and is not disabled.
   * 
   * A common error code: any action may return it. */
  readonly Code4104: "4104";
  /** Authentication Failed: Permission verification failed. Please make sure you are permitted to access
   * this resource.
   * 
   * A common error code: any action may return it. */
  readonly Code4110: "4110";
  /** Request expired: The request has expired. Refer to the validity request section in the document.
   * 
   * A common error code: any action may return it. */
  readonly Code4200: "4200";
  /** Access denied: The account is blocked, or not in the user range of the API.
   * 
   * A common error code: any action may return it. */
  readonly Code4300: "4300";
  /** Quota exceeded: The number of requests exceeded the quota. Refer to the request quota section of the
   * document.
   * 
   * A common error code: any action may return it. */
  readonly Code4400: "4400";
  /** Playback attack: The Nonce and Timestamp parameters of a request ensure that the request will be
   * executed only once on the server, so two Nonce parameters cannot be repeated, and the Timestamp
   * parameter cannot have a time difference of more than 2 hours from Tencent server.
   * 
   * A common error code: any action may return it. */
  readonly Code4500: "4500";
  /** Protocol not supported: The protocol is not supported. Currently the API only supports the HTTPS
   * protocol, but not HTTP.
   * 
   * A common error code: any action may return it. */
  readonly Code4600: "4600";
  /** Resource not existed: The instance corresponding to the resource ID does not exist, or the instance
   * has been returned, or the resource belong to other users.
   * 
   * A common error code: any action may return it. */
  readonly Code5000: "5000";
  /** Resource operation failed: The resource operation failed. See the message field of error description
   * for specific error information. Try again later or contact customer service personnel for help.
   * 
   * A common error code: any action may return it. */
  readonly Code5100: "5100";
  /** Resource purchase failed: Failed to purchase the resource. Possible causes may be instance
   * configuration not supported, insufficient resources and so on.
   * 
   * A common error code: any action may return it. */
  readonly Code5200: "5200";
  /** Insufficient balance: Your account has insufficient balance to complete the purchase or upgrade.
   * 
   * A common error code: any action may return it. */
  readonly Code5300: "5300";
  /** Partial operations succeeded: The batch operation is partially successful. See return values for
   * details.
   * 
   * A common error code: any action may return it. */
  readonly Code5400: "5400";
  /** User qualification review failed: The resources purchase failed, for you do not pass user
   * qualification review.
   * 
   * A common error code: any action may return it. */
  readonly Code5500: "5500";
  /** Server error: A server error occurred. Try again later or contact customer service for help.
   * 
   * A common error code: any action may return it. */
  readonly Code6000: "6000";
  /** Version not supported: The API is not supported on this version or is under maintenance. Note: When
   * this error occurs, make sure that the domain name of the API is correct. Different modules may have
   * different domain names.
   * 
   * A common error code: any action may return it. */
  readonly Code6100: "6100";
  /** API inaccessible: The current API is under maintenance. Please try again later.
   * 
   * A common error code: any action may return it. */
  readonly Code6200: "6200";
};
/** Any documented TencentDB for Redis (API 2.0) error code. */
export type RedisLegacyErrorCode = (typeof RedisLegacyErrorCode)[keyof typeof RedisLegacyErrorCode];
/**
 * The error codes each action documents, by action name. Common codes can come from any action and are
 * not repeated here.
 */
export interface RedisLegacyActionErrorCodes {
  ClearRedis: "10501" | "10701" | "10702" | "10707" | "10712" | "11201";
  CreateRedis: "10000" | "100207" | "10501" | "10703" | "11052" | "11053" | "11054" | "11058" | "11062" | "11063" | "11064" | "11065" | "11066" | "11067";
  DescribeRedis: "11201";
  DescribeRedisDealDetail: "11059";
  DescribeRedisProduct: "11052" | "11201";
  DescribeRedisZones: "11052";
  DescribeTaskInfo: "11201";
  ExportRedisBackup: "10701" | "10711" | "11201" | "11213" | "11214";
  GetBackupDownloadUrl: "10701" | "10711" | "11201" | "11213";
  GetRedisBackupList: "11201";
  GetRedisTaskList: "11201";
  InquiryRedisPrice: "10000" | "10703" | "11052" | "11053" | "11062" | "11063" | "11064" | "11065" | "11066";
  ManualBackupInstance: "10701" | "10702" | "10707" | "11201";
  ModfiyRedisPassword: "10501" | "10502" | "10701" | "10702" | "10707" | "11058" | "11201";
  ModifyRedisName: "10701" | "10702" | "11055" | "11061" | "11201" | "11211" | "11212";
  ModifyRedisProject: "10701" | "11201";
  RenewRedis: "100207" | "10701" | "11055" | "11056" | "11065" | "11066";
  ResetRedisPassword: "10701" | "10702" | "10707" | "11058" | "11201";
  RestoreInstance: "10701" | "10702" | "10707" | "10710" | "10711" | "10712" | "11201" | "11213";
  SetRedisAutoRenew: "10701" | "11055" | "11060" | "11061" | "11201";
  UpgradeRedis: "100207" | "10701" | "10702" | "10703" | "11057" | "11063";
  UpgradeRedisInquiryPrice: "10701" | "10702" | "10703" | "11057" | "11063";
}
/** A TencentDB for Redis (API 2.0) service error whose `code` is known to be `C`. */
export type RedisLegacyError<C extends string = RedisLegacyErrorCode> = ServiceError & {
  readonly code: C;
};
/**
 * Narrows a caught value to a service error, optionally with the given documented code.
 *
 * @example
 * ```ts
 * try { … } catch (e) {
 *   if (isRedisLegacyError(e, "10000")) { … }
 * }
 * ```
 */
export declare function isRedisLegacyError<C extends RedisLegacyErrorCode>(error: unknown, code?: C): error is RedisLegacyError<C>;
