import { ServiceError } from "@doc2sdk/runtime";
/**
 * Every error code the TencentDB for Redis reference lists (common, service and per-action codes), as
 * an enum-like object.
 */
export declare const RedisErrorCode: {
  /** This API has been deprecated.
   * 
   * A common error code: any action may return it. */
  readonly ActionOffline: "ActionOffline";
  /** CAM signature/authentication error. */
  readonly AuthFailure: "AuthFailure";
  /** Authorization in the request header is invalid.
   * 
   * A common error code: any action may return it. */
  readonly AuthFailure_InvalidAuthorization: "AuthFailure.InvalidAuthorization";
  /** Invalid key (not a TencentCloud API key type).
   * 
   * A common error code: any action may return it. */
  readonly AuthFailure_InvalidSecretId: "AuthFailure.InvalidSecretId";
  /** MFA failed.
   * 
   * A common error code: any action may return it. */
  readonly AuthFailure_MFAFailure: "AuthFailure.MFAFailure";
  /** The key does not exist.
   * 
   * A common error code: any action may return it. */
  readonly AuthFailure_SecretIdNotFound: "AuthFailure.SecretIdNotFound";
  /** Signature expired.
   * 
   * A common error code: any action may return it. */
  readonly AuthFailure_SignatureExpire: "AuthFailure.SignatureExpire";
  /** Signature error.
   * 
   * A common error code: any action may return it. */
  readonly AuthFailure_SignatureFailure: "AuthFailure.SignatureFailure";
  /** Token error.
   * 
   * A common error code: any action may return it. */
  readonly AuthFailure_TokenFailure: "AuthFailure.TokenFailure";
  /** The request does not have CAM authorization.
   * 
   * A common error code: any action may return it. */
  readonly AuthFailure_UnauthorizedOperation: "AuthFailure.UnauthorizedOperation";
  /** Operation. It means that the request would have succeeded, but the DryRun parameter was used.
   * 
   * A common error code: any action may return it. */
  readonly DryRun: "DryRun";
  /** Error code DryRunOperation.
   * 
   * A common error code: any action may return it. */
  readonly DryRunOperation: "DryRunOperation";
  /** Operation failed.
   * 
   * A common error code: any action may return it. */
  readonly FailedOperation: "FailedOperation";
  /** Failed to add the security group information of the instance. */
  readonly FailedOperation_AddInstanceInfoFailed: "FailedOperation.AddInstanceInfoFailed";
  /** Failed to associate the security group. */
  readonly FailedOperation_AssociateSecurityGroupsFailed: "FailedOperation.AssociateSecurityGroupsFailed";
  /** Failed to clear the security group information of the instance. */
  readonly FailedOperation_ClearInstanceInfoFailed: "FailedOperation.ClearInstanceInfoFailed";
  /** Failed to submit the task. */
  readonly FailedOperation_CommitFlowError: "FailedOperation.CommitFlowError";
  /** Failed to unbind the security group. */
  readonly FailedOperation_DisassociateSecurityGroupsFailed: "FailedOperation.DisassociateSecurityGroupsFailed";
  /** This operation is not allowed under the current DTS status. */
  readonly FailedOperation_DtsStatusAbnormal: "FailedOperation.DtsStatusAbnormal";
  /** No process exists. */
  readonly FailedOperation_FlowNotExists: "FailedOperation.FlowNotExists";
  /** Failed to query the security group details. Try again later. */
  readonly FailedOperation_GetSecurityGroupDetailFailed: "FailedOperation.GetSecurityGroupDetailFailed";
  /** Payment failed. */
  readonly FailedOperation_PayFailed: "FailedOperation.PayFailed";
  /** No exact description for this error code for the time being. */
  readonly FailedOperation_RedoFlowFailed: "FailedOperation.RedoFlowFailed";
  /** Failed to set the rule. */
  readonly FailedOperation_SetRuleLocationFailed: "FailedOperation.SetRuleLocationFailed";
  /** Internal system error, which is irrelevant to the business. */
  readonly FailedOperation_SystemError: "FailedOperation.SystemError";
  /** The instance does not support this API. */
  readonly FailedOperation_UnSupportError: "FailedOperation.UnSupportError";
  /** Invalid data is entered for weekday. */
  readonly FailedOperation_Unknown: "FailedOperation.Unknown";
  /** Failed to update the security group information of the instance. */
  readonly FailedOperation_UpdateInstanceInfoFailed: "FailedOperation.UpdateInstanceInfoFailed";
  /** Failed to update the security group. */
  readonly FailedOperation_UpdateSecurityGroupsFailed: "FailedOperation.UpdateSecurityGroupsFailed";
  /** Internal error.
   * 
   * A common error code: any action may return it. */
  readonly InternalError: "InternalError";
  /** A CAM authentication error occurred. */
  readonly InternalError_CamAuthOssResponseReturnCodeError: "InternalError.CamAuthOssResponseReturnCodeError";
  /** Internal system error with the database operation, which may be update, insert, select, etc. */
  readonly InternalError_DbOperationFailed: "InternalError.DbOperationFailed";
  /** Failed to execute the HTTP request. Try again later. */
  readonly InternalError_ExecHttpRequestError: "InternalError.ExecHttpRequestError";
  /** You do not have the operation permission. */
  readonly InternalError_InstanceOperatePermissionError: "InternalError.InstanceOperatePermissionError";
  /** Internal error. */
  readonly InternalError_InternalError: "InternalError.InternalError";
  /** An error occurred while obtaining the list of instances. Try again later. */
  readonly InternalError_ListInstancesError: "InternalError.ListInstancesError";
  /** A network error occurred. */
  readonly InternalError_NetWorkErr: "InternalError.NetWorkErr";
  /** The API does not exist.
   * 
   * A common error code: any action may return it. */
  readonly InvalidAction: "InvalidAction";
  /** Incorrect parameter.
   * 
   * A common error code: any action may return it. */
  readonly InvalidParameter: "InvalidParameter";
  /** The corresponding API was not found. */
  readonly InvalidParameter_ActionNotFound: "InvalidParameter.ActionNotFound";
  /** The parameter is empty. */
  readonly InvalidParameter_EmptyParam: "InvalidParameter.EmptyParam";
  /** Invalid parameter. */
  readonly InvalidParameter_IllegalParameterError: "InvalidParameter.IllegalParameterError";
  /** The security groups of the instance exceeds the limit. */
  readonly InvalidParameter_InstanceSGOverLimitError: "InvalidParameter.InstanceSGOverLimitError";
  /** Invalid service parameter. */
  readonly InvalidParameter_InvalidParameter: "InvalidParameter.InvalidParameter";
  /** The instance is not in a VPC. */
  readonly InvalidParameter_IsNotVpcInstance: "InvalidParameter.IsNotVpcInstance";
  /** The operation is unsupported due to incorrect parameters. */
  readonly InvalidParameter_NotSupported: "InvalidParameter.NotSupported";
  /** Only VPCs are provided in the Shanghai Finance AZ. */
  readonly InvalidParameter_OnlyVPCOnSpecZoneId: "InvalidParameter.OnlyVPCOnSpecZoneId";
  /** The time format or time range is invalid. */
  readonly InvalidParameter_Period: "InvalidParameter.Period";
  /** The API has no CAM permissions. */
  readonly InvalidParameter_PermissionDenied: "InvalidParameter.PermissionDenied";
  /** Invalid parameter value.
   * 
   * A common error code: any action may return it. */
  readonly InvalidParameterValue: "InvalidParameterValue";
  /** The backup does not exist. */
  readonly InvalidParameterValue_BackupNotExists: "InvalidParameterValue.BackupNotExists";
  /** The instance is not in a VPC. */
  readonly InvalidParameterValue_BaseNetWorkAccessDeny: "InvalidParameterValue.BaseNetWorkAccessDeny";
  /** Business verification failed */
  readonly InvalidParameterValue_CheckNotPass: "InvalidParameterValue.CheckNotPass";
  /** A renaming rule error occurred. */
  readonly InvalidParameterValue_InstanceNameRuleError: "InvalidParameterValue.InstanceNameRuleError";
  /** The type of instances requested for purchase is incorrect (TypeId - 1: Cluster Edition; 2:
   * Master-Replica Edition, i.e., the legacy Master-Replica Edition). */
  readonly InvalidParameterValue_InvalidInstanceTypeId: "InvalidParameterValue.InvalidInstanceTypeId";
  /** The vpcid or subnet ID in the VPC is invalid. */
  readonly InvalidParameterValue_InvalidSubnetId: "InvalidParameterValue.InvalidSubnetId";
  /** The requested capacity is out of the purchasable capacity range. */
  readonly InvalidParameterValue_MemSizeNotInRange: "InvalidParameterValue.MemSizeNotInRange";
  /** The instance has already been bound. */
  readonly InvalidParameterValue_NotRepeatBind: "InvalidParameterValue.NotRepeatBind";
  /** The password is empty. */
  readonly InvalidParameterValue_PasswordEmpty: "InvalidParameterValue.PasswordEmpty";
  /** Password verification error due to incorrect password. */
  readonly InvalidParameterValue_PasswordError: "InvalidParameterValue.PasswordError";
  /** Tencent internal accounts are not allowed to use password-free instances. */
  readonly InvalidParameterValue_PasswordFreeDenied: "InvalidParameterValue.PasswordFreeDenied";
  /** When the password is set, the old password passed in by MC does not match the previously set
   * password. */
  readonly InvalidParameterValue_PasswordRuleError: "InvalidParameterValue.PasswordRuleError";
  /** The request capacity is too small. Capacity reduction is not supported. */
  readonly InvalidParameterValue_ReduceCapacityNotAllowed: "InvalidParameterValue.ReduceCapacityNotAllowed";
  /** The global replication group doesn’t exist. */
  readonly InvalidParameterValue_ReplicationGroupNotExists: "InvalidParameterValue.ReplicationGroupNotExists";
  /** The request parameter or security group ID is incorrect. */
  readonly InvalidParameterValue_SecurityGroupIdsNotExists: "InvalidParameterValue.SecurityGroupIdsNotExists";
  /** The instance specification doesn’t exist. */
  readonly InvalidParameterValue_SpecNotExist: "InvalidParameterValue.SpecNotExist";
  /** The instance type is not supported. */
  readonly InvalidParameterValue_UnSupportedType: "InvalidParameterValue.UnSupportedType";
  /** The uniqVpcId or subnet ID in the VPC is invalid. */
  readonly InvalidParameterValue_UnVpcIdNotExists: "InvalidParameterValue.UnVpcIdNotExists";
  /** Invalid data is entered for weekday . */
  readonly InvalidParameterValue_WeekDaysIsInvalid: "InvalidParameterValue.WeekDaysIsInvalid";
  /** The multipart format of the request body is incorrect.
   * 
   * A common error code: any action may return it. */
  readonly InvalidRequest: "InvalidRequest";
  /** Your IP is in uin IP blacklist.
   * 
   * A common error code: any action may return it. */
  readonly IpInBlacklist: "IpInBlacklist";
  /** Your IP is not in uin IP whitelist.
   * 
   * A common error code: any action may return it. */
  readonly IpNotInWhitelist: "IpNotInWhitelist";
  /** Quota limit exceeded.
   * 
   * A common error code: any action may return it. */
  readonly LimitExceeded: "LimitExceeded";
  /** The number of bound instances exceeds the upper limit. */
  readonly LimitExceeded_ExceedUpperLimit: "LimitExceeded.ExceedUpperLimit";
  /** The bound instance must not be specified. */
  readonly LimitExceeded_InstanceNotEmpty: "LimitExceeded.InstanceNotEmpty";
  /** The requested capacity is out of the purchasable specification range ( memSize should be an integer
   * multiple of 1,024 in MB). */
  readonly LimitExceeded_InvalidMemSize: "LimitExceeded.InvalidMemSize";
  /** The number of instances requested for purchase at a time is out of the purchasable quantity range. */
  readonly LimitExceeded_InvalidParameterGoodsNumNotInRange: "LimitExceeded.InvalidParameterGoodsNumNotInRange";
  /** The requested capacity is out of the purchasable capacity range. */
  readonly LimitExceeded_MemSizeNotInRange: "LimitExceeded.MemSizeNotInRange";
  /** The requested length of purchase is more than three years and exceeds the maximum value. */
  readonly LimitExceeded_PeriodExceedMaxLimit: "LimitExceeded.PeriodExceedMaxLimit";
  /** The length of purchase is invalid. It must be at least one month. */
  readonly LimitExceeded_PeriodLessThanMinLimit: "LimitExceeded.PeriodLessThanMinLimit";
  /** The quantity of requested TencentDB for Redis instances falls out of the limit range. */
  readonly LimitExceeded_ReachTheAmountLimit: "LimitExceeded.ReachTheAmountLimit";
  /** Replication group locked */
  readonly LimitExceeded_ReplicationGroupLocked: "LimitExceeded.ReplicationGroupLocked";
  /** A parameter is missing.
   * 
   * A common error code: any action may return it. */
  readonly MissingParameter: "MissingParameter";
  /** The product does not exist.
   * 
   * A common error code: any action may return it. */
  readonly NoSuchProduct: "NoSuchProduct";
  /** The API version does not exist.
   * 
   * A common error code: any action may return it. */
  readonly NoSuchVersion: "NoSuchVersion";
  /** The number of requests exceeds the frequency limit.
   * 
   * A common error code: any action may return it. */
  readonly RequestLimitExceeded: "RequestLimitExceeded";
  /** Uin exceeds the frequency limit.
   * 
   * A common error code: any action may return it. */
  readonly RequestLimitExceeded_GlobalRegionUinLimitExceeded: "RequestLimitExceeded.GlobalRegionUinLimitExceeded";
  /** The number of ip requests exceeds the frequency limit.
   * 
   * A common error code: any action may return it. */
  readonly RequestLimitExceeded_IPLimitExceeded: "RequestLimitExceeded.IPLimitExceeded";
  /** The number of uin requests exceeds the frequency limit.
   * 
   * A common error code: any action may return it. */
  readonly RequestLimitExceeded_UinLimitExceeded: "RequestLimitExceeded.UinLimitExceeded";
  /** The request size exceeds the upper limit.
   * 
   * A common error code: any action may return it. */
  readonly RequestSizeLimitExceeded: "RequestSizeLimitExceeded";
  /** Resource is in use.
   * 
   * A common error code: any action may return it. */
  readonly ResourceInUse: "ResourceInUse";
  /** The instance is locked by another process. */
  readonly ResourceInUse_InstanceBeenLocked: "ResourceInUse.InstanceBeenLocked";
  /** Insufficient resource.
   * 
   * A common error code: any action may return it. */
  readonly ResourceInsufficient: "ResourceInsufficient";
  /** The resource does not exist.
   * 
   * A common error code: any action may return it. */
  readonly ResourceNotFound: "ResourceNotFound";
  /** The UIN value is empty. */
  readonly ResourceNotFound_AccountDoesNotExists: "ResourceNotFound.AccountDoesNotExists";
  /** No Redis instance is found by the serialId. */
  readonly ResourceNotFound_InstanceNotExists: "ResourceNotFound.InstanceNotExists";
  /** The instance was not found. */
  readonly ResourceNotFound_InstanceNotFound: "ResourceNotFound.InstanceNotFound";
  /** Resource is unavailable.
   * 
   * A common error code: any action may return it. */
  readonly ResourceUnavailable: "ResourceUnavailable";
  /** The request order number does not exist. */
  readonly ResourceUnavailable_AccountBalanceNotEnough: "ResourceUnavailable.AccountBalanceNotEnough";
  /** The backup has been locked by another task, and the operation cannot be performed temporarily. */
  readonly ResourceUnavailable_BackupLockedError: "ResourceUnavailable.BackupLockedError";
  /** Backup and recovery specifications are not supported. */
  readonly ResourceUnavailable_BackupSpecError: "ResourceUnavailable.BackupSpecError";
  /** Backup status exception. The operation cannot be performed temporarily. The backup may have expired
   * or been deleted. */
  readonly ResourceUnavailable_BackupStatusAbnormal: "ResourceUnavailable.BackupStatusAbnormal";
  /** Backup is not supported when the instance is not in the “Running” status. */
  readonly ResourceUnavailable_BackupStatusInvalid: "ResourceUnavailable.BackupStatusInvalid";
  /** Failed to call the backend API. */
  readonly ResourceUnavailable_CallOssError: "ResourceUnavailable.CallOssError";
  /** Failed to get the security group information. */
  readonly ResourceUnavailable_GetSecurityError: "ResourceUnavailable.GetSecurityError";
  /** An instance configuration error occurred. */
  readonly ResourceUnavailable_InstanceConfError: "ResourceUnavailable.InstanceConfError";
  /** The instance has already been repossessed. */
  readonly ResourceUnavailable_InstanceDeleted: "ResourceUnavailable.InstanceDeleted";
  /** The instance has expired. */
  readonly ResourceUnavailable_InstanceIsolated: "ResourceUnavailable.InstanceIsolated";
  /** Redis has been locked by another process. */
  readonly ResourceUnavailable_InstanceLockedError: "ResourceUnavailable.InstanceLockedError";
  /** The order does not exist. */
  readonly ResourceUnavailable_InstanceNoDeal: "ResourceUnavailable.InstanceNoDeal";
  /** Instances in this status do not support the operation. */
  readonly ResourceUnavailable_InstanceNotSupportOperation: "ResourceUnavailable.InstanceNotSupportOperation";
  /** Instance status error. */
  readonly ResourceUnavailable_InstanceStateError: "ResourceUnavailable.InstanceStateError";
  /** The Redis status is exceptional, and the corresponding process cannot be executed. */
  readonly ResourceUnavailable_InstanceStatusAbnormal: "ResourceUnavailable.InstanceStatusAbnormal";
  /** Operation unsupported: the instance is exceptional. */
  readonly ResourceUnavailable_InstanceStatusError: "ResourceUnavailable.InstanceStatusError";
  /** The instance has been locked by another process. */
  readonly ResourceUnavailable_InstanceUnLockedError: "ResourceUnavailable.InstanceUnLockedError";
  /** The IP resources in the VPC are insufficient. */
  readonly ResourceUnavailable_NoEnoughVipInVPC: "ResourceUnavailable.NoEnoughVipInVPC";
  /** The requested region currently does not provide the Redis service. */
  readonly ResourceUnavailable_NoRedisService: "ResourceUnavailable.NoRedisService";
  /** The requested zoneId doesn’t provide Redis service. */
  readonly ResourceUnavailable_NoServiceAvailableForThisZoneId: "ResourceUnavailable.NoServiceAvailableForThisZoneId";
  /** The requested region currently does not provide the requested type of Redis service. */
  readonly ResourceUnavailable_NoTypeIdRedisService: "ResourceUnavailable.NoTypeIdRedisService";
  /** Resources of the specified type in the region are sold out. */
  readonly ResourceUnavailable_SaleOut: "ResourceUnavailable.SaleOut";
  /** The product has not been connected to any security group. */
  readonly ResourceUnavailable_SecurityGroupNotSupported: "ResourceUnavailable.SecurityGroupNotSupported";
  /** The response size exceeds the upper limit.
   * 
   * A common error code: any action may return it. */
  readonly ResponseSizeLimitExceeded: "ResponseSizeLimitExceeded";
  /** Service is unavailable now.
   * 
   * A common error code: any action may return it. */
  readonly ServiceUnavailable: "ServiceUnavailable";
  /** Unauthorized operation.
   * 
   * A common error code: any action may return it. */
  readonly UnauthorizedOperation: "UnauthorizedOperation";
  /** No CAM permissions. */
  readonly UnauthorizedOperation_NoCAMAuthed: "UnauthorizedOperation.NoCAMAuthed";
  /** The user is not in the allowlist. */
  readonly UnauthorizedOperation_UserNotInWhiteList: "UnauthorizedOperation.UserNotInWhiteList";
  /** Unknown parameter.
   * 
   * A common error code: any action may return it. */
  readonly UnknownParameter: "UnknownParameter";
  /** Unsupported operation.
   * 
   * A common error code: any action may return it. */
  readonly UnsupportedOperation: "UnsupportedOperation";
  /** The Redis cluster edition is not allowed to connect to a security group. */
  readonly UnsupportedOperation_ClusterInstanceAccessedDeny: "UnsupportedOperation.ClusterInstanceAccessedDeny";
  /** Inspecting replication group */
  readonly UnsupportedOperation_Inspection: "UnsupportedOperation.Inspection";
  /** Unsupported operation */
  readonly UnsupportedOperation_InstanceNotOperation: "UnsupportedOperation.InstanceNotOperation";
  /** There is an error with the auto-renewal flag. */
  readonly UnsupportedOperation_IsAutoRenewError: "UnsupportedOperation.IsAutoRenewError";
  /** The instance version is too low. */
  readonly UnsupportedOperation_LimitProxyVersion: "UnsupportedOperation.LimitProxyVersion";
  /** The instance version is too low. */
  readonly UnsupportedOperation_LowVersion: "UnsupportedOperation.LowVersion";
  /** Only Cluster Edition instances support backup exporting. */
  readonly UnsupportedOperation_OnlyClusterInstanceCanExportBackup: "UnsupportedOperation.OnlyClusterInstanceCanExportBackup";
  /** HTTPS request method error. Only GET and POST requests are supported.
   * 
   * A common error code: any action may return it. */
  readonly UnsupportedProtocol: "UnsupportedProtocol";
  /** API does not support the requested region.
   * 
   * A common error code: any action may return it. */
  readonly UnsupportedRegion: "UnsupportedRegion";
};
/** Any documented TencentDB for Redis error code. */
export type RedisErrorCode = (typeof RedisErrorCode)[keyof typeof RedisErrorCode];
/**
 * The error codes each action documents, by action name. Common codes can come from any action and are
 * not repeated here.
 */
export interface RedisActionErrorCodes {
  AddReplicationInstance: "FailedOperation.SystemError" | "FailedOperation.UnSupportError" | "InternalError.DbOperationFailed" | "InvalidParameterValue.CheckNotPass" | "InvalidParameterValue.InstanceNameRuleError" | "InvalidParameterValue.NotRepeatBind" | "InvalidParameterValue.ReplicationGroupNotExists" | "InvalidParameterValue.SpecNotExist" | "InvalidParameterValue.UnSupportedType" | "LimitExceeded.ExceedUpperLimit" | "LimitExceeded.InstanceNotEmpty" | "LimitExceeded.ReplicationGroupLocked" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceStatusError" | "UnsupportedOperation.LimitProxyVersion";
  AllocateWanAddress: "FailedOperation.SystemError" | "FailedOperation.UnSupportError" | "FailedOperation.Unknown" | "InvalidParameter.IsNotVpcInstance" | "InvalidParameter.PermissionDenied" | "ResourceUnavailable.InstanceUnLockedError";
  ApplyParamsTemplate: "FailedOperation.SystemError" | "FailedOperation.UnSupportError" | "InternalError.DbOperationFailed" | "InternalError.InternalError" | "InvalidParameter" | "InvalidParameter.PermissionDenied" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.CallOssError" | "ResourceUnavailable.InstanceConfError" | "ResourceUnavailable.InstanceLockedError" | "ResourceUnavailable.InstanceStateError" | "UnauthorizedOperation" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList";
  AssociateSecurityGroups: "FailedOperation.AddInstanceInfoFailed" | "FailedOperation.AssociateSecurityGroupsFailed" | "FailedOperation.ClearInstanceInfoFailed" | "FailedOperation.DisassociateSecurityGroupsFailed" | "FailedOperation.UpdateSecurityGroupsFailed" | "InternalError.InstanceOperatePermissionError" | "InternalError.ListInstancesError" | "InvalidParameter.InstanceSGOverLimitError" | "InvalidParameter.NotSupported" | "InvalidParameter.PermissionDenied";
  ChangeInstanceRole: "FailedOperation.SystemError" | "FailedOperation.UnSupportError" | "InternalError.DbOperationFailed" | "InvalidParameterValue.CheckNotPass" | "InvalidParameterValue.ReplicationGroupNotExists" | "LimitExceeded.ReplicationGroupLocked" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceStatusError" | "UnsupportedOperation.Inspection" | "UnsupportedOperation.InstanceNotOperation";
  ChangeMasterInstance: "FailedOperation.SystemError" | "FailedOperation.UnSupportError" | "InternalError.DbOperationFailed" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.CheckNotPass" | "InvalidParameterValue.ReplicationGroupNotExists" | "LimitExceeded.ReplicationGroupLocked" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceStatusError" | "UnsupportedOperation.Inspection" | "UnsupportedOperation.InstanceNotOperation";
  ChangeReplicaToMaster: "AuthFailure" | "AuthFailure.InvalidAuthorization" | "FailedOperation.SystemError" | "FailedOperation.UnSupportError" | "InvalidParameter.IllegalParameterError" | "InvalidParameter.InvalidParameter" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceStatusError";
  CleanUpInstance: "FailedOperation.SystemError" | "InternalError.InternalError" | "InvalidParameter.EmptyParam" | "InvalidParameter.PermissionDenied" | "ResourceUnavailable.InstanceStatusAbnormal";
  ClearInstance: "FailedOperation.SystemError" | "InvalidParameter.InvalidParameter" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.PasswordEmpty" | "InvalidParameterValue.PasswordError" | "UnauthorizedOperation.NoCAMAuthed";
  CloneInstances: "FailedOperation.PayFailed" | "FailedOperation.SystemError" | "FailedOperation.Unknown" | "InternalError.InternalError" | "InvalidParameter.EmptyParam" | "InvalidParameter.OnlyVPCOnSpecZoneId" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.BaseNetWorkAccessDeny" | "InvalidParameterValue.CheckNotPass" | "InvalidParameterValue.InvalidInstanceTypeId" | "InvalidParameterValue.InvalidSubnetId" | "InvalidParameterValue.PasswordEmpty" | "InvalidParameterValue.PasswordFreeDenied" | "InvalidParameterValue.PasswordRuleError" | "InvalidParameterValue.SecurityGroupIdsNotExists" | "InvalidParameterValue.UnVpcIdNotExists" | "LimitExceeded" | "LimitExceeded.InvalidMemSize" | "LimitExceeded.InvalidParameterGoodsNumNotInRange" | "LimitExceeded.PeriodLessThanMinLimit" | "LimitExceeded.ReachTheAmountLimit" | "ResourceInsufficient" | "ResourceNotFound.AccountDoesNotExists" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceDeleted" | "ResourceUnavailable.NoEnoughVipInVPC" | "ResourceUnavailable.NoRedisService" | "ResourceUnavailable.NoServiceAvailableForThisZoneId" | "ResourceUnavailable.SaleOut" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList" | "UnsupportedOperation";
  CloseSSL: "FailedOperation.SystemError" | "InternalError" | "InvalidParameter" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.UnSupportedType" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceStatusError" | "UnsupportedOperation.InstanceNotOperation" | "UnsupportedOperation.LimitProxyVersion";
  CreateInstanceAccount: "FailedOperation.SystemError" | "FailedOperation.UnSupportError" | "InternalError.InternalError" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList";
  CreateInstances: "FailedOperation.PayFailed" | "FailedOperation.SystemError" | "FailedOperation.Unknown" | "InternalError.InternalError" | "InvalidParameter.EmptyParam" | "InvalidParameter.OnlyVPCOnSpecZoneId" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.BaseNetWorkAccessDeny" | "InvalidParameterValue.InvalidInstanceTypeId" | "InvalidParameterValue.InvalidSubnetId" | "InvalidParameterValue.PasswordEmpty" | "InvalidParameterValue.PasswordFreeDenied" | "InvalidParameterValue.PasswordRuleError" | "InvalidParameterValue.SecurityGroupIdsNotExists" | "InvalidParameterValue.SpecNotExist" | "InvalidParameterValue.UnVpcIdNotExists" | "LimitExceeded" | "LimitExceeded.InvalidMemSize" | "LimitExceeded.InvalidParameterGoodsNumNotInRange" | "LimitExceeded.PeriodExceedMaxLimit" | "LimitExceeded.PeriodLessThanMinLimit" | "ResourceInsufficient" | "ResourceNotFound.AccountDoesNotExists" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceDeleted" | "ResourceUnavailable.NoEnoughVipInVPC" | "ResourceUnavailable.NoRedisService" | "ResourceUnavailable.NoTypeIdRedisService" | "ResourceUnavailable.SaleOut" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList" | "UnsupportedOperation";
  CreateParamTemplate: "FailedOperation.SystemError" | "InternalError.InternalError" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList";
  CreateReplicationGroup: "FailedOperation.SystemError" | "FailedOperation.UnSupportError" | "InternalError.DbOperationFailed" | "InvalidParameterValue.CheckNotPass" | "InvalidParameterValue.InstanceNameRuleError" | "InvalidParameterValue.NotRepeatBind" | "InvalidParameterValue.ReplicationGroupNotExists" | "InvalidParameterValue.SpecNotExist" | "InvalidParameterValue.UnSupportedType" | "LimitExceeded.InstanceNotEmpty" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceStatusError" | "UnauthorizedOperation.NoCAMAuthed" | "UnsupportedOperation.LimitProxyVersion";
  DeleteInstanceAccount: "FailedOperation.SystemError" | "InternalError.DbOperationFailed" | "InternalError.InternalError" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList";
  DeleteParamTemplate: "FailedOperation.SystemError" | "InternalError.InternalError" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList";
  DeleteReplicationInstance: "FailedOperation.SystemError" | "InternalError.DbOperationFailed" | "InvalidParameterValue.CheckNotPass" | "InvalidParameterValue.ReplicationGroupNotExists" | "LimitExceeded.ReplicationGroupLocked" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceStatusError" | "UnsupportedOperation.Inspection" | "UnsupportedOperation.InstanceNotOperation";
  DescribeAutoBackupConfig: "FailedOperation.SystemError" | "InternalError.InternalError" | "InvalidParameter.InvalidParameter" | "InvalidParameter.PermissionDenied" | "ResourceNotFound.InstanceNotExists" | "UnauthorizedOperation.NoCAMAuthed";
  DescribeBackupDetail: "FailedOperation.SystemError" | "InternalError.DbOperationFailed" | "InternalError.InternalError" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.BackupNotExists" | "ResourceNotFound.InstanceNotExists" | "UnauthorizedOperation.NoCAMAuthed";
  DescribeBackupDownloadRestriction: "FailedOperation.SystemError" | "InternalError.DbOperationFailed" | "InternalError.InternalError" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation.NoCAMAuthed";
  DescribeBackupUrl: "FailedOperation.SystemError" | "InternalError.DbOperationFailed" | "InternalError.InternalError" | "InvalidParameter.InvalidParameter" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.BackupNotExists" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.BackupStatusInvalid" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList" | "UnsupportedOperation.ClusterInstanceAccessedDeny" | "UnsupportedOperation.IsAutoRenewError" | "UnsupportedOperation.OnlyClusterInstanceCanExportBackup";
  DescribeBandwidthRange: "AuthFailure" | "AuthFailure.InvalidAuthorization" | "FailedOperation.SystemError" | "FailedOperation.UnSupportError" | "InternalError" | "InvalidParameter.IllegalParameterError" | "InvalidParameter.InvalidParameter" | "InvalidParameterValue" | "ResourceNotFound.InstanceNotExists";
  DescribeCommonDBInstances: "FailedOperation.SystemError" | "FailedOperation.Unknown" | "InternalError.DbOperationFailed" | "InvalidParameter" | "InvalidParameter.EmptyParam" | "InvalidParameter.InvalidParameter" | "InvalidParameter.PermissionDenied";
  DescribeDBSecurityGroups: "FailedOperation.AddInstanceInfoFailed" | "FailedOperation.AssociateSecurityGroupsFailed" | "FailedOperation.ClearInstanceInfoFailed" | "FailedOperation.DisassociateSecurityGroupsFailed" | "FailedOperation.GetSecurityGroupDetailFailed" | "InternalError.CamAuthOssResponseReturnCodeError" | "InternalError.ExecHttpRequestError" | "InternalError.ListInstancesError" | "InternalError.NetWorkErr" | "InvalidParameter.ActionNotFound" | "InvalidParameter.IllegalParameterError" | "InvalidParameter.NotSupported" | "InvalidParameter.PermissionDenied" | "ResourceNotFound.InstanceNotFound";
  DescribeGlobalReplicationArea: "FailedOperation.SystemError" | "InternalError.CamAuthOssResponseReturnCodeError" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation.NoCAMAuthed";
  DescribeInstanceAccount: "FailedOperation.SystemError" | "InternalError.InternalError" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList";
  DescribeInstanceBackups: "FailedOperation.SystemError" | "InternalError.DbOperationFailed" | "InternalError.InternalError" | "InvalidParameter.InvalidParameter" | "InvalidParameter.PermissionDenied" | "ResourceNotFound.InstanceNotExists" | "UnauthorizedOperation.NoCAMAuthed" | "UnsupportedOperation";
  DescribeInstanceDealDetail: "FailedOperation.SystemError" | "InvalidParameter.PermissionDenied" | "ResourceUnavailable.InstanceConfError";
  DescribeInstanceDTSInfo: "FailedOperation.SystemError" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation.NoCAMAuthed";
  DescribeInstanceEvents: "FailedOperation.SystemError" | "InternalError.DbOperationFailed" | "InvalidParameter.ActionNotFound" | "InvalidParameter.InvalidParameter" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation.NoCAMAuthed" | "UnsupportedOperation.InstanceNotOperation";
  DescribeInstanceLogDelivery: "InternalError.InternalError" | "ResourceNotFound.InstanceNotExists";
  DescribeInstanceMonitorBigKey: "FailedOperation.RedoFlowFailed";
  DescribeInstanceMonitorBigKeySizeDist: "FailedOperation.RedoFlowFailed";
  DescribeInstanceMonitorBigKeyTypeDist: "FailedOperation.RedoFlowFailed";
  DescribeInstanceMonitorHotKey: "FailedOperation.RedoFlowFailed";
  DescribeInstanceMonitorSIP: "FailedOperation.RedoFlowFailed";
  DescribeInstanceMonitorTookDist: "FailedOperation.RedoFlowFailed";
  DescribeInstanceMonitorTopNCmd: "FailedOperation.RedoFlowFailed";
  DescribeInstanceMonitorTopNCmdTook: "FailedOperation.RedoFlowFailed";
  DescribeInstanceNodeInfo: "FailedOperation.SystemError" | "FailedOperation.UnSupportError" | "InternalError.InternalError" | "InvalidParameter.PermissionDenied" | "ResourceNotFound.InstanceNotExists";
  DescribeInstanceParamRecords: "FailedOperation.SystemError" | "InternalError.DbOperationFailed" | "InternalError.InternalError" | "InvalidParameter.PermissionDenied" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceStatusError" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList" | "UnsupportedOperation.ClusterInstanceAccessedDeny";
  DescribeInstanceParams: "FailedOperation.SystemError" | "FailedOperation.UnSupportError" | "InternalError.DbOperationFailed" | "InternalError.InternalError" | "InvalidParameter" | "InvalidParameter.PermissionDenied" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceStatusError" | "UnauthorizedOperation" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList" | "UnsupportedOperation.ClusterInstanceAccessedDeny";
  DescribeInstances: "FailedOperation.SystemError" | "FailedOperation.Unknown" | "InternalError.DbOperationFailed" | "InvalidParameter" | "InvalidParameter.EmptyParam" | "InvalidParameter.InvalidParameter" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation.NoCAMAuthed" | "UnsupportedOperation";
  DescribeInstanceSecurityGroup: "FailedOperation.SystemError" | "InternalError.DbOperationFailed" | "InternalError.InternalError" | "InvalidParameter" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList" | "UnsupportedOperation";
  DescribeInstanceShards: "FailedOperation.SystemError" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.UnSupportedType";
  DescribeInstanceSpecBandwidth: "FailedOperation.SystemError" | "InternalError.DbOperationFailed" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation.NoCAMAuthed";
  DescribeInstanceSupportFeature: "InternalError.InternalError" | "InvalidParameter.ActionNotFound" | "InvalidParameter.PermissionDenied" | "ResourceNotFound.InstanceNotExists";
  DescribeInstanceZoneInfo: "FailedOperation.SystemError" | "FailedOperation.UnSupportError" | "FailedOperation.Unknown" | "InternalError.DbOperationFailed" | "InvalidParameter" | "InvalidParameter.EmptyParam" | "InvalidParameter.InvalidParameter" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation.NoCAMAuthed";
  DescribeMaintenanceWindow: "FailedOperation.SystemError" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList" | "UnsupportedOperation.ClusterInstanceAccessedDeny";
  DescribeParamTemplateInfo: "FailedOperation.SystemError" | "InvalidParameter" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList" | "UnsupportedOperation.ClusterInstanceAccessedDeny";
  DescribeParamTemplates: "FailedOperation.SystemError" | "InternalError.InternalError" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList";
  DescribeProductInfo: "FailedOperation.SystemError" | "InternalError.InternalError" | "InvalidParameter" | "InvalidParameter.EmptyParam" | "InvalidParameter.PermissionDenied";
  DescribeProjectSecurityGroup: "FailedOperation.SystemError" | "InternalError.DbOperationFailed" | "InternalError.InternalError" | "InvalidParameter" | "InvalidParameter.PermissionDenied" | "ResourceUnavailable.GetSecurityError" | "ResourceUnavailable.SecurityGroupNotSupported" | "UnauthorizedOperation" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList";
  DescribeProjectSecurityGroups: "FailedOperation.AddInstanceInfoFailed" | "FailedOperation.AssociateSecurityGroupsFailed" | "FailedOperation.ClearInstanceInfoFailed" | "FailedOperation.DisassociateSecurityGroupsFailed" | "FailedOperation.DtsStatusAbnormal" | "FailedOperation.FlowNotExists" | "FailedOperation.GetSecurityGroupDetailFailed" | "InvalidParameter.ActionNotFound" | "InvalidParameter.IllegalParameterError" | "InvalidParameter.NotSupported" | "InvalidParameter.PermissionDenied";
  DescribeProxySlowLog: "FailedOperation.SystemError" | "FailedOperation.Unknown" | "InternalError.DbOperationFailed" | "InvalidParameter.EmptyParam" | "InvalidParameter.PermissionDenied" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceStatusAbnormal" | "ResourceUnavailable.InstanceStatusError";
  DescribeRedisClusterOverview: "FailedOperation.SystemError";
  DescribeRedisClusters: "InternalError" | "InvalidParameter" | "ResourceNotFound";
  DescribeReplicationGroup: "FailedOperation.SystemError" | "InvalidParameterValue.ReplicationGroupNotExists";
  DescribeReplicationGroupInstance: "FailedOperation.SystemError" | "InternalError.CamAuthOssResponseReturnCodeError" | "InternalError.DbOperationFailed" | "InvalidParameter.InvalidParameter" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation.NoCAMAuthed";
  DescribeSecondLevelBackupInfo: "FailedOperation.SystemError" | "FailedOperation.UnSupportError" | "InvalidParameter.NotSupported" | "InvalidParameter.PermissionDenied" | "ResourceNotFound.InstanceNotExists";
  DescribeSlowLog: "FailedOperation.SystemError" | "InternalError.DbOperationFailed" | "InvalidParameter.EmptyParam" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.UnSupportedType" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceStatusError";
  DescribeSSLStatus: "FailedOperation.SystemError" | "InternalError" | "InvalidParameter" | "InvalidParameter.ActionNotFound" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.UnSupportedType" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceStatusError";
  DescribeTaskInfo: "FailedOperation.SystemError" | "InvalidParameter.InvalidParameter" | "InvalidParameter.PermissionDenied";
  DescribeTaskList: "FailedOperation.SystemError" | "InternalError.DbOperationFailed" | "InternalError.InternalError" | "InvalidParameter.PermissionDenied";
  DescribeTendisSlowLog: "FailedOperation.Unknown" | "InvalidParameter.EmptyParam" | "InvalidParameter.PermissionDenied" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceStatusError";
  DestroyPostpaidInstance: "FailedOperation.SystemError" | "InternalError.DbOperationFailed" | "InternalError.InternalError" | "InvalidParameter" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.UnSupportedType" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceStatusError" | "UnauthorizedOperation" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList";
  DestroyPrepaidInstance: "FailedOperation.SystemError" | "FailedOperation.Unknown" | "InternalError.DbOperationFailed" | "InternalError.InternalError" | "InvalidParameter" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.UnSupportedType" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceDeleted" | "ResourceUnavailable.InstanceIsolated" | "ResourceUnavailable.InstanceNoDeal" | "UnauthorizedOperation" | "UnauthorizedOperation.NoCAMAuthed";
  DisableReplicaReadonly: "FailedOperation.SystemError" | "FailedOperation.UnSupportError" | "InternalError.DbOperationFailed" | "InternalError.InternalError" | "InvalidParameter.PermissionDenied" | "ResourceUnavailable.CallOssError";
  DisassociateSecurityGroups: "FailedOperation.AddInstanceInfoFailed" | "FailedOperation.AssociateSecurityGroupsFailed" | "FailedOperation.ClearInstanceInfoFailed" | "FailedOperation.DisassociateSecurityGroupsFailed" | "InternalError.InstanceOperatePermissionError" | "InternalError.ListInstancesError" | "InvalidParameter.NotSupported" | "InvalidParameter.PermissionDenied" | "ResourceNotFound.InstanceNotFound";
  EnableReplicaReadonly: "FailedOperation.SystemError" | "FailedOperation.UnSupportError" | "InternalError.DbOperationFailed" | "InternalError.InternalError" | "InvalidParameter.PermissionDenied" | "ResourceUnavailable.CallOssError" | "ResourceUnavailable.InstanceConfError";
  InquiryPriceCreateInstance: "FailedOperation.SystemError" | "InternalError.InternalError" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.SpecNotExist" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList";
  InquiryPriceUpgradeInstance: "FailedOperation.SystemError" | "InvalidParameter.InvalidParameter" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.ReduceCapacityNotAllowed" | "InvalidParameterValue.SpecNotExist" | "LimitExceeded.MemSizeNotInRange" | "ResourceUnavailable.InstanceStateError" | "ResourceUnavailable.InstanceStatusError";
  KillMasterGroup: "AuthFailure" | "AuthFailure.InvalidAuthorization" | "FailedOperation.SystemError" | "FailedOperation.UnSupportError" | "InternalError.InternalError" | "InvalidParameter.IllegalParameterError" | "InvalidParameter.InvalidParameter" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.PasswordEmpty" | "InvalidParameterValue.PasswordError" | "InvalidParameterValue.PasswordRuleError" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceNotSupportOperation" | "ResourceUnavailable.InstanceStatusError";
  ManualBackupInstance: "FailedOperation.CommitFlowError" | "FailedOperation.SystemError" | "InternalError.InternalError" | "InvalidParameter.InvalidParameter" | "InvalidParameter.PermissionDenied" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceLockedError" | "ResourceUnavailable.InstanceStateError" | "ResourceUnavailable.InstanceStatusAbnormal" | "UnauthorizedOperation.NoCAMAuthed";
  ModfiyInstancePassword: "FailedOperation.SystemError" | "InvalidParameter.EmptyParam" | "InvalidParameter.InvalidParameter" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.PasswordError" | "InvalidParameterValue.PasswordRuleError" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceLockedError" | "ResourceUnavailable.InstanceStatusAbnormal" | "UnauthorizedOperation.NoCAMAuthed";
  ModifyAutoBackupConfig: "FailedOperation.Unknown" | "InternalError.InternalError" | "InvalidParameter.InvalidParameter" | "InvalidParameter.NotSupported" | "InvalidParameter.Period" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.WeekDaysIsInvalid" | "ResourceNotFound.InstanceNotExists" | "UnauthorizedOperation.NoCAMAuthed";
  ModifyBackupDownloadRestriction: "FailedOperation.SystemError" | "InternalError.DbOperationFailed" | "InvalidParameter.InvalidParameter" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation.NoCAMAuthed";
  ModifyConnectionConfig: "FailedOperation.SystemError" | "InvalidParameter.PermissionDenied";
  ModifyDBInstanceSecurityGroups: "FailedOperation.AddInstanceInfoFailed" | "FailedOperation.AssociateSecurityGroupsFailed" | "FailedOperation.ClearInstanceInfoFailed" | "FailedOperation.DisassociateSecurityGroupsFailed" | "FailedOperation.GetSecurityGroupDetailFailed" | "FailedOperation.SetRuleLocationFailed" | "FailedOperation.UpdateInstanceInfoFailed" | "FailedOperation.UpdateSecurityGroupsFailed" | "InternalError.InstanceOperatePermissionError" | "InternalError.ListInstancesError" | "InvalidParameter.InstanceSGOverLimitError" | "InvalidParameter.NotSupported" | "InvalidParameter.PermissionDenied";
  ModifyInstance: "FailedOperation.SystemError" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList" | "UnsupportedOperation.ClusterInstanceAccessedDeny" | "UnsupportedOperation.IsAutoRenewError" | "UnsupportedOperation.OnlyClusterInstanceCanExportBackup";
  ModifyInstanceAccount: "FailedOperation.SystemError" | "FailedOperation.UnSupportError" | "InternalError.InternalError" | "InvalidParameter.PermissionDenied" | "ResourceUnavailable.GetSecurityError" | "ResourceUnavailable.InstanceStatusError" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList";
  ModifyInstanceAvailabilityZones: "FailedOperation.SystemError" | "FailedOperation.Unknown" | "InternalError.InternalError" | "InvalidParameter.InvalidParameter" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.CheckNotPass" | "InvalidParameterValue.UnSupportedType" | "LimitExceeded.ReplicationGroupLocked" | "ResourceInsufficient" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceStatusAbnormal" | "ResourceUnavailable.InstanceStatusError" | "UnsupportedOperation.InstanceNotOperation";
  ModifyInstanceBackupMode: "FailedOperation.SystemError" | "FailedOperation.UnSupportError" | "InvalidParameter.NotSupported" | "InvalidParameter.PermissionDenied" | "ResourceNotFound.InstanceNotExists";
  ModifyInstanceEvent: "FailedOperation.SystemError" | "InternalError.DbOperationFailed" | "InvalidParameter.InvalidParameter" | "UnauthorizedOperation.NoCAMAuthed" | "UnsupportedOperation.InstanceNotOperation";
  ModifyInstanceLogDelivery: "InternalError.InternalError" | "InvalidParameter.InvalidParameter" | "InvalidParameter.NotSupported" | "ResourceNotFound.InstanceNotExists";
  ModifyInstanceParams: "FailedOperation.UnSupportError" | "InternalError.DbOperationFailed" | "InternalError.InternalError" | "InvalidParameter" | "InvalidParameter.PermissionDenied" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.CallOssError" | "ResourceUnavailable.InstanceConfError" | "ResourceUnavailable.InstanceLockedError" | "ResourceUnavailable.InstanceStateError" | "UnauthorizedOperation" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList" | "UnsupportedOperation.LowVersion";
  ModifyInstanceReadOnly: "AuthFailure" | "FailedOperation.SystemError" | "InternalError" | "InvalidParameter" | "ResourceNotFound" | "ResourceNotFound.InstanceNotExists";
  ModifyMaintenanceWindow: "FailedOperation.SystemError" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList" | "UnsupportedOperation.ClusterInstanceAccessedDeny" | "UnsupportedOperation.IsAutoRenewError";
  ModifyNetworkConfig: "FailedOperation.SystemError" | "FailedOperation.Unknown" | "InternalError.DbOperationFailed" | "InternalError.InternalError" | "InvalidParameter" | "InvalidParameter.NotSupported" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.CheckNotPass" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceLockedError" | "ResourceUnavailable.InstanceStatusError" | "ResourceUnavailable.InstanceUnLockedError" | "UnauthorizedOperation" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList";
  ModifyParamTemplate: "FailedOperation.SystemError" | "InternalError.InternalError" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList";
  ModifyReplicationGroup: "FailedOperation.SystemError" | "InternalError.CamAuthOssResponseReturnCodeError" | "InternalError.DbOperationFailed" | "InvalidParameter.InvalidParameter" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation.NoCAMAuthed";
  OpenSSL: "FailedOperation.SystemError" | "FailedOperation.UnSupportError" | "InternalError" | "InvalidParameter" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.UnSupportedType" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceStatusError" | "UnsupportedOperation.InstanceNotOperation" | "UnsupportedOperation.LimitProxyVersion";
  ReleaseWanAddress: "FailedOperation.SystemError" | "FailedOperation.Unknown" | "InvalidParameter.PermissionDenied";
  RemoveReplicationGroup: "FailedOperation.SystemError" | "InternalError" | "InternalError.CamAuthOssResponseReturnCodeError" | "InternalError.InternalError" | "InternalError.NetWorkErr" | "InvalidParameter" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.ReplicationGroupNotExists" | "UnauthorizedOperation.NoCAMAuthed";
  RemoveReplicationInstance: "FailedOperation.SystemError" | "InternalError.DbOperationFailed" | "InvalidParameterValue.CheckNotPass" | "InvalidParameterValue.ReplicationGroupNotExists" | "LimitExceeded.ReplicationGroupLocked" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceStatusError" | "UnsupportedOperation.Inspection" | "UnsupportedOperation.InstanceNotOperation";
  RenewInstance: "FailedOperation.PayFailed" | "FailedOperation.SystemError" | "InvalidParameter.EmptyParam" | "InvalidParameter.PermissionDenied" | "LimitExceeded.PeriodExceedMaxLimit" | "LimitExceeded.PeriodLessThanMinLimit" | "ResourceInUse.InstanceBeenLocked" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.AccountBalanceNotEnough" | "ResourceUnavailable.InstanceDeleted";
  ResetPassword: "FailedOperation.SystemError" | "FailedOperation.UnSupportError" | "FailedOperation.Unknown" | "InternalError.DbOperationFailed" | "InvalidParameter" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.PasswordFreeDenied" | "InvalidParameterValue.PasswordRuleError" | "ResourceUnavailable.InstanceStatusAbnormal" | "UnauthorizedOperation.NoCAMAuthed";
  RestoreInstance: "FailedOperation.SystemError" | "InternalError.InternalError" | "InvalidParameter.InvalidParameter" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.BackupNotExists" | "InvalidParameterValue.PasswordError" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.BackupLockedError" | "ResourceUnavailable.BackupSpecError" | "ResourceUnavailable.BackupStatusAbnormal" | "ResourceUnavailable.InstanceLockedError" | "ResourceUnavailable.InstanceStateError" | "ResourceUnavailable.InstanceStatusAbnormal" | "UnauthorizedOperation.NoCAMAuthed";
  StartupInstance: "FailedOperation.PayFailed" | "FailedOperation.SystemError" | "FailedOperation.UnSupportError" | "FailedOperation.Unknown" | "InternalError.InternalError" | "InvalidParameter.EmptyParam" | "InvalidParameter.PermissionDenied" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceLockedError" | "ResourceUnavailable.InstanceStatusAbnormal";
  SwitchAccessNewInstance: "InternalError.InternalError" | "InvalidParameter.PermissionDenied" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.InstanceStatusAbnormal" | "ResourceUnavailable.InstanceStatusError";
  SwitchInstanceVip: "FailedOperation.DtsStatusAbnormal" | "FailedOperation.SystemError" | "InternalError.DbOperationFailed" | "InternalError.InternalError" | "InvalidParameter.InvalidParameter" | "InvalidParameterValue.UnSupportedType" | "ResourceUnavailable.InstanceStateError" | "ResourceUnavailable.InstanceStatusAbnormal";
  SwitchProxy: "AuthFailure" | "FailedOperation.SystemError" | "InternalError" | "InvalidParameter" | "InvalidParameter.PermissionDenied" | "ResourceNotFound.InstanceNotExists";
  UpgradeInstance: "FailedOperation.PayFailed" | "FailedOperation.SystemError" | "FailedOperation.Unknown" | "InvalidParameter.InvalidParameter" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.MemSizeNotInRange" | "InvalidParameterValue.ReduceCapacityNotAllowed" | "InvalidParameterValue.SpecNotExist" | "InvalidParameterValue.UnSupportedType" | "LimitExceeded" | "LimitExceeded.InvalidMemSize" | "ResourceInsufficient" | "ResourceNotFound.InstanceNotExists" | "ResourceUnavailable.AccountBalanceNotEnough" | "ResourceUnavailable.InstanceStatusAbnormal" | "ResourceUnavailable.InstanceStatusError" | "ResourceUnavailable.SaleOut" | "UnauthorizedOperation.NoCAMAuthed" | "UnsupportedOperation.LowVersion";
  UpgradeInstanceVersion: "FailedOperation.SystemError" | "FailedOperation.Unknown" | "InvalidParameter.PermissionDenied" | "UnauthorizedOperation.NoCAMAuthed" | "UnauthorizedOperation.UserNotInWhiteList";
  UpgradeProxyVersion: "FailedOperation.SystemError" | "InvalidParameter.PermissionDenied" | "InvalidParameterValue.CheckNotPass";
  UpgradeSmallVersion: "FailedOperation.SystemError" | "FailedOperation.Unknown" | "InvalidParameter.PermissionDenied" | "UnsupportedOperation.InstanceNotOperation";
  UpgradeVersionToMultiAvailabilityZones: "FailedOperation.SystemError" | "FailedOperation.Unknown" | "InvalidParameter.InvalidParameter" | "InvalidParameter.PermissionDenied" | "UnsupportedOperation.InstanceNotOperation" | "UnsupportedOperation.LimitProxyVersion";
}
/** A TencentDB for Redis service error whose `code` is known to be `C`. */
export type RedisError<C extends string = RedisErrorCode> = ServiceError & {
  readonly code: C;
};
/**
 * Narrows a caught value to a service error, optionally with the given documented code.
 *
 * @example
 * ```ts
 * try { … } catch (e) {
 *   if (isRedisError(e, "ResourceNotFound")) { … }
 * }
 * ```
 */
export declare function isRedisError<C extends RedisErrorCode>(error: unknown, code?: C): error is RedisError<C>;
