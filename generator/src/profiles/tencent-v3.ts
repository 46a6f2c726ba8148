/**
 * The Tencent Cloud API 3.0 reference family (cloud.tencent.com docs, English and Chinese): its
 * wording as data. Every list holds the phrasings seen across services and docs releases; add a
 * phrasing here (with a fixture in test/parser/profile-phrasings.test.ts), not in a parser.
 */
import type { DocumentProfile, TypeWord } from "./document-profile.js";

/** Type words shared by the Tencent families (API 3.0 tables and API 2.0 ones). */
export const TENCENT_TYPE_WORDS: Record<string, TypeWord> = {
  String: { type: "string" },
  Integer: { type: "integer" },
  Int: { type: "integer" },
  Int64: { type: "integer", format: "int64" },
  UInt64: { type: "integer", format: "uint64" },
  Uint64: { type: "integer", format: "uint64" },
  Long: { type: "integer", format: "int64" },
  UInteger: { type: "integer" },
  Uint: { type: "integer" },
  Float: { type: "number" },
  Double: { type: "number" },
  Number: { type: "number" },
  Boolean: { type: "boolean" },
  Bool: { type: "boolean" },
  Timestamp: { type: "string", format: "timestamp" },
  "Timestamp ISO8601": { type: "string", format: "date-time" },
  Date: { type: "string", format: "date" },
  DateTime: { type: "string", format: "date-time" },
  Object: { type: "object" },
  Binary: { type: "binary" },
};

export const tencentV3Profile: DocumentProfile = {
  columns: {
    name: ["Parameter Name", "Parameter", "Name", "Field", "Field Name", "参数名称", "参数名", "参数", "名称", "字段名称", "字段"],
    type: ["Type", "Data Type", "类型", "数据类型"],
    required: ["Required", "Required or Not", "Mandatory", "必选", "是否必选", "是否必填", "必填"],
    description: ["Description", "Remarks", "Meaning", "描述", "说明", "解释", "参数描述", "含义"],
    example: ["Example", "Example Value", "示例值", "示例"],
    errorCode: ["Error Code", "Error code", "Code", "错误码", "错误代码"],
    errorMessage: ["Error Message", "错误信息"],
    httpStatus: ["HTTP Status Code", "HTTP状态码"],
  },
  sections: {
    description: ["API Description", "Description", "接口描述"],
    input: ["Input Parameters", "Request Parameters", "输入参数", "请求参数"],
    output: ["Output Parameters", "Response Parameters", "输出参数", "返回参数"],
    examples: ["Example", "Examples", "Sample", "Samples", "示例"],
    errors: ["Error Codes", "Error Code", "错误码"],
    resources: ["Developer Resources", "Resources for Developers", "Other Resources", "开发者资源"],
  },
  yes: ["Yes", "是", "Required", "必选", "必填", "True"],
  no: ["No", "否", "Optional", "可选", "False"],
  types: TENCENT_TYPE_WORDS,
  arrayOf: ["Array of"],
  listSuffixes: [".N"],
  commonParameters: {
    always: ["Action", "Version"],
    ifMarked: ["Region", "Language", "Timestamp", "Nonce", "SecretId", "Signature", "SignatureMethod", "Token"],
    markers: ["Common parameter", "Common Params", "Common Param", "公共参数"],
  },
  envelopeFields: ["RequestId"],
  actionRow: "Action",
  versionRow: "Version",
  referencedBy: ["Referenced by", "Used by actions", "Used by", "引用到的接口", "被如下接口引用", "引用本数据结构的接口"],
  exampleTitles: ["Example", "Sample", "示例"],
  exampleInput: ["Input Example", "Input Sample Code", "Request parameters", "Request Example", "Input", "输入示例", "请求参数", "请求示例"],
  exampleOutput: ["Output Example", "Output Sample Code", "Response parameters", "Response Example", "Output", "输出示例", "返回参数", "返回示例", "响应示例"],
  commonErrors: ["Common Error Codes", "Common Error Code", "公共错误码"],
  serviceErrors: ["Service Error Codes", "Service Error Code", "Business Error Codes", "业务错误码"],
  actionListColumns: ["API Name", "API name", "Action", "Name", "接口名称", "API 名称"],
  endpointHost: /(?<![\w.-])([a-z][a-z0-9-]*)\.tencentcloudapi\.com\b/g,
  rateLimit: /A maximum of (\d+) requests? can be initiated per second|request rate limit[^:：]*[:：]\s*(\d+)|频率限制[:：]\s*(\d+)/i,
  descriptionBoilerplate: [
    /^(Domain name for API request|API domain name|API request domain name|接口请求域名)\s*[:：]/i,
    /^(A maximum of \d+ requests|Default request rate limit|默认接口请求频率限制)/i,
    /^(We recommend you to use API Explorer|API Explorer provides|推荐使用 ?API Explorer)/i,
    /^(Try it|点击调试)$/i,
  ],
};
