/**
 * Reproduces AbstractClient.formatSignString from
 * node_modules/tencentcloud-sdk-nodejs-common/tencentcloud/common/abstract_client.js (the string
 * the official SDK feeds Sign.sign for v1 signatures):
 *   keys = Object.keys(params); keys.sort();
 *   strParam += "&" + key + "=" + params[key]   (values NOT encoded)
 *   reqMethod.toLocaleUpperCase() + endpoint + path + "?" + strParam.slice(1)
 */
export function officialFormatSignString(reqMethod: string, endpoint: string, path: string, params: Record<string, string>): string {
  let strParam = "";
  const keys = Object.keys(params);
  keys.sort();
  for (const k in keys) {
    if (!Object.prototype.hasOwnProperty.call(keys, k)) continue;
    strParam += "&" + keys[k] + "=" + params[keys[k]!];
  }
  return reqMethod.toLocaleUpperCase() + endpoint + path + "?" + strParam.slice(1);
}
