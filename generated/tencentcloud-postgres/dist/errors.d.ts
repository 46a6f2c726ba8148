import { ServiceError } from "@doc2sdk/runtime";
/**
 * Every error code the TencentDB for PostgreSQL reference lists (common, service and per-action
 * codes), as an enum-like object.
 */
export declare const PostgresErrorCode: {
  /** The current account does not exist. */
  readonly AccountNotExist: "AccountNotExist";
  /** This API has been deprecated.
   * 
   * A common error code: any action may return it. */
  readonly ActionOffline: "ActionOffline";
  /** CAM signature/authentication error. DBError Backend database execution error. */
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
  /** DryRun Operation. It means that the request would have succeeded, but the DryRun parameter was used.
   * 
   * A common error code: any action may return it. */
  readonly DryRunOperation: "DryRunOperation";
  /** Operation failed.
   * 
   * A common error code: any action may return it. */
  readonly FailedOperation: "FailedOperation";
  /** Failed to request a quota for resource tags. */
  readonly FailedOperation_AllocateQuotasError: "FailedOperation.AllocateQuotasError";
  /** Failed to access classic network. Please try again later. If the problem persists, please contact
   * customer service. */
  readonly FailedOperation_BaseNetworkAccessError: "FailedOperation.BaseNetworkAccessError";
  /** Failed to access CMQ. */
  readonly FailedOperation_CMQResponseError: "FailedOperation.CMQResponseError";
  /** CAM authentication failed. */
  readonly FailedOperation_CamAuthFailed: "FailedOperation.CamAuthFailed";
  /** Failed to get permissions. Please try again later. If the problem persists, please contact customer
   * service. */
  readonly FailedOperation_CamCheckResourceError: "FailedOperation.CamCheckResourceError";
  /** Failed to check resource permissions through CAM. */
  readonly FailedOperation_CamCheckResourceFailed: "FailedOperation.CamCheckResourceFailed";
  /** Authentication failed. Please try again later. If the problem persists, please contact customer
   * service. */
  readonly FailedOperation_CamSigAndAuthError: "FailedOperation.CamSigAndAuthError";
  /** Failed to get project information. Please try again later. If the problem persists, please contact
   * customer service. */
  readonly FailedOperation_CdbCgwConnectError: "FailedOperation.CdbCgwConnectError";
  /** Classic network creation is unsupported. */
  readonly FailedOperation_CreateBasicNetworkDeniedError: "FailedOperation.CreateBasicNetworkDeniedError";
  /** Failed to create the renewal order. */
  readonly FailedOperation_CreateOrderFailed: "FailedOperation.CreateOrderFailed";
  /** Failed to access database management service. Please try again later. If the problem persists,
   * please contact customer service. */
  readonly FailedOperation_DatabaseAccessError: "FailedOperation.DatabaseAccessError";
  /** Data operation failed. Please contact customer service. */
  readonly FailedOperation_DatabaseAffectedError: "FailedOperation.DatabaseAffectedError";
  /** Failed to delete VPC routes. */
  readonly FailedOperation_DeleteAllRoute: "FailedOperation.DeleteAllRoute";
  /** Failed to unbind resources from a project. */
  readonly FailedOperation_DeleteResourceProjectTagError: "FailedOperation.DeleteResourceProjectTagError";
  /** Failed to unbind the resource from the tag. */
  readonly FailedOperation_DeleteResourcesToTagError: "FailedOperation.DeleteResourcesToTagError";
  /** Failed to access ES. Please try again later. If the problem persists, please contact customer
   * service. */
  readonly FailedOperation_ESConnectError: "FailedOperation.ESConnectError";
  /** Failed to query ES. Please try again later. If the problem persists, please contact customer
   * service. */
  readonly FailedOperation_ESQueryError: "FailedOperation.ESQueryError";
  /** Operation failed. Please try again later. */
  readonly FailedOperation_FailedOperationError: "FailedOperation.FailedOperationError";
  /** Failed to create a task. Please try again later. If the problem persists, please contact customer
   * service. */
  readonly FailedOperation_FlowCreateError: "FailedOperation.FlowCreateError";
  /** Failed to query the instance information. Please try again later. */
  readonly FailedOperation_GetInstanceByResourceIdError: "FailedOperation.GetInstanceByResourceIdError";
  /** Failed to get the purchase record. */
  readonly FailedOperation_GetPurchaseRecordFailed: "FailedOperation.GetPurchaseRecordFailed";
  /** Failed to query VPC subnets. */
  readonly FailedOperation_GetSubnetError: "FailedOperation.GetSubnetError";
  /** Failed to query VPC information. Please try again later. If the problem persists, please contact
   * customer service. */
  readonly FailedOperation_GetVpcInfoError: "FailedOperation.GetVpcInfoError";
  /** Invalid number of read-only replicas. */
  readonly FailedOperation_IllegalROInstanceNum: "FailedOperation.IllegalROInstanceNum";
  /** The account status is incorrect, so the operation is not allowed. */
  readonly FailedOperation_InvalidAccountStatus: "FailedOperation.InvalidAccountStatus";
  /** Billing error. Corresponding purchase/renewal/configuration change operations are not allowed for
   * the current instance. */
  readonly FailedOperation_InvalidTradeOperate: "FailedOperation.InvalidTradeOperate";
  /** Operations are not allowed on the instance. */
  readonly FailedOperation_LimitOperation: "FailedOperation.LimitOperation";
  /** Failed to query the primary instance information. */
  readonly FailedOperation_MasterInstanceQueryError: "FailedOperation.MasterInstanceQueryError";
  /** Failed to modify RO group configuration. */
  readonly FailedOperation_ModifyROGroupError: "FailedOperation.ModifyROGroupError";
  /** The number of networks does not meet resource requirements. */
  readonly FailedOperation_NetworkNumLimitError: "FailedOperation.NetworkNumLimitError";
  /** The instance has no available standby server. */
  readonly FailedOperation_NoAvailableStandby: "FailedOperation.NoAvailableStandby";
  /** The operation frequency limit is exceeded. Try again later. If the problem persists, contact
   * customer service. */
  readonly FailedOperation_OperateFrequencyLimitedError: "FailedOperation.OperateFrequencyLimitedError";
  /** Failed to access database management service. Please try again later. If the problem persists,
   * please contact customer service. */
  readonly FailedOperation_OssAccessError: "FailedOperation.OssAccessError";
  /** Failed to request the backend API. */
  readonly FailedOperation_OssOperationFailed: "FailedOperation.OssOperationFailed";
  /** Failed to make order payment. */
  readonly FailedOperation_PayOrderFailed: "FailedOperation.PayOrderFailed";
  /** Failed to unfreeze the account of a pay-as-you-go instance. Please try again later. If the problem
   * persists, please contact customer service. */
  readonly FailedOperation_PostPaidUnblockError: "FailedOperation.PostPaidUnblockError";
  /** Pre-check failed */
  readonly FailedOperation_PreCheckError: "FailedOperation.PreCheckError";
  /** An error occurred while getting the pre-signed authorization URL. */
  readonly FailedOperation_PresignedURLGetError: "FailedOperation.PresignedURLGetError";
  /** Failed to query the order information. */
  readonly FailedOperation_QueryDealFailed: "FailedOperation.QueryDealFailed";
  /** Failed to query instance information in batches. Please try again later. If the problem persists,
   * please contact customer service. */
  readonly FailedOperation_QueryInstanceBatchError: "FailedOperation.QueryInstanceBatchError";
  /** Failed to query the price. */
  readonly FailedOperation_QueryPriceFailed: "FailedOperation.QueryPriceFailed";
  /** Failed to query specifications. */
  readonly FailedOperation_QuerySpecBySpecCodeError: "FailedOperation.QuerySpecBySpecCodeError";
  /** Failed to query specifications. Please try again later. If the problem persists, please contact
   * customer service. */
  readonly FailedOperation_QuerySpecError: "FailedOperation.QuerySpecError";
  /** Failed to query the order status. */
  readonly FailedOperation_QueryTradeStatusError: "FailedOperation.QueryTradeStatusError";
  /** Failed to query VPC. */
  readonly FailedOperation_QueryVpcFailed: "FailedOperation.QueryVpcFailed";
  /** Failed to get VPC details. */
  readonly FailedOperation_QueryVpcFalied: "FailedOperation.QueryVpcFalied";
  /** This RO group has at least one read-only replica, so it cannot be deleted. */
  readonly FailedOperation_ROGroupCannotBeDeletedError: "FailedOperation.ROGroupCannotBeDeletedError";
  /** The primary instance information of the RO group is not matched. */
  readonly FailedOperation_ROGroupMasterInstanceNotRight: "FailedOperation.ROGroupMasterInstanceNotRight";
  /** The RO group does not exist. */
  readonly FailedOperation_ROGroupNotFound: "FailedOperation.ROGroupNotFound";
  /** The RO group does not exist. */
  readonly FailedOperation_ROGroupNotFoundError: "FailedOperation.ROGroupNotFoundError";
  /** The maximum number of RO groups has been reached. */
  readonly FailedOperation_ROGroupNumExceedError: "FailedOperation.ROGroupNumExceedError";
  /** This read-only replica already belongs to another RO group. */
  readonly FailedOperation_ROInstanceHasInROGroupError: "FailedOperation.ROInstanceHasInROGroupError";
  /** Serverless instances do not support the operation. */
  readonly FailedOperation_ServerlessNotSupportedError: "FailedOperation.ServerlessNotSupportedError";
  /** Failed to access internal service. Please try again later. If the problem persists, please contact
   * customer service. */
  readonly FailedOperation_ServiceAccessError: "FailedOperation.ServiceAccessError";
  /** Failed to set the auto-renewal flag. */
  readonly FailedOperation_SetAutoRenewFlagError: "FailedOperation.SetAutoRenewFlagError";
  /** The memory and storage capacity to which an instance is upgraded should be higher than its original
   * memory and storage capacity. */
  readonly FailedOperation_StorageMemoryCheckError: "FailedOperation.StorageMemoryCheckError";
  /** Incorrect storage path format */
  readonly FailedOperation_StorePathSplitError: "FailedOperation.StorePathSplitError";
  /** Failed to access the billing platform. Please try again later. If the problem persists, please
   * contact customer service. */
  readonly FailedOperation_TradeAccessError: "FailedOperation.TradeAccessError";
  /** Failed to request the billing platform to create an order. */
  readonly FailedOperation_TradeCreateError: "FailedOperation.TradeCreateError";
  /** Failed to request to pay for the order. */
  readonly FailedOperation_TradePayOrdersError: "FailedOperation.TradePayOrdersError";
  /** Failed to query order information. Please try again later. If the problem persists, please contact
   * customer service. */
  readonly FailedOperation_TradeQueryOrderError: "FailedOperation.TradeQueryOrderError";
  /** Failed to query pricing information. Please try again later. If the problem persists, please contact
   * customer service. */
  readonly FailedOperation_TradeQueryPriceError: "FailedOperation.TradeQueryPriceError";
  /** Failed to modify the resource tag. */
  readonly FailedOperation_UpdateResourceProjectTagValueError: "FailedOperation.UpdateResourceProjectTagValueError";
  /** Failed to configure the VPC. */
  readonly FailedOperation_VPCResetServiceError: "FailedOperation.VPCResetServiceError";
  /** Failed to update VPC routes. */
  readonly FailedOperation_VPCUpdateRouteError: "FailedOperation.VPCUpdateRouteError";
  /** Failed to query the allowlist. Try again later. If the problem persists, contact customer service. */
  readonly FailedOperation_WhitelistConnectError: "FailedOperation.WhitelistConnectError";
  /** Failed to create the task. */
  readonly FlowError: "FlowError";
  /** The current instance does not exist. */
  readonly InstanceNotExist: "InstanceNotExist";
  /** ACTION input error. */
  readonly InterfaceNameNotFound: "InterfaceNameNotFound";
  /** Internal error.
   * 
   * A common error code: any action may return it. */
  readonly InternalError: "InternalError";
  /** CGW error. */
  readonly InternalError_CgwError: "InternalError.CgwError";
  /** Basic network error. */
  readonly InternalError_CnsError: "InternalError.CnsError";
  /** Backend database execution error. */
  readonly InternalError_DBError: "InternalError.DBError";
  /** DFW error. */
  readonly InternalError_DfwError: "InternalError.DfwError";
  /** Failed to create the flow. */
  readonly InternalError_FlowError: "InternalError.FlowError";
  /** Failed to access database management service. Please contact customer service. */
  readonly InternalError_InstanceDataError: "InternalError.InstanceDataError";
  /** An exception occurred while executing the request. */
  readonly InternalError_InternalHttpServerError: "InternalError.InternalHttpServerError";
  /** An exception occurred while executing the request. */
  readonly InternalError_InternalServerError: "InternalError.InternalServerError";
  /** Failed to parse background data. Please contact customer service. */
  readonly InternalError_MarshalError: "InternalError.MarshalError";
  /** System error. When this error occurs, please contact customer service for assistance. */
  readonly InternalError_SystemError: "InternalError.SystemError";
  /** Failed to enable transactions */
  readonly InternalError_TransactionBeginError: "InternalError.TransactionBeginError";
  /** Unknown error. When this error occurs, please contact customer service for assistance. */
  readonly InternalError_UnknownError: "InternalError.UnknownError";
  /** VPC error. */
  readonly InternalError_VpcError: "InternalError.VpcError";
  /** Internal error.
   * 
   * A common error code: any action may return it. */
  readonly InternalServerError: "InternalServerError";
  /** Basic network error. */
  readonly InternalServerError_CnsError: "InternalServerError.CnsError";
  /** Backend database execution error. */
  readonly InternalServerError_DBError: "InternalServerError.DBError";
  /** DFW error. */
  readonly InternalServerError_DfwError: "InternalServerError.DfwError";
  /** Failed to create the flow. */
  readonly InternalServerError_FlowError: "InternalServerError.FlowError";
  /** An exception occurred while executing the request. */
  readonly InternalServerError_InternalHttpServerError: "InternalServerError.InternalHttpServerError";
  /** System error. When this error occurs, please contact customer service for assistance. */
  readonly InternalServerError_SystemError: "InternalServerError.SystemError";
  /** Unknown error. When this error occurs, please contact customer service for assistance. */
  readonly InternalServerError_UnknownError: "InternalServerError.UnknownError";
  /** VPC error. */
  readonly InternalServerError_VpcError: "InternalServerError.VpcError";
  /** Incorrect account password. */
  readonly InvalidAccountPassword: "InvalidAccountPassword";
  /** The current account status is incorrect, so the operation is not allowed. */
  readonly InvalidAccountStatus: "InvalidAccountStatus";
  /** The API does not exist.
   * 
   * A common error code: any action may return it. */
  readonly InvalidAction: "InvalidAction";
  /** Incorrect instance status. */
  readonly InvalidInstanceStatus: "InvalidInstanceStatus";
  /** Incorrect parameter.
   * 
   * A common error code: any action may return it. */
  readonly InvalidParameter: "InvalidParameter";
  /** The instance name already exists. */
  readonly InvalidParameter_InstanceNameExist: "InvalidParameter.InstanceNameExist";
  /** Failed to check the parameter. */
  readonly InvalidParameter_ParameterCheckError: "InvalidParameter.ParameterCheckError";
  /** You can't left all parameters empty.You need to set at least one of the parameters. */
  readonly InvalidParameter_ParametersNotSet: "InvalidParameter.ParametersNotSet";
  /** Incorrect PID */
  readonly InvalidParameter_TradeAccessDeniedError: "InvalidParameter.TradeAccessDeniedError";
  /** Failed to query VPC information. */
  readonly InvalidParameter_VpcNotFound: "InvalidParameter.VpcNotFound";
  /** Failed to query VPC information. */
  readonly InvalidParameter_VpcNotFoundError: "InvalidParameter.VpcNotFoundError";
  /** Invalid parameter value.
   * 
   * A common error code: any action may return it. */
  readonly InvalidParameterValue: "InvalidParameterValue";
  /** The current account already exists. */
  readonly InvalidParameterValue_AccountExist: "InvalidParameterValue.AccountExist";
  /** The current account does not exist. */
  readonly InvalidParameterValue_AccountNotExist: "InvalidParameterValue.AccountNotExist";
  /** The account does not exist. */
  readonly InvalidParameterValue_AccountNotExistError: "InvalidParameterValue.AccountNotExistError";
  /** The instance specification to upgrade to is not purchasable. */
  readonly InvalidParameterValue_BadSpec: "InvalidParameterValue.BadSpec";
  /** Incorrect database character set */
  readonly InvalidParameterValue_CharsetNotFound: "InvalidParameterValue.CharsetNotFound";
  /** Incorrect database character set */
  readonly InvalidParameterValue_CharsetNotFoundError: "InvalidParameterValue.CharsetNotFoundError";
  /** Failed to convert data format. Please contact customer service. */
  readonly InvalidParameterValue_DataConvertError: "InvalidParameterValue.DataConvertError";
  /** Unsupported billing type. */
  readonly InvalidParameterValue_IllegalChargeType: "InvalidParameterValue.IllegalChargeType";
  /** Incorrect billing mode. */
  readonly InvalidParameterValue_IllegalInstanceChargeType: "InvalidParameterValue.IllegalInstanceChargeType";
  /** Invalid ProjectId . */
  readonly InvalidParameterValue_IllegalProjectId: "InvalidParameterValue.IllegalProjectId";
  /** Invalid Region parameter. */
  readonly InvalidParameterValue_IllegalRegion: "InvalidParameterValue.IllegalRegion";
  /** Invalid Zone parameter. */
  readonly InvalidParameterValue_IllegalZone: "InvalidParameterValue.IllegalZone";
  /** The account already exists. */
  readonly InvalidParameterValue_InstanceNameExist: "InvalidParameterValue.InstanceNameExist";
  /** The current instance does not exist. */
  readonly InvalidParameterValue_InstanceNotExist: "InvalidParameterValue.InstanceNotExist";
  /** Incorrect ACTION . */
  readonly InvalidParameterValue_InterfaceNameNotFound: "InvalidParameterValue.InterfaceNameNotFound";
  /** Invalid account. The account name is case-insensitive, must contain 1-16 characters comprised of
   * letters, digits, underscores, and should neither be "postgres" nor start with a digit or "pg_". */
  readonly InvalidParameterValue_InvalidAccountError: "InvalidParameterValue.InvalidAccountError";
  /** Incorrect account format. */
  readonly InvalidParameterValue_InvalidAccountFormat: "InvalidParameterValue.InvalidAccountFormat";
  /** The current account name cannot be a reserved character. */
  readonly InvalidParameterValue_InvalidAccountName: "InvalidParameterValue.InvalidAccountName";
  /** Incorrect database character set. Currently, only UTF8 and LATIN1 are supported. */
  readonly InvalidParameterValue_InvalidCharset: "InvalidParameterValue.InvalidCharset";
  /** The number of purchased instances exceeds the limit. */
  readonly InvalidParameterValue_InvalidInstanceNum: "InvalidParameterValue.InvalidInstanceNum";
  /** The instance specification to upgrade to cannot be lower than the current instance specification. */
  readonly InvalidParameterValue_InvalidInstanceVolume: "InvalidParameterValue.InvalidInstanceVolume";
  /** Billing error. Invalid order type ID. */
  readonly InvalidParameterValue_InvalidOrderNum: "InvalidParameterValue.InvalidOrderNum";
  /** Incorrect parameter value */
  readonly InvalidParameterValue_InvalidParameterValueError: "InvalidParameterValue.InvalidParameterValueError";
  /** Incorrect password format. */
  readonly InvalidParameterValue_InvalidPasswordFormat: "InvalidParameterValue.InvalidPasswordFormat";
  /** Invalid password. The password length does not meet the requirements. */
  readonly InvalidParameterValue_InvalidPasswordLengthError: "InvalidParameterValue.InvalidPasswordLengthError";
  /** Invalid password. The password must contain uppercase letters, lowercase letters, digits, and
   * symbols ( ()`~!@#\$\$%^&*~+=_ */
  readonly InvalidParameterValue_InvalidPasswordValueError: "InvalidParameterValue.InvalidPasswordValueError";
  /** Incorrect PID parameter. */
  readonly InvalidParameterValue_InvalidPid: "InvalidParameterValue.InvalidPid";
  /** RO group in incorrect status */
  readonly InvalidParameterValue_InvalidReadOnlyGroupStatus: "InvalidParameterValue.InvalidReadOnlyGroupStatus";
  /** Invalid region */
  readonly InvalidParameterValue_InvalidRegionIdError: "InvalidParameterValue.InvalidRegionIdError";
  /** Invalid availability zone. */
  readonly InvalidParameterValue_InvalidZoneIdError: "InvalidParameterValue.InvalidZoneIdError";
  /** Invalid availability zone. */
  readonly InvalidParameterValue_InvalidZoneldError: "InvalidParameterValue.InvalidZoneldError";
  /** Empty order name. */
  readonly InvalidParameterValue_NullDealNames: "InvalidParameterValue.NullDealNames";
  /** Invalid parameter. The parameter can contain only letters, digits, underscores, and hyphens. */
  readonly InvalidParameterValue_ParameterCharacterError: "InvalidParameterValue.ParameterCharacterError";
  /** The parameter is invalid. Please modify it and try again. */
  readonly InvalidParameterValue_ParameterCharacterLimitError: "InvalidParameterValue.ParameterCharacterLimitError";
  /** The parameter prefix is invalid. Please modify it and try again. */
  readonly InvalidParameterValue_ParameterCharacterPreLimitError: "InvalidParameterValue.ParameterCharacterPreLimitError";
  /** Failed to process the parameter. Please check if the parameter value is valid. */
  readonly InvalidParameterValue_ParameterHandleError: "InvalidParameterValue.ParameterHandleError";
  /** The length of parameter exceeds the limit. */
  readonly InvalidParameterValue_ParameterLengthLimitError: "InvalidParameterValue.ParameterLengthLimitError";
  /** Invalid parameter */
  readonly InvalidParameterValue_ParameterOutOfRange: "InvalidParameterValue.ParameterOutOfRange";
  /** Invalid parameter values. */
  readonly InvalidParameterValue_ParameterOutOfRangeError: "InvalidParameterValue.ParameterOutOfRangeError";
  /** The maximum value of the parameter has been reached. */
  readonly InvalidParameterValue_ParameterValueExceedError: "InvalidParameterValue.ParameterValueExceedError";
  /** The RO group does not exist. */
  readonly InvalidParameterValue_ReadOnlyGroupNotExist: "InvalidParameterValue.ReadOnlyGroupNotExist";
  /** The current region is not supported. */
  readonly InvalidParameterValue_RegionNotSupported: "InvalidParameterValue.RegionNotSupported";
  /** Failed to identify the specification ({{1}}). */
  readonly InvalidParameterValue_SpecNotRecognizedError: "InvalidParameterValue.SpecNotRecognizedError";
  /** An error occurred while parsing parameters. */
  readonly InvalidParameterValue_StructParseFailed: "InvalidParameterValue.StructParseFailed";
  /** Incorrect PID parameter. */
  readonly InvalidPid: "InvalidPid";
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
  /** Operations are not allowed on the instance. */
  readonly LimitOperation: "LimitOperation";
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
  /** This operation cannot be performed. */
  readonly OperationDenied_CamDeniedError: "OperationDenied.CamDeniedError";
  /** The target instance failed the status check. */
  readonly OperationDenied_DTSInstanceStatusError: "OperationDenied.DTSInstanceStatusError";
  /** You do not have the permission to operate this resource. */
  readonly OperationDenied_InstanceAccessDeniedError: "OperationDenied.InstanceAccessDeniedError";
  /** IPv6 is not supported. */
  readonly OperationDenied_InstanceIpv6NotSupportedError: "OperationDenied.InstanceIpv6NotSupportedError";
  /** This operation cannot be performed on an instance in this status. */
  readonly OperationDenied_InstanceStatusDeniedError: "OperationDenied.InstanceStatusDeniedError";
  /** This operation cannot be performed on an instance in this status. */
  readonly OperationDenied_InstanceStatusLimitError: "OperationDenied.InstanceStatusLimitError";
  /** This operation cannot be performed on an instance in this status. */
  readonly OperationDenied_InstanceStatusLimitOpError: "OperationDenied.InstanceStatusLimitOpError";
  /** Invalid instance type */
  readonly OperationDenied_InstanceTypeDenied: "OperationDenied.InstanceTypeDenied";
  /** Serverless is not supported in this availability zone. */
  readonly OperationDenied_NotSupportZoneError: "OperationDenied.NotSupportZoneError";
  /** Unsupported billing mode */
  readonly OperationDenied_PayModeError: "OperationDenied.PayModeError";
  /** Pay-as-you-go instances cannot be renewed. */
  readonly OperationDenied_PostPaidPayModeError: "OperationDenied.PostPaidPayModeError";
  /** This operation cannot be performed on an RO group in this status. */
  readonly OperationDenied_ROGroupStatusError: "OperationDenied.ROGroupStatusError";
  /** The total number of read-only nodes should not exceed the upper limit. */
  readonly OperationDenied_ROInstanceCountExceedError: "OperationDenied.ROInstanceCountExceedError";
  /** Read-only instances do not support IPv6. */
  readonly OperationDenied_ROInstanceIpv6NotSupportedError: "OperationDenied.ROInstanceIpv6NotSupportedError";
  /** This operation cannot be performed on a read-only instance in this status. */
  readonly OperationDenied_ROInstanceStatusLimitOpError: "OperationDenied.ROInstanceStatusLimitOpError";
  /** The total number of read-only nodes should not exceed the upper limit. */
  readonly OperationDenied_RoInstanceCountExceedError: "OperationDenied.RoInstanceCountExceedError";
  /** The total number of read-only nodes should not exceed the upper limit. */
  readonly OperationDenied_RoInstanceCountExeedError: "OperationDenied.RoInstanceCountExeedError";
  /** You need to verify your identity to make a purchase. */
  readonly OperationDenied_UserNotAuthenticatedError: "OperationDenied.UserNotAuthenticatedError";
  /** Serverless is not supported on this version of PostgreSQL. */
  readonly OperationDenied_VersionNotSupportError: "OperationDenied.VersionNotSupportError";
  /** You do not have the permission to operate the VPC. */
  readonly OperationDenied_VpcDeniedError: "OperationDenied.VpcDeniedError";
  /** The region is not supported. */
  readonly RegionNotSupported: "RegionNotSupported";
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
  /** Insufficient resource.
   * 
   * A common error code: any action may return it. */
  readonly ResourceInsufficient: "ResourceInsufficient";
  /** There are not enough resources to purchase instances of this specification in the current region. */
  readonly ResourceInsufficient_ResourceNotEnough: "ResourceInsufficient.ResourceNotEnough";
  /** The resource does not exist.
   * 
   * A common error code: any action may return it. */
  readonly ResourceNotFound: "ResourceNotFound";
  /** The instance does not exist. */
  readonly ResourceNotFound_InstanceNotFoundError: "ResourceNotFound.InstanceNotFoundError";
  /** Resource is unavailable.
   * 
   * A common error code: any action may return it. */
  readonly ResourceUnavailable: "ResourceUnavailable";
  /** Incorrect instance status. */
  readonly ResourceUnavailable_InvalidInstanceStatus: "ResourceUnavailable.InvalidInstanceStatus";
  /** No permission for the VPC. */
  readonly ResourceUnavailable_ResourceNoPermission: "ResourceUnavailable.ResourceNoPermission";
  /** Failed to get the information of the VPC where the instance resides. */
  readonly ResourceUnavailable_VpcResourceNotFound: "ResourceUnavailable.VpcResourceNotFound";
  /** The response size exceeds the upper limit.
   * 
   * A common error code: any action may return it. */
  readonly ResponseSizeLimitExceeded: "ResponseSizeLimitExceeded";
  /** Service is unavailable now.
   * 
   * A common error code: any action may return it. */
  readonly ServiceUnavailable: "ServiceUnavailable";
  /** An error occurred while parsing parameters. */
  readonly StructParseFailed: "StructParseFailed";
  /** System error. When this error occurs, please contact customer service for assistance. */
  readonly SystemError: "SystemError";
  /** Unauthorized operation.
   * 
   * A common error code: any action may return it. */
  readonly UnauthorizedOperation: "UnauthorizedOperation";
  /** Unverified user. */
  readonly UnauthorizedOperation_UserHasNoRealnameAuthentication: "UnauthorizedOperation.UserHasNoRealnameAuthentication";
  /** Unknown error. When this error occurs, please contact customer service for assistance. */
  readonly UnknownError: "UnknownError";
  /** Unknown parameter.
   * 
   * A common error code: any action may return it. */
  readonly UnknownParameter: "UnknownParameter";
  /** Unsupported operation.
   * 
   * A common error code: any action may return it. */
  readonly UnsupportedOperation: "UnsupportedOperation";
  /** HTTPS request method error. Only GET and POST requests are supported.
   * 
   * A common error code: any action may return it. */
  readonly UnsupportedProtocol: "UnsupportedProtocol";
  /** API does not support the requested region.
   * 
   * A common error code: any action may return it. */
  readonly UnsupportedRegion: "UnsupportedRegion";
  /** VPC error */
  readonly VpcError: "VpcError";
};
/** Any documented TencentDB for PostgreSQL error code. */
export type PostgresErrorCode = (typeof PostgresErrorCode)[keyof typeof PostgresErrorCode];
/**
 * The error codes each action documents, by action name. Common codes can come from any action and are
 * not repeated here.
 */
export interface PostgresActionErrorCodes {
  AddDBInstanceToReadOnlyGroup: "FailedOperation.CamAuthFailed" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "FailedOperation.ROGroupMasterInstanceNotRight" | "FailedOperation.ROGroupNotFoundError" | "FailedOperation.ROInstanceHasInROGroupError" | "InstanceNotExist" | "InternalError.DBError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.InvalidReadOnlyGroupStatus" | "InvalidParameterValue.ParameterHandleError" | "InvalidParameterValue.ReadOnlyGroupNotExist" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "OperationDenied.ROGroupStatusError" | "OperationDenied.ROInstanceStatusLimitOpError" | "OperationDenied.RoInstanceCountExeedError" | "ResourceNotFound.InstanceNotFoundError" | "ResourceUnavailable.InvalidInstanceStatus";
  CloneDBInstance: "AuthFailure.UnauthorizedOperation" | "FailedOperation.AllocateQuotasError" | "FailedOperation.CamAuthFailed" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.CdbCgwConnectError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.GetSubnetError" | "FailedOperation.GetVpcInfoError" | "FailedOperation.QuerySpecError" | "FailedOperation.QueryVpcFailed" | "FailedOperation.QueryVpcFalied" | "InternalServerError.InternalHttpServerError" | "InvalidParameter.ParameterCheckError" | "InvalidParameterValue.IllegalProjectId" | "InvalidParameterValue.IllegalRegion" | "InvalidParameterValue.IllegalZone" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.InvalidZoneldError" | "InvalidParameterValue.SpecNotRecognizedError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceStatusLimitError";
  CloseDBExtranetAccess: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "InternalError.DBError" | "InternalError.FlowError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InvalidParameter" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "OperationDenied.InstanceStatusDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError" | "ResourceUnavailable.InvalidInstanceStatus";
  CloseServerlessDBExtranetAccess: "AccountNotExist" | "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "FailedOperation.InvalidTradeOperate" | "FailedOperation.LimitOperation" | "FailedOperation.QueryVpcFalied" | "FlowError" | "InstanceNotExist" | "InterfaceNameNotFound" | "InternalError" | "InternalError.DBError" | "InternalError.FlowError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InternalError.UnknownError" | "InternalError.VpcError" | "InvalidAccountStatus" | "InvalidParameter" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InterfaceNameNotFound" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "InvalidParameterValue.StructParseFailed" | "LimitOperation" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError" | "ResourceUnavailable.InvalidInstanceStatus" | "ResourceUnavailable.ResourceNoPermission" | "ResourceUnavailable.VpcResourceNotFound" | "StructParseFailed" | "SystemError" | "UnknownError" | "VpcError";
  CreateBaseBackup: "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceStatusLimitError" | "ResourceNotFound.InstanceNotFoundError";
  CreateDBInstanceNetworkAccess: "AuthFailure" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.CreateBasicNetworkDeniedError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "FailedOperation.GetSubnetError" | "FailedOperation.GetVpcInfoError" | "FailedOperation.NetworkNumLimitError" | "FailedOperation.QuerySpecError" | "FailedOperation.ServerlessNotSupportedError" | "FlowError" | "InternalError.InternalHttpServerError" | "InternalError.MarshalError" | "InvalidParameter.VpcNotFoundError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "OperationDenied.InstanceIpv6NotSupportedError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError";
  CreateDBInstances: "AuthFailure.UnauthorizedOperation" | "FailedOperation.AllocateQuotasError" | "FailedOperation.CamAuthFailed" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.CdbCgwConnectError" | "FailedOperation.CreateBasicNetworkDeniedError" | "FailedOperation.CreateOrderFailed" | "FailedOperation.DatabaseAccessError" | "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "FailedOperation.GetSubnetError" | "FailedOperation.GetVpcInfoError" | "FailedOperation.InvalidTradeOperate" | "FailedOperation.PayOrderFailed" | "FailedOperation.QueryPriceFailed" | "FailedOperation.QuerySpecError" | "FailedOperation.QueryVpcFailed" | "FailedOperation.QueryVpcFalied" | "FailedOperation.ServiceAccessError" | "FailedOperation.StorageMemoryCheckError" | "FailedOperation.TradeCreateError" | "FailedOperation.TradePayOrdersError" | "InternalError.CgwError" | "InternalError.CnsError" | "InternalError.DBError" | "InternalError.DfwError" | "InternalError.FlowError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InternalError.UnknownError" | "InternalError.VpcError" | "InvalidParameter" | "InvalidParameter.ParameterCheckError" | "InvalidParameter.TradeAccessDeniedError" | "InvalidParameter.VpcNotFoundError" | "InvalidParameterValue.AccountExist" | "InvalidParameterValue.BadSpec" | "InvalidParameterValue.DataConvertError" | "InvalidParameterValue.IllegalInstanceChargeType" | "InvalidParameterValue.IllegalProjectId" | "InvalidParameterValue.IllegalRegion" | "InvalidParameterValue.IllegalZone" | "InvalidParameterValue.InterfaceNameNotFound" | "InvalidParameterValue.InvalidAccountFormat" | "InvalidParameterValue.InvalidAccountName" | "InvalidParameterValue.InvalidCharset" | "InvalidParameterValue.InvalidInstanceNum" | "InvalidParameterValue.InvalidOrderNum" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.InvalidPasswordFormat" | "InvalidParameterValue.InvalidPid" | "InvalidParameterValue.InvalidZoneldError" | "InvalidParameterValue.ParameterCharacterError" | "InvalidParameterValue.ParameterHandleError" | "InvalidParameterValue.ParameterLengthLimitError" | "InvalidParameterValue.ParameterOutOfRangeError" | "InvalidParameterValue.RegionNotSupported" | "InvalidParameterValue.SpecNotRecognizedError" | "InvalidParameterValue.StructParseFailed" | "InvalidPid" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "OperationDenied.UserNotAuthenticatedError" | "OperationDenied.VpcDeniedError" | "ResourceInsufficient.ResourceNotEnough" | "ResourceUnavailable.InvalidInstanceStatus" | "ResourceUnavailable.ResourceNoPermission" | "ResourceUnavailable.VpcResourceNotFound" | "UnauthorizedOperation.UserHasNoRealnameAuthentication" | "UnknownError";
  CreateInstances: "AuthFailure.UnauthorizedOperation" | "FailedOperation.AllocateQuotasError" | "FailedOperation.CamAuthFailed" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.CdbCgwConnectError" | "FailedOperation.CreateBasicNetworkDeniedError" | "FailedOperation.CreateOrderFailed" | "FailedOperation.DatabaseAccessError" | "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "FailedOperation.GetSubnetError" | "FailedOperation.GetVpcInfoError" | "FailedOperation.InvalidTradeOperate" | "FailedOperation.PayOrderFailed" | "FailedOperation.QueryPriceFailed" | "FailedOperation.QuerySpecError" | "FailedOperation.QueryVpcFailed" | "FailedOperation.QueryVpcFalied" | "FailedOperation.ServiceAccessError" | "FailedOperation.StorageMemoryCheckError" | "FailedOperation.TradeCreateError" | "FailedOperation.TradePayOrdersError" | "InternalError.CgwError" | "InternalServerError.CnsError" | "InternalServerError.DBError" | "InternalServerError.DfwError" | "InternalServerError.FlowError" | "InternalServerError.InternalHttpServerError" | "InternalServerError.SystemError" | "InternalServerError.UnknownError" | "InternalServerError.VpcError" | "InvalidParameter" | "InvalidParameter.ParameterCheckError" | "InvalidParameter.TradeAccessDeniedError" | "InvalidParameter.VpcNotFoundError" | "InvalidParameterValue.AccountExist" | "InvalidParameterValue.BadSpec" | "InvalidParameterValue.CharsetNotFoundError" | "InvalidParameterValue.DataConvertError" | "InvalidParameterValue.IllegalInstanceChargeType" | "InvalidParameterValue.IllegalProjectId" | "InvalidParameterValue.IllegalRegion" | "InvalidParameterValue.IllegalZone" | "InvalidParameterValue.InterfaceNameNotFound" | "InvalidParameterValue.InvalidAccountError" | "InvalidParameterValue.InvalidAccountFormat" | "InvalidParameterValue.InvalidAccountName" | "InvalidParameterValue.InvalidCharset" | "InvalidParameterValue.InvalidInstanceNum" | "InvalidParameterValue.InvalidOrderNum" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.InvalidPasswordFormat" | "InvalidParameterValue.InvalidPasswordLengthError" | "InvalidParameterValue.InvalidPasswordValueError" | "InvalidParameterValue.InvalidPid" | "InvalidParameterValue.InvalidZoneldError" | "InvalidParameterValue.ParameterCharacterError" | "InvalidParameterValue.ParameterHandleError" | "InvalidParameterValue.ParameterLengthLimitError" | "InvalidParameterValue.ParameterOutOfRangeError" | "InvalidParameterValue.RegionNotSupported" | "InvalidParameterValue.SpecNotRecognizedError" | "InvalidParameterValue.StructParseFailed" | "InvalidPid" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "OperationDenied.UserNotAuthenticatedError" | "OperationDenied.VpcDeniedError" | "ResourceInsufficient.ResourceNotEnough" | "ResourceUnavailable.InvalidInstanceStatus" | "ResourceUnavailable.ResourceNoPermission" | "ResourceUnavailable.VpcResourceNotFound" | "UnauthorizedOperation.UserHasNoRealnameAuthentication" | "UnknownError";
  CreateParameterTemplate: "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "InvalidParameter.ParameterCheckError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError";
  CreateReadOnlyDBInstance: "AuthFailure.UnauthorizedOperation" | "FailedOperation.AllocateQuotasError" | "FailedOperation.CamAuthFailed" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.CdbCgwConnectError" | "FailedOperation.CreateBasicNetworkDeniedError" | "FailedOperation.CreateOrderFailed" | "FailedOperation.DatabaseAccessError" | "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "FailedOperation.GetSubnetError" | "FailedOperation.GetVpcInfoError" | "FailedOperation.InvalidTradeOperate" | "FailedOperation.PayOrderFailed" | "FailedOperation.PreCheckError" | "FailedOperation.QueryPriceFailed" | "FailedOperation.QuerySpecError" | "FailedOperation.QueryVpcFailed" | "FailedOperation.QueryVpcFalied" | "FailedOperation.ROGroupNotFoundError" | "FailedOperation.ROGroupNumExceedError" | "FailedOperation.ServiceAccessError" | "FailedOperation.StorageMemoryCheckError" | "FailedOperation.TradeCreateError" | "FailedOperation.TradePayOrdersError" | "InternalError.CgwError" | "InternalError.CnsError" | "InternalError.DBError" | "InternalError.DfwError" | "InternalError.FlowError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InternalError.UnknownError" | "InternalError.VpcError" | "InvalidParameter" | "InvalidParameter.ParameterCheckError" | "InvalidParameter.TradeAccessDeniedError" | "InvalidParameter.VpcNotFoundError" | "InvalidParameterValue.AccountExist" | "InvalidParameterValue.BadSpec" | "InvalidParameterValue.DataConvertError" | "InvalidParameterValue.IllegalInstanceChargeType" | "InvalidParameterValue.IllegalProjectId" | "InvalidParameterValue.IllegalRegion" | "InvalidParameterValue.IllegalZone" | "InvalidParameterValue.InterfaceNameNotFound" | "InvalidParameterValue.InvalidAccountFormat" | "InvalidParameterValue.InvalidAccountName" | "InvalidParameterValue.InvalidCharset" | "InvalidParameterValue.InvalidInstanceNum" | "InvalidParameterValue.InvalidOrderNum" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.InvalidPasswordFormat" | "InvalidParameterValue.InvalidPid" | "InvalidParameterValue.ParameterCharacterError" | "InvalidParameterValue.ParameterHandleError" | "InvalidParameterValue.ParameterLengthLimitError" | "InvalidParameterValue.RegionNotSupported" | "InvalidParameterValue.StructParseFailed" | "InvalidPid" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceStatusLimitError" | "OperationDenied.InstanceStatusLimitOpError" | "OperationDenied.PayModeError" | "OperationDenied.ROGroupStatusError" | "OperationDenied.RoInstanceCountExceedError" | "OperationDenied.UserNotAuthenticatedError" | "OperationDenied.VpcDeniedError" | "ResourceInsufficient.ResourceNotEnough" | "ResourceNotFound.InstanceNotFoundError" | "ResourceUnavailable.InvalidInstanceStatus" | "ResourceUnavailable.ResourceNoPermission" | "ResourceUnavailable.VpcResourceNotFound" | "UnauthorizedOperation.UserHasNoRealnameAuthentication" | "UnknownError";
  CreateReadOnlyGroup: "AuthFailure.UnauthorizedOperation" | "FailedOperation.AllocateQuotasError" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.CreateBasicNetworkDeniedError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "FailedOperation.GetVpcInfoError" | "FailedOperation.IllegalROInstanceNum" | "FailedOperation.MasterInstanceQueryError" | "FailedOperation.ROGroupNumExceedError" | "InternalServerError.InternalHttpServerError" | "InternalServerError.SystemError" | "InvalidParameter" | "InvalidParameter.ParameterCheckError" | "InvalidParameter.VpcNotFound" | "InvalidParameterValue.InterfaceNameNotFound" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterCharacterError" | "InvalidParameterValue.ParameterHandleError" | "InvalidParameterValue.ParameterLengthLimitError" | "InvalidParameterValue.RegionNotSupported" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError" | "StructParseFailed" | "UnknownError";
  CreateReadOnlyGroupNetworkAccess: "AuthFailure" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.CreateBasicNetworkDeniedError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "FailedOperation.GetSubnetError" | "FailedOperation.GetVpcInfoError" | "FailedOperation.NetworkNumLimitError" | "FailedOperation.ROGroupNotFoundError" | "FlowError" | "InternalError.FlowError" | "InternalError.InternalHttpServerError" | "InternalError.MarshalError" | "OperationDenied.CamDeniedError" | "OperationDenied.ROGroupStatusError";
  CreateServerlessDBInstance: "AuthFailure.UnauthorizedOperation" | "FailedOperation.AllocateQuotasError" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.CreateBasicNetworkDeniedError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "FailedOperation.GetVpcInfoError" | "FailedOperation.QueryVpcFailed" | "FlowError" | "InternalServerError" | "InternalServerError.DBError" | "InternalServerError.FlowError" | "InternalServerError.InternalHttpServerError" | "InternalServerError.SystemError" | "InvalidParameter" | "InvalidParameter.InstanceNameExist" | "InvalidParameter.ParameterCheckError" | "InvalidParameterValue.DataConvertError" | "InvalidParameterValue.IllegalRegion" | "InvalidParameterValue.IllegalZone" | "InvalidParameterValue.InstanceNameExist" | "InvalidParameterValue.InvalidAccountFormat" | "InvalidParameterValue.InvalidCharset" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.InvalidPasswordFormat" | "InvalidParameterValue.InvalidZoneIdError" | "InvalidParameterValue.ParameterCharacterError" | "InvalidParameterValue.ParameterHandleError" | "InvalidParameterValue.ParameterLengthLimitError" | "InvalidParameterValue.RegionNotSupported" | "InvalidParameterValue.StructParseFailed" | "OperationDenied.CamDeniedError" | "OperationDenied.NotSupportZoneError" | "OperationDenied.VersionNotSupportError" | "ResourceNotFound.InstanceNotFoundError" | "ResourceUnavailable.InvalidInstanceStatus" | "UnauthorizedOperation.UserHasNoRealnameAuthentication";
  DeleteBaseBackup: "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError" | "ResourceNotFound.InstanceNotFoundError";
  DeleteDBInstanceNetworkAccess: "AuthFailure" | "FailedOperation.CamAuthFailed" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "FailedOperation.GetVpcInfoError" | "FailedOperation.NetworkNumLimitError" | "FailedOperation.QuerySpecError" | "FailedOperation.ServerlessNotSupportedError" | "InternalError.InternalHttpServerError" | "InvalidParameter.VpcNotFoundError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "OperationDenied.ROInstanceIpv6NotSupportedError" | "ResourceNotFound.InstanceNotFoundError";
  DeleteLogBackup: "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "InvalidParameterValue.InvalidParameterValueError" | "ResourceNotFound.InstanceNotFoundError";
  DeleteParameterTemplate: "FailedOperation.FailedOperationError";
  DeleteReadOnlyGroup: "FailedOperation.CamAuthFailed" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "FailedOperation.ROGroupCannotBeDeletedError" | "FailedOperation.ROGroupNotFoundError" | "InternalError.FlowError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InvalidParameter" | "InvalidParameterValue.InterfaceNameNotFound" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "ResourceNotFound.InstanceNotFoundError" | "SystemError";
  DeleteReadOnlyGroupNetworkAccess: "AuthFailure" | "FailedOperation.CamAuthFailed" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "FailedOperation.GetVpcInfoError" | "FailedOperation.NetworkNumLimitError" | "FailedOperation.ROGroupNotFoundError" | "InternalServerError.InternalHttpServerError" | "InvalidParameter.VpcNotFoundError" | "OperationDenied.CamDeniedError" | "OperationDenied.ROGroupStatusError";
  DeleteServerlessDBInstance: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "InternalError" | "InternalError.DBError" | "InternalError.FlowError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InternalError.UnknownError" | "InvalidInstanceStatus" | "InvalidParameter" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "InvalidParameterValue.StructParseFailed" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "RegionNotSupported" | "ResourceNotFound.InstanceNotFoundError" | "ResourceUnavailable.InvalidInstanceStatus";
  DescribeAccounts: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "InternalServerError.InternalHttpServerError" | "InternalServerError.SystemError" | "InvalidParameterValue.AccountNotExist" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "ResourceNotFound.InstanceNotFoundError";
  DescribeAvailableRecoveryTime: "FailedOperation.CamCheckResourceError" | "FailedOperation.FailedOperationError" | "InternalServerError.InternalHttpServerError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError";
  DescribeBackupDownloadRestriction: "FailedOperation.DatabaseAccessError" | "OperationDenied.CamDeniedError";
  DescribeBackupDownloadURL: "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "InternalError.InstanceDataError" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterValueExceedError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceStatusLimitError" | "ResourceNotFound.InstanceNotFoundError";
  DescribeBackupOverview: "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError";
  DescribeBackupPlans: "FailedOperation.CamCheckResourceError" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "InternalError.InternalHttpServerError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError";
  DescribeBackupSummaries: "FailedOperation.DatabaseAccessError" | "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError" | "ResourceNotFound.InstanceNotFoundError";
  DescribeBaseBackups: "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError";
  DescribeClasses: "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAffectedError" | "FailedOperation.WhitelistConnectError" | "InternalServerError.InternalHttpServerError" | "InvalidParameter.ParameterCheckError" | "InvalidParameterValue.InvalidZoneIdError" | "OperationDenied.CamDeniedError";
  DescribeCloneDBInstanceSpec: "FailedOperation.CamCheckResourceError" | "FailedOperation.FailedOperationError" | "FailedOperation.QuerySpecError" | "InternalServerError.InternalHttpServerError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError";
  DescribeDatabases: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.LimitOperation" | "FailedOperation.OssAccessError" | "InternalError.DBError" | "InternalError.InstanceDataError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InvalidInstanceStatus" | "InvalidParameter" | "InvalidParameterValue.AccountNotExistError" | "InvalidParameterValue.IllegalRegion" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError" | "ResourceUnavailable.InvalidInstanceStatus";
  DescribeDBBackups: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.OssAccessError" | "FailedOperation.OssOperationFailed" | "FailedOperation.PresignedURLGetError" | "FailedOperation.StorePathSplitError" | "InternalError.DBError" | "InternalError.InstanceDataError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InvalidParameterValue.IllegalRegion" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "ResourceNotFound.InstanceNotFoundError" | "UnknownError" | "UnsupportedOperation";
  DescribeDBErrlogs: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.ESConnectError" | "FailedOperation.FailedOperationError" | "InternalError.DBError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InvalidParameter" | "InvalidParameter.ParameterCheckError" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InterfaceNameNotFound" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "InvalidParameterValue.ParameterValueExceedError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "ResourceNotFound.InstanceNotFoundError";
  DescribeDBInstanceAttribute: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamCheckResourceError" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "FailedOperation.QueryInstanceBatchError" | "FailedOperation.QuerySpecBySpecCodeError" | "InternalError.DBError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InternalError.TransactionBeginError" | "InternalError.UnknownError" | "InvalidParameter" | "InvalidParameterValue.IllegalRegion" | "InvalidParameterValue.IllegalZone" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "ResourceNotFound.InstanceNotFoundError";
  DescribeDBInstanceHAConfig: "FailedOperation.DatabaseAccessError" | "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "InvalidParameter.ParameterCheckError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceStatusLimitError" | "ResourceNotFound.InstanceNotFoundError";
  DescribeDBInstanceParameters: "FailedOperation.CamAuthFailed" | "FailedOperation.FailedOperationError" | "InternalServerError.InternalHttpServerError" | "InternalServerError.UnknownError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "ResourceNotFound.InstanceNotFoundError" | "UnknownError";
  DescribeDBInstances: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamCheckResourceError" | "FailedOperation.CamCheckResourceFailed" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "FailedOperation.LimitOperation" | "FailedOperation.OssAccessError" | "InternalError.DBError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InternalError.TransactionBeginError" | "InternalError.UnknownError" | "InvalidParameter" | "InvalidParameterValue.DataConvertError" | "InvalidParameterValue.IllegalRegion" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.InvalidRegionIdError" | "InvalidParameterValue.ParameterHandleError" | "InvalidParameterValue.RegionNotSupported" | "InvalidParameterValue.StructParseFailed" | "OperationDenied.CamDeniedError" | "ResourceNotFound.InstanceNotFoundError" | "ResourceUnavailable.InvalidInstanceStatus" | "UnsupportedOperation";
  DescribeDBInstanceSecurityGroups: "FailedOperation.FailedOperationError" | "FailedOperation.ROGroupNotFoundError" | "InvalidParameter.ParameterCheckError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "OperationDenied.ROGroupStatusError" | "ResourceNotFound.InstanceNotFoundError";
  DescribeDBSlowlogs: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.ESConnectError" | "FailedOperation.ESQueryError" | "FailedOperation.FailedOperationError" | "InternalServerError.InternalHttpServerError" | "InternalServerError.SystemError" | "InvalidParameter" | "InvalidParameter.ParameterCheckError" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "ResourceNotFound.InstanceNotFoundError";
  DescribeDBVersions: "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.DatabaseAffectedError" | "InvalidParameter.ParameterCheckError" | "OperationDenied.CamDeniedError";
  DescribeDBXlogs: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.OssAccessError" | "FailedOperation.OssOperationFailed" | "FailedOperation.PresignedURLGetError" | "FailedOperation.StorePathSplitError" | "InternalError.DBError" | "InternalError.InstanceDataError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InvalidParameter" | "InvalidParameterValue.IllegalRegion" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "ResourceNotFound.InstanceNotFoundError" | "UnknownError";
  DescribeDefaultParameters: "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "InvalidParameter.ParameterCheckError" | "InvalidParameterValue.InvalidParameterValueError";
  DescribeEncryptionKeys: "FailedOperation.FailedOperationError" | "InternalServerError.InternalHttpServerError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError";
  DescribeLogBackups: "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError";
  DescribeOrders: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.QueryDealFailed" | "FailedOperation.TradeQueryOrderError" | "InternalServerError.InternalHttpServerError" | "InvalidParameter" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.NullDealNames" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "ResourceNotFound.InstanceNotFoundError";
  DescribeParameterTemplateAttributes: "FailedOperation.FailedOperationError";
  DescribeParameterTemplates: "FailedOperation.FailedOperationError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError";
  DescribeParamsEvent: "FailedOperation.CamAuthFailed" | "FailedOperation.FailedOperationError" | "FailedOperation.OssOperationFailed" | "InternalError.InternalHttpServerError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "ResourceNotFound.InstanceNotFoundError";
  DescribeProductConfig: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.WhitelistConnectError" | "InternalError.DBError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InternalError.UnknownError" | "InvalidParameter" | "InvalidParameter.ParameterCheckError" | "InvalidParameterValue.BadSpec" | "InvalidParameterValue.IllegalZone" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "ResourceNotFound.InstanceNotFoundError";
  DescribeReadOnlyGroups: "FailedOperation.CamAuthFailed" | "FailedOperation.CamCheckResourceError" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "InternalError.DBError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InvalidParameterValue.DataConvertError" | "InvalidParameterValue.InterfaceNameNotFound" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "ResourceNotFound.InstanceNotFoundError";
  DescribeRegions: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "FailedOperation.WhitelistConnectError" | "InternalServerError" | "InternalServerError.DBError" | "InternalServerError.InternalHttpServerError" | "InvalidParameter" | "InvalidParameterValue.InterfaceNameNotFound" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "InvalidParameterValue.RegionNotSupported" | "InvalidParameterValue.StructParseFailed" | "OperationDenied.CamDeniedError" | "ResourceNotFound.InstanceNotFoundError" | "UnsupportedOperation";
  DescribeServerlessDBInstances: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamAuthFailed" | "FailedOperation.CamCheckResourceError" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "InterfaceNameNotFound" | "InternalError" | "InternalError.DBError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InvalidParameter" | "InvalidParameter.VpcNotFoundError" | "InvalidParameterValue.DataConvertError" | "InvalidParameterValue.IllegalProjectId" | "InvalidParameterValue.IllegalRegion" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "ResourceNotFound.InstanceNotFoundError" | "ResourceUnavailable.VpcResourceNotFound" | "StructParseFailed" | "SystemError" | "UnknownError" | "UnsupportedOperation";
  DescribeSlowQueryAnalysis: "FailedOperation.ESQueryError" | "InternalServerError.InternalHttpServerError" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterValueExceedError" | "OperationDenied.CamDeniedError" | "ResourceNotFound.InstanceNotFoundError";
  DescribeSlowQueryList: "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "InternalServerError.InternalHttpServerError" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterValueExceedError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "ResourceNotFound.InstanceNotFoundError";
  DescribeZones: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.WhitelistConnectError" | "InternalError.DBError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InternalError.UnknownError" | "InvalidParameter" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "InvalidParameterValue.RegionNotSupported" | "InvalidParameterValue.StructParseFailed" | "OperationDenied.CamDeniedError" | "ResourceNotFound.InstanceNotFoundError" | "UnsupportedOperation";
  DestroyDBInstance: "AccountNotExist" | "AuthFailure.UnauthorizedOperation" | "FailedOperation.CMQResponseError" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.DeleteResourceProjectTagError" | "FailedOperation.DeleteResourcesToTagError" | "FailedOperation.FailedOperationError" | "FailedOperation.LimitOperation" | "FailedOperation.OperateFrequencyLimitedError" | "FailedOperation.PostPaidUnblockError" | "FailedOperation.QueryPriceFailed" | "FailedOperation.TradeAccessError" | "InternalError.DBError" | "InternalError.FlowError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InvalidAccountStatus" | "InvalidInstanceStatus" | "InvalidParameter" | "InvalidParameterValue.IllegalInstanceChargeType" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "InvalidParameterValue.StructParseFailed" | "LimitOperation" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError" | "ResourceUnavailable.InvalidInstanceStatus" | "StructParseFailed" | "SystemError" | "UnknownError";
  DisIsolateDBInstances: "AuthFailure" | "FailedOperation.CamAuthFailed" | "FailedOperation.CamCheckResourceError" | "FailedOperation.CamCheckResourceFailed" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "FailedOperation.InvalidTradeOperate" | "FailedOperation.QueryTradeStatusError" | "FailedOperation.TradeAccessError" | "FailedOperation.TradeCreateError" | "FailedOperation.TradePayOrdersError" | "FailedOperation.TradeQueryOrderError" | "FailedOperation.TradeQueryPriceError" | "InternalServerError.InternalHttpServerError" | "InvalidInstanceStatus" | "InvalidParameter" | "InvalidParameter.ParameterCheckError" | "InvalidParameter.TradeAccessDeniedError" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterCharacterLimitError" | "InvalidParameterValue.ParameterLengthLimitError" | "InvalidParameterValue.StructParseFailed" | "LimitExceeded" | "LimitOperation" | "MissingParameter" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "OperationDenied.InstanceStatusDeniedError" | "OperationDenied.InstanceStatusLimitError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError" | "UnknownParameter";
  InitDBInstances: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "InternalServerError.DBError" | "InternalServerError.InternalHttpServerError" | "InternalServerError.SystemError" | "InvalidParameter" | "InvalidParameter.ParameterCheckError" | "InvalidParameterValue.CharsetNotFoundError" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidAccountError" | "InvalidParameterValue.InvalidAccountFormat" | "InvalidParameterValue.InvalidCharset" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.InvalidPasswordFormat" | "InvalidParameterValue.InvalidPasswordLengthError" | "InvalidParameterValue.InvalidPasswordValueError" | "InvalidParameterValue.ParameterCharacterLimitError" | "InvalidParameterValue.ParameterCharacterPreLimitError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError" | "ResourceUnavailable.InvalidInstanceStatus";
  InquiryPriceCreateDBInstances: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "FailedOperation.QueryPriceFailed" | "FailedOperation.QuerySpecBySpecCodeError" | "FailedOperation.TradeQueryPriceError" | "InternalError.DBError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InternalError.UnknownError" | "InvalidParameter" | "InvalidParameter.ParameterCheckError" | "InvalidParameterValue.BadSpec" | "InvalidParameterValue.IllegalInstanceChargeType" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.InvalidZoneIdError" | "InvalidParameterValue.ParameterHandleError" | "InvalidParameterValue.SpecNotRecognizedError" | "InvalidPid" | "OperationDenied.CamDeniedError" | "OperationDenied.PayModeError";
  InquiryPriceRenewDBInstance: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.QueryPriceFailed" | "FailedOperation.TradeQueryPriceError" | "InternalServerError.DBError" | "InternalServerError.InternalHttpServerError" | "InvalidParameter" | "InvalidParameter.ParameterCheckError" | "InvalidParameterValue.BadSpec" | "InvalidParameterValue.IllegalInstanceChargeType" | "InvalidParameterValue.IllegalRegion" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "OperationDenied.PostPaidPayModeError" | "ResourceNotFound.InstanceNotFoundError";
  InquiryPriceUpgradeDBInstance: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.CdbCgwConnectError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.GetPurchaseRecordFailed" | "FailedOperation.QueryPriceFailed" | "FailedOperation.TradeQueryPriceError" | "InternalServerError.DBError" | "InternalServerError.InternalHttpServerError" | "InvalidParameter" | "InvalidParameterValue.BadSpec" | "InvalidParameterValue.IllegalChargeType" | "InvalidParameterValue.IllegalInstanceChargeType" | "InvalidParameterValue.IllegalRegion" | "InvalidParameterValue.IllegalZone" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidInstanceVolume" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError" | "ResourceUnavailable.InvalidInstanceStatus";
  IsolateDBInstances: "AuthFailure" | "AuthFailure.UnauthorizedOperation" | "FailedOperation.DatabaseAccessError" | "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "FailedOperation.GetInstanceByResourceIdError" | "FailedOperation.InvalidAccountStatus" | "FailedOperation.OperateFrequencyLimitedError" | "FailedOperation.QueryTradeStatusError" | "FailedOperation.TradeAccessError" | "FailedOperation.TradeCreateError" | "FailedOperation.TradePayOrdersError" | "FailedOperation.TradeQueryOrderError" | "FailedOperation.TradeQueryPriceError" | "InstanceNotExist" | "InternalError.InstanceDataError" | "InternalError.InternalHttpServerError" | "InvalidInstanceStatus" | "InvalidParameter" | "InvalidParameter.TradeAccessDeniedError" | "InvalidParameterValue" | "InvalidParameterValue.DataConvertError" | "InvalidParameterValue.InvalidParameterValueError" | "LimitExceeded" | "LimitOperation" | "MissingParameter" | "OperationDenied.CamDeniedError" | "OperationDenied.DTSInstanceStatusError" | "OperationDenied.InstanceAccessDeniedError" | "OperationDenied.InstanceStatusLimitError" | "OperationDenied.InstanceStatusLimitOpError" | "RegionNotSupported" | "RequestLimitExceeded" | "ResourceNotFound.InstanceNotFoundError";
  ModifyAccountRemark: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "InternalServerError.InternalHttpServerError" | "InvalidParameterValue.AccountNotExistError" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidAccountFormat" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterCharacterError" | "InvalidParameterValue.ParameterHandleError" | "InvalidParameterValue.ParameterLengthLimitError" | "OperationDenied.CamDeniedError" | "ResourceNotFound.InstanceNotFoundError";
  ModifyBackupDownloadRestriction: "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "InvalidParameter.ParameterCheckError" | "InvalidParameter.VpcNotFoundError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError";
  ModifyBackupPlan: "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "InternalError.InternalServerError" | "InvalidParameter.ParameterCheckError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError";
  ModifyBaseBackupExpireTime: "FailedOperation.FailedOperationError" | "InvalidParameterValue.InvalidParameterValueError" | "ResourceNotFound.InstanceNotFoundError";
  ModifyDBInstanceChargeType: "FailedOperation.DatabaseAccessError" | "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "InvalidParameter.ParameterCheckError" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceStatusLimitError";
  ModifyDBInstanceDeployment: "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "InternalServerError.InternalHttpServerError" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.InvalidZoneIdError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceStatusLimitError" | "OperationDenied.InstanceStatusLimitOpError";
  ModifyDBInstanceHAConfig: "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "InvalidParameter.ParameterCheckError" | "InvalidParameter.ParametersNotSet" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterOutOfRange" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceStatusLimitError" | "ResourceNotFound.InstanceNotFoundError";
  ModifyDBInstanceName: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.OssAccessError" | "InternalError.DBError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InvalidParameter" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidAccountFormat" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterCharacterError" | "InvalidParameterValue.ParameterHandleError" | "InvalidParameterValue.ParameterLengthLimitError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "ResourceNotFound.InstanceNotFoundError";
  ModifyDBInstanceParameters: "FailedOperation.CamAuthFailed" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "InternalError.InternalHttpServerError" | "InvalidParameterValue.DataConvertError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceStatusLimitError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError";
  ModifyDBInstanceReadOnlyGroup: "FailedOperation.CamAuthFailed" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "FailedOperation.IllegalROInstanceNum" | "FailedOperation.ROGroupNotFound" | "InstanceNotExist" | "InternalServerError.InternalHttpServerError" | "InternalServerError.SystemError" | "InvalidInstanceStatus" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.InvalidReadOnlyGroupStatus" | "InvalidParameterValue.ParameterHandleError" | "InvalidParameterValue.ReadOnlyGroupNotExist" | "OperationDenied.CamDeniedError" | "OperationDenied.ROGroupStatusError" | "OperationDenied.RoInstanceCountExceedError" | "ResourceNotFound.InstanceNotFoundError" | "ResourceUnavailable.InvalidInstanceStatus";
  ModifyDBInstanceSecurityGroups: "FailedOperation.FailedOperationError" | "FailedOperation.ROGroupNotFoundError" | "InvalidParameter.ParameterCheckError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "OperationDenied.ROGroupStatusError" | "ResourceNotFound.InstanceNotFoundError";
  ModifyDBInstanceSpec: "FailedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.CreateOrderFailed" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.PayOrderFailed" | "FailedOperation.PreCheckError" | "FailedOperation.QueryPriceFailed" | "FailedOperation.QuerySpecError" | "InternalError.InternalHttpServerError" | "InvalidParameter.ParameterCheckError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceStatusLimitError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError";
  ModifyDBInstancesProject: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.CdbCgwConnectError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.UpdateResourceProjectTagValueError" | "InternalError.DBError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InvalidParameter" | "InvalidParameterValue.IllegalProjectId" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "ResourceNotFound.InstanceNotFoundError";
  ModifyParameterTemplate: "FailedOperation.FailedOperationError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError";
  ModifyReadOnlyGroupConfig: "FailedOperation.BaseNetworkAccessError" | "FailedOperation.CamAuthFailed" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.DeleteAllRoute" | "FailedOperation.FailedOperationError" | "FailedOperation.ModifyROGroupError" | "FailedOperation.ROGroupNotFoundError" | "FailedOperation.ServiceAccessError" | "FailedOperation.VPCResetServiceError" | "FailedOperation.VPCUpdateRouteError" | "InterfaceNameNotFound" | "InternalError.DBError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InvalidParameter.ParameterCheckError" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "InvalidParameterValue.ReadOnlyGroupNotExist" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError";
  ModifySwitchTimePeriod: "AuthFailure" | "FailedOperation.CamAuthFailed" | "FailedOperation.CamCheckResourceError" | "FailedOperation.CamCheckResourceFailed" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.QuerySpecError" | "InternalError.InternalHttpServerError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError" | "UnknownError";
  OpenDBExtranetAccess: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "InternalServerError.DBError" | "InternalServerError.FlowError" | "InternalServerError.InternalHttpServerError" | "InternalServerError.SystemError" | "InvalidParameter" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "OperationDenied.InstanceIpv6NotSupportedError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError" | "ResourceUnavailable.InvalidInstanceStatus";
  OpenServerlessDBExtranetAccess: "AccountNotExist" | "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "FailedOperation.QueryVpcFalied" | "FlowError" | "InstanceNotExist" | "InterfaceNameNotFound" | "InternalError" | "InternalError.DBError" | "InternalError.FlowError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InternalError.UnknownError" | "InternalError.VpcError" | "InvalidAccountStatus" | "InvalidInstanceStatus" | "InvalidParameter" | "InvalidParameterValue.IllegalRegion" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InterfaceNameNotFound" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "InvalidParameterValue.StructParseFailed" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError" | "ResourceUnavailable.InvalidInstanceStatus" | "ResourceUnavailable.ResourceNoPermission" | "ResourceUnavailable.VpcResourceNotFound" | "StructParseFailed" | "SystemError" | "UnknownError" | "VpcError";
  RebalanceReadOnlyGroup: "FailedOperation.BaseNetworkAccessError" | "FailedOperation.CamAuthFailed" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.DeleteAllRoute" | "FailedOperation.FailedOperationError" | "FailedOperation.ROGroupNotFoundError" | "FailedOperation.VPCResetServiceError" | "FailedOperation.VPCUpdateRouteError" | "InterfaceNameNotFound" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "ResourceNotFound.InstanceNotFoundError" | "VpcError";
  RemoveDBInstanceFromReadOnlyGroup: "FailedOperation.CamAuthFailed" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "FailedOperation.IllegalROInstanceNum" | "FailedOperation.ROGroupMasterInstanceNotRight" | "FailedOperation.ROGroupNotFoundError" | "InstanceNotExist" | "InternalServerError.InternalHttpServerError" | "InternalServerError.SystemError" | "InvalidInstanceStatus" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.InvalidReadOnlyGroupStatus" | "InvalidParameterValue.ParameterHandleError" | "InvalidParameterValue.ReadOnlyGroupNotExist" | "OperationDenied.CamDeniedError" | "OperationDenied.ROGroupStatusError" | "ResourceNotFound.InstanceNotFoundError" | "ResourceUnavailable.InvalidInstanceStatus";
  RenewInstance: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.CreateOrderFailed" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.GetVpcInfoError" | "FailedOperation.QueryVpcFailed" | "FailedOperation.QueryVpcFalied" | "FailedOperation.TradeCreateError" | "FailedOperation.TradePayOrdersError" | "InternalError.DBError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InvalidParameter" | "InvalidParameter.VpcNotFoundError" | "InvalidParameterValue.BadSpec" | "InvalidParameterValue.IllegalInstanceChargeType" | "InvalidParameterValue.IllegalRegion" | "InvalidParameterValue.IllegalZone" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "OperationDenied.InstanceStatusLimitError" | "OperationDenied.InstanceStatusLimitOpError" | "OperationDenied.PostPaidPayModeError" | "OperationDenied.VpcDeniedError" | "ResourceNotFound.InstanceNotFoundError" | "ResourceUnavailable.ResourceNoPermission" | "ResourceUnavailable.VpcResourceNotFound";
  ResetAccountPassword: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.OssAccessError" | "FailedOperation.OssOperationFailed" | "InternalError.DBError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InvalidAccountPassword" | "InvalidParameter" | "InvalidParameterValue.AccountNotExistError" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.InvalidPasswordFormat" | "InvalidParameterValue.InvalidPasswordLengthError" | "InvalidParameterValue.InvalidPasswordValueError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "ResourceNotFound.InstanceNotFoundError";
  RestartDBInstance: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "InternalError.DBError" | "InternalError.FlowError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InvalidParameter" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError" | "ResourceUnavailable.InvalidInstanceStatus";
  SetAutoRenewFlag: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.SetAutoRenewFlagError" | "InternalServerError.InternalHttpServerError" | "InternalServerError.SystemError" | "InvalidParameter" | "InvalidParameterValue.IllegalInstanceChargeType" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "OperationDenied.PostPaidPayModeError" | "ResourceNotFound.InstanceNotFoundError" | "ResourceUnavailable.InvalidInstanceStatus";
  SwitchDBInstancePrimary: "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.FlowCreateError" | "FailedOperation.NoAvailableStandby" | "InvalidParameter.ParameterCheckError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceStatusLimitError" | "OperationDenied.InstanceTypeDenied" | "ResourceNotFound.InstanceNotFoundError";
  UpgradeDBInstance: "AuthFailure.UnauthorizedOperation" | "FailedOperation.CamSigAndAuthError" | "FailedOperation.CreateOrderFailed" | "FailedOperation.DatabaseAccessError" | "FailedOperation.FailedOperationError" | "FailedOperation.GetPurchaseRecordFailed" | "FailedOperation.PayOrderFailed" | "FailedOperation.QueryPriceFailed" | "FailedOperation.QuerySpecError" | "FailedOperation.StorageMemoryCheckError" | "FailedOperation.TradeAccessError" | "InternalError.DBError" | "InternalError.InternalHttpServerError" | "InternalError.SystemError" | "InvalidParameter" | "InvalidParameterValue.BadSpec" | "InvalidParameterValue.IllegalRegion" | "InvalidParameterValue.IllegalZone" | "InvalidParameterValue.InstanceNotExist" | "InvalidParameterValue.InvalidInstanceVolume" | "InvalidParameterValue.InvalidParameterValueError" | "InvalidParameterValue.ParameterHandleError" | "InvalidPid" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceAccessDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError" | "ResourceUnavailable.InvalidInstanceStatus";
  UpgradeDBInstanceKernelVersion: "FailedOperation.CamSigAndAuthError" | "FailedOperation.DatabaseAccessError" | "FailedOperation.DatabaseAffectedError" | "FailedOperation.FailedOperationError" | "FailedOperation.PreCheckError" | "InvalidParameter.ParameterCheckError" | "InvalidParameterValue.InvalidParameterValueError" | "OperationDenied.CamDeniedError" | "OperationDenied.InstanceStatusLimitOpError" | "ResourceNotFound.InstanceNotFoundError";
}
/** A TencentDB for PostgreSQL service error whose `code` is known to be `C`. */
export type PostgresError<C extends string = PostgresErrorCode> = ServiceError & {
  readonly code: C;
};
/**
 * Narrows a caught value to a service error, optionally with the given documented code.
 *
 * @example
 * ```ts
 * try { … } catch (e) {
 *   if (isPostgresError(e, "ResourceNotFound")) { … }
 * }
 * ```
 */
export declare function isPostgresError<C extends PostgresErrorCode>(error: unknown, code?: C): error is PostgresError<C>;
