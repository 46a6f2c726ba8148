/**
 * The Tencent Cloud API 2.0 reference family (`<module>.api.qcloud.com/v2/index.php`, PDF text with
 * tab tables), its wording as data: chapter and section titles, the sentences that name an
 * action, column headers by role, the contents title, how a table's caption names the response
 * path it documents. Add a phrasing here (with a fixture), not in the parser.
 */
import type { FamilyMarkers } from "./document-profile.js";

/** Roles of an API 2.0 table's columns. */
export type V2Column = "name" | "required" | "type" | "description" | "code" | "message" | "errorType" | "api" | "action" | "value";

export const tencentV2Profile = {
  /** How a document is told to be of this family: the API 2.0 path, and no API 3.0 header or host. */
  markers: { any: /api\.qcloud\.com\/v2\/index\.php|\/v2\/index\.php/, none: /X-TC-Action|tencentcloudapi\.com/ } satisfies FamilyMarkers,
  /** The line under each chapter title ("Last updated : 2019-01-01"). */
  updated: ["Last updated", "最近更新时间"],
  /** Numbered section titles of an action chapter ("2. Input Parameters"). */
  sections: {
    description: ["API Description", "接口描述"],
    input: ["Input Parameters", "Request Parameters", "输入参数", "请求参数"],
    output: ["Output Parameters", "Response Parameters", "输出参数", "返回参数"],
    errors: ["Error Codes", "Error Code", "错误码"],
    example: ["Examples", "Example", "示例"],
  },
  /** Sentences that name an action; group 1 or 2 is the name. */
  actionField: /The Action field for this API is ([A-Z][A-Za-z0-9]+)|本接口\s*Action\s*字段[^A-Za-z]*([A-Z][A-Za-z0-9]+)/,
  thisApi: /This API \(([A-Z][A-Za-z0-9]+)\)|本接口\s*[（(]([A-Z][A-Za-z0-9]+)[)）]/,
  /** The chapter listing the request parameters every action takes. */
  commonTable: ["Public Request Parameters", "Common Request Parameters", "公共请求参数"],
  /** Common parameters, whether or not the document lists them. */
  commonParameters: ["Action", "Region", "Timestamp", "Nonce", "SecretId", "Signature", "SignatureMethod", "Token"],
  /** Column headers by role. */
  columns: {
    name: ["Parameter Name", "Parameter", "Name", "Field", "参数名称", "参数名", "名称"],
    required: ["Required", "Mandatory", "是否必选", "必选"],
    type: ["Type", "Data Type", "类型"],
    code: ["Error Code", "Code", "错误码", "错误代码"],
    message: ["Error Message", "Message", "错误信息", "英文提示"],
    errorType: ["Error Type", "错误类型"],
    action: ["Action Name", "Action", "接口名称"],
    api: ["API", "API Name", "接口功能"],
    value: ["Value", "Parameter Value", "示例值", "值"],
    description: ["Description", "Error Description", "Descriptions", "描述", "说明", "错误描述", "Updates"],
  } satisfies Record<V2Column, string[]>,
  yes: ["yes", "是"],
  no: ["no", "否"],
  /** A name cell saying the action takes no parameter. */
  none: ["None"],
  /** The contents' title. */
  contents: ["Contents", "Table of Contents", "目录"],
  /** A category line above a chapter title ("Instance APIs", "实例相关接口"). */
  category: /^[A-Z][A-Za-z0-9 -]{0,40}\bAPIs?$|接口$/,
  /** Words of a table caption that name the response path it documents ("Array data.types is composed as follows:"). */
  captionBefore: ["Array", "Parameter", "Object", "Structure", "Field"],
  captionAfter: ["array", "object", "structure", "parameter"],
};

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A regular expression matching exactly one of `words`, ignoring case. */
export function oneOf(words: string[]): RegExp {
  return new RegExp(`^(${words.map(escape).join("|")})$`, "i");
}
