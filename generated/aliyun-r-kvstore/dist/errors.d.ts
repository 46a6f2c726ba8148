import { ServiceError } from "@doc2sdk/runtime";
/**
 * Every error code the ApsaraDB for Redis reference lists (common, service and per-action codes), as
 * an enum-like object.
 */
export declare const RKvstoreErrorCode: {
  /** No virtual IP address can be assigned. */
  readonly AllocateVpcIp_NotEnough: "AllocateVpcIp.NotEnough";
  /** A backup job already exists , which is not supported. */
  readonly BackupJobExists: "BackupJobExists";
  /** The number of backup times exceeds the limit. */
  readonly BackupTimesExceeded: "BackupTimesExceeded";
  /** A common user calls on management APIs. */
  readonly Forbidden_NotAdminUser: "Forbidden.NotAdminUser";
  /** The operation is unavailable in RAM mode. */
  readonly Forbidden_NotSupportRAM: "Forbidden.NotSupportRAM";
  /** The API called by the subaccount is unauthorized. */
  readonly Forbidden_RAM: "Forbidden.RAM";
  /** Access is denied by the Alibaba Cloud risk control system . */
  readonly Forbidden_RiskControl: "Forbidden.RiskControl";
  /** You are not authorized to call the order-class APIs. */
  readonly Forbidden_SubUser: "Forbidden.SubUser";
  /** The error message returned because this instance has an order of renewal with configuration change. */
  readonly HasRenewChangeOrder: "HasRenewChangeOrder";
  /** A used client token is used for the request. However, the content of the request is different from
   * that of the previous request with the used token. */
  readonly IdempotentParameterMismatch: "IdempotentParameterMismatch";
  /** The backup set status does not support this operation. */
  readonly IncorrectBackupSetState: "IncorrectBackupSetState";
  /** The error message returned because the current lock mode of the instance does not support this
   * operation. */
  readonly IncorrectDBInstanceLockMode: "IncorrectDBInstanceLockMode";
  /** The error message returned because the status of the instance does not support this operation. This
   * operation is supported only when the instance is in the running status. */
  readonly IncorrectDBInstanceState: "IncorrectDBInstanceState";
  /** The current instance type does not support this operation. */
  readonly IncorrectDBInstanceType: "IncorrectDBInstanceType";
  /** The password is incorrect. */
  readonly IncorrectPassword: "IncorrectPassword";
  /** The balance is insufficient. */
  readonly InsufficientBalance: "InsufficientBalance";
  /** The resources are insufficient. */
  readonly InsufficientResourceCapacity: "InsufficientResourceCapacity";
  /** An internal error occurs. */
  readonly InternalError: "InternalError";
  /** The input backup method is invalid. */
  readonly InvalidBackupMethod_Format: "InvalidBackupMethod.Format";
  /** The input backup retention period is invalid. */
  readonly InvalidBackupRetentionPeriod_Malformed: "InvalidBackupRetentionPeriod.Malformed";
  /** The backup set ID does not exist. */
  readonly InvalidBackupSetID_NotFound: "InvalidBackupSetID.NotFound";
  /** The input backup type is invalid. */
  readonly InvalidBackupType_Format: "InvalidBackupType.Format";
  /** The capacity configuration is invalid. */
  readonly InvalidCapacity_NotFound: "InvalidCapacity.NotFound";
  /** The input duration for reserving a classic IP address is invalid. */
  readonly InvalidClassicExpiredDays_Format: "InvalidClassicExpiredDays.Format";
  /** The specified instance type is not supported. */
  readonly InvalidDBInstanceClass_NotFound: "InvalidDBInstanceClass.NotFound";
  /** The error message returned because the verification of the end time failed. */
  readonly InvalidEndTime_Format: "InvalidEndTime.Format";
  /** The specified EndTime is invalid. */
  readonly InvalidEndTime_Malformed: "InvalidEndTime.Malformed";
  /** The instance ID does not exist. */
  readonly InvalidInstanceId_NotFound: "InvalidInstanceId.NotFound";
  /** The specified InstanceIds is invalid. */
  readonly InvalidInstanceIds_Malformed: "InvalidInstanceIds.Malformed";
  /** The specified InstanceName is invalid. */
  readonly InvalidInstanceName_Malformed: "InvalidInstanceName.Malformed";
  /** The specified Instances is invalid . */
  readonly InvalidInstances_Malformed: "InvalidInstances.Malformed";
  /** The input key is invalid. */
  readonly InvalidKey_Malformed: "InvalidKey.Malformed";
  /** The input parameter is invalid. */
  readonly InvalidParameter: "InvalidParameter";
  /** The error message returned because the specified parameters are invalid. */
  readonly InvalidParameters_Format: "InvalidParameters.Format";
  /** The specified Password is invalid . */
  readonly InvalidPassword_Malformed: "InvalidPassword.Malformed";
  /** The input backup cycle is invalid. */
  readonly InvalidPreferredBackupPeriod_Malformed: "InvalidPreferredBackupPeriod.Malformed";
  /** The backup time is invalid. */
  readonly InvalidPreferredBackupTime: "InvalidPreferredBackupTime";
  /** The input next backup time is invalid. */
  readonly InvalidPreferredBackupTime_Format: "InvalidPreferredBackupTime.Format";
  /** The specified Region does not exist. */
  readonly InvalidRegion_NotFound: "InvalidRegion.NotFound";
  /** The whitelist format is invalid. */
  readonly InvalidSecurityIPList_Format: "InvalidSecurityIPList.Format";
  /** The specified StartTime is invalid. */
  readonly InvalidStartTime_Malformed: "InvalidStartTime.Malformed";
  /** The input instance status does not exist. */
  readonly InvalidStatus_NotFound: "InvalidStatus.NotFound";
  /** The specified Token is invalid. */
  readonly InvalidToken_Malformed: "InvalidToken.Malformed";
  /** The specified ZoneId is invalid. */
  readonly InvalidZoneId_NotFound: "InvalidZoneId.NotFound";
  /** The specification code is invalid. */
  readonly MissingClassCode: "MissingClassCode";
  /** The parameter is missing. */
  readonly MissingParameter: "MissingParameter";
  /** Input at least one parameter. */
  readonly ParameterLeastAssociate: "ParameterLeastAssociate";
  /** The error message returned because no payment method has been registered for your account. */
  readonly PaymentMethodNotFound: "PaymentMethodNotFound";
  /** The purchase quantity has exceeded the limit. */
  readonly QuotaExceed: "QuotaExceed";
  /** The storage in the specified zone is insufficient. */
  readonly QuotaNotEnough: "QuotaNotEnough";
  /** You have not performed real-name authentication. */
  readonly RealNameAuthenticationError: "RealNameAuthenticationError";
  /** The service is unavailable. */
  readonly ServiceNotSupported: "ServiceNotSupported";
  /** An exception or error occurs on the server. */
  readonly ServiceUnavailable: "ServiceUnavailable";
  /** The signature is used. */
  readonly SignatureNonceUsed: "SignatureNonceUsed";
  /** Instances of the specified type cannot be created in the zone. */
  readonly Zone_NotSupport: "Zone.NotSupport";
};
/** Any documented ApsaraDB for Redis error code. */
export type RKvstoreErrorCode = (typeof RKvstoreErrorCode)[keyof typeof RKvstoreErrorCode];
/**
 * The error codes each action documents, by action name. Common codes can come from any action and are
 * not repeated here.
 */
export interface RKvstoreActionErrorCodes {
  CreateAccount: never;
  CreateInstance: never;
  DeleteAccount: never;
  DeleteInstance: never;
  DescribeAccounts: never;
  DescribeBackupPolicy: never;
  DescribeBackups: never;
  DescribeDBInstanceNetInfo: never;
  DescribeHistoryMonitorValues: never;
  DescribeInstanceAttribute: never;
  DescribeInstanceConfig: never;
  DescribeInstances: never;
  DescribeMonitorItems: never;
  FlushInstance: never;
  GrantAccountPrivilege: never;
  ModifyAccountDescription: never;
  ModifyBackupPolicy: never;
  ModifyDBInstanceConnectionString: never;
  ModifyInstanceAttribute: never;
  ModifyInstanceConfig: never;
  ModifyInstanceMaintainTime: "InvalidEndTime.Format";
  ModifyInstanceMajorVersion: never;
  ModifyInstanceNetExpireTime: never;
  ModifyInstanceSpec: "HasRenewChangeOrder" | "PaymentMethodNotFound";
  ModifyInstanceSSL: "IncorrectDBInstanceLockMode" | "IncorrectDBInstanceState" | "InvalidParameters.Format";
  ModifyInstanceVpcAuthMode: never;
  ModifySecurityIps: never;
  ResetAccountPassword: never;
  RestoreInstance: never;
  SwitchNetwork: never;
  TransformToPrePaid: never;
}
/** A ApsaraDB for Redis service error whose `code` is known to be `C`. */
export type RKvstoreError<C extends string = RKvstoreErrorCode> = ServiceError & {
  readonly code: C;
};
/**
 * Narrows a caught value to a service error, optionally with the given documented code.
 *
 * @example
 * ```ts
 * try { … } catch (e) {
 *   if (isRKvstoreError(e, "AllocateVpcIp.NotEnough")) { … }
 * }
 * ```
 */
export declare function isRKvstoreError<C extends RKvstoreErrorCode>(error: unknown, code?: C): error is RKvstoreError<C>;
