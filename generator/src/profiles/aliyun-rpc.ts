/**
 * The Alibaba Cloud RPC reference family in its own markdown source (AlibabaCloudDocs/<product>,
 * English `intl.en-US` and Chinese `cn.zh-CN` pages, DITA-exported): its wording as data. Add a
 * phrasing here (with a fixture in test/parser/aliyun-markdown.test.ts), never in a parser.
 */
import type { DocumentProfile, TypeWord } from "./document-profile.js";

export const ALIYUN_TYPE_WORDS: Record<string, TypeWord> = {
  String: { type: "string" },
  Integer: { type: "integer" },
  Int: { type: "integer" },
  Int32: { type: "integer" },
  Long: { type: "integer", format: "int64" },
  Int64: { type: "integer", format: "int64" },
  Float: { type: "number" },
  Double: { type: "number" },
  Number: { type: "number" },
  Boolean: { type: "boolean" },
  Bool: { type: "boolean" },
  Binary: { type: "binary" },
  Json: { type: "object" },
  Map: { type: "object" },
  "String to string map": { type: "object" },
  Timestamp: { type: "string" },
  Date: { type: "string" },
  DateTime: { type: "string" },
  /** `Tags.N`-style repeated scalars: a list of strings on the wire. */
  RepeatList: { type: "string", array: true },
  "Repeat List": { type: "string", array: true },
  List: { type: "string", array: true },
  字符串: { type: "string" },
  整型: { type: "integer" },
  长整型: { type: "integer", format: "int64" },
  布尔: { type: "boolean" },
};

export const aliyunRpcProfile: DocumentProfile = {
  markers: { any: /aliyuncs\.com|Alibaba Cloud|阿里云|AccessKeyId/, none: /tencentcloudapi\.com/ },
  columns: {
    name: ["Parameter", "Parameter name", "Name", "Field", "名称", "参数", "参数名", "参数名称", "字段"],
    type: ["Type", "Parameter type", "Data type", "类型", "数据类型", "参数类型"],
    required: ["Required", "Required?", "Required or not", "Mandatory", "是否必选", "必选", "是否必须", "是否必需", "必填", "是否必填"],
    description: ["Description", "Meaning", "Remarks", "描述", "说明", "含义", "参数说明"],
    example: ["Example", "Example value", "示例值", "示例"],
    errorCode: ["Error code", "Error codes", "ErrorCode", "错误码", "错误代码"],
    errorMessage: ["Error message", "ErrorMessage", "错误信息", "错误消息"],
    httpStatus: ["HttpCode", "HTTP status code", "HTTP status", "HTTP 状态码", "HTTP状态码", "状态码"],
  },
  sections: {
    description: ["Description", "Descriptions", "API description", "描述", "接口说明", "API描述", "功能描述", "接口描述"],
    debugging: ["Debugging", "Make the API call", "调试"],
    input: ["Request parameters", "Request parameter", "请求参数"],
    output: [
      "Response parameters",
      "Response parameter",
      "Return parameters",
      "Returned parameters",
      "Response elements",
      "Response data",
      "返回数据",
      "返回参数",
      "返回结果",
      "返回值",
      "响应参数",
    ],
    examples: ["Examples", "Example", "Samples", "示例"],
    errors: ["Error codes", "Errors codes", "Errors", "Error code", "错误码"],
  },
  yes: ["Yes", "是", "Required", "必选", "必填", "True"],
  no: ["No", "否", "Optional", "可选", "False"],
  types: ALIYUN_TYPE_WORDS,
  arrayOf: ["Array of", "List of"],
  listSuffixes: [".N"],
  commonParameters: {
    // the signature's parameters and the caller-account ones: the client sets them, never the action
    always: [
      "Action",
      "Version",
      "Format",
      "AccessKeyId",
      "Signature",
      "SignatureMethod",
      "SignatureVersion",
      "SignatureNonce",
      "SignatureType",
      "Timestamp",
      "SecurityToken",
      "BearerToken",
      "OwnerId",
      "OwnerAccount",
      "ResourceOwnerId",
      "ResourceOwnerAccount",
      "CallerParentId",
      "CallerBid",
      "CallerUid",
      "CallerType",
    ],
    ifMarked: [],
    markers: [],
  },
  envelopeFields: ["RequestId"],
  actionRow: "Action",
  versionRow: "Version",
  referencedBy: [],
  exampleTitles: ["Example", "Examples", "示例"],
  exampleInput: ["Sample requests", "Sample request", "Request example", "Request examples", "请求示例"],
  exampleOutput: [
    "Sample success responses",
    "Sample success response",
    "Sample responses",
    "Sample response",
    "Response example",
    "Response examples",
    "Normal response example",
    "正常返回示例",
    "返回示例",
  ],
  exampleError: ["Sample error responses", "Sample error response", "Error response example", "Error response examples", "异常返回示例", "错误返回示例"],
  exampleXml: ["XML format", "XML example", "XML 格式", "XML格式", "XML示例", "XML 示例"],
  exampleJson: ["JSON format", "JSON example", "JSON 格式", "JSON格式", "JSON示例", "JSON 示例"],
  responseElementSuffix: "Response",
  structWords: ["Struct", "Structure", "Object", "结构体"],
  commonErrors: ["Common error codes", "公共错误码"],
  serviceErrors: ["Error codes", "错误码"],
  actionListColumns: ["API", "Action", "Operation", "API name", "接口", "API 名称", "接口名称"],
  endpointHost: /(?<![\w.-])([a-z][a-z0-9-]*)(?:\.[a-z0-9-]+)?\.aliyuncs\.com\b/g,
  rateLimit: /QPS (?:limit|限制)[^\d]{0,20}(\d+)/i,
  descriptionBoilerplate: [/^For more information about common (request )?parameters/i, /^公共(请求)?参数/],
};

/**
 * The same family printed as PDF text (tab tables, numbered headings): the words its line reader
 * (parse/aliyun-rpc.ts, parse/aliyun/tables.ts) looks for. Compared whole-line, ignoring case.
 */
export const aliyunRpcPrintedWords = {
  subsections: {
    description: ["Description", "API description", "描述", "接口说明", "功能描述", "接口描述"],
    debug: ["Debugging", "调试"],
    request: ["Request parameters", "请求参数"],
    response: ["Response parameters", "返回参数", "返回数据", "返回结果"],
    examples: ["Examples", "示例"],
    requestExample: ["Request example", "Request examples", "Sample request", "Sample requests", "Example", "请求示例"],
    responseExample: [
      "Response example",
      "Response examples",
      "Sample response",
      "Sample responses",
      "Sample success response",
      "Sample success responses",
      "正常返回示例",
      "返回示例",
    ],
    errorExample: ["Sample error response", "Sample error responses", "Error response example", "Error response examples", "异常返回示例"],
    xml: ["XML format", "XML 格式", "XML格式"],
    json: ["JSON format", "JSON 格式", "JSON格式"],
    errors: ["Error code", "Error codes", "错误码"],
  },
  /** A heading that joins a sub-section title and the format ("Response examples JSON format"). */
  formatSuffix: ["XML format", "JSON format"],
  contents: ["Contents", "Table of contents", "目录"],
  /** A caption naming the structure a table documents ("Table 8-3: InstanceNetInfo parameters"). */
  structCaption: /^(?:Table\s*\d+(?:-\d+)?\s*[:：]\s*)?([A-Z][A-Za-z0-9]+)\s+(?:parameters?|parameter structure|structure|参数|结构|数据结构)\.?$/i,
  /** Caption names that are a part of the page, not a structure. */
  notStructures: ["Request", "Response", "Public", "Common", "Return"],
  commonTable: /(Public|Common) request parameters|公共请求参数|公共参数/i,
  /** A sentence of the document's opening that states its endpoint ("Endpoint: `r-kvstore.aliyuncs.com`"); group 1 is the host. */
  statedEndpoint: /(?:access address|endpoint|服务地址|接入地址|访问地址)[^\n]*?`?\b([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.aliyuncs\.com)\b(?!\.)/i,
  /** A host of the vendor's own: preferred among the hosts the example requests send to. */
  vendorHost: /\.aliyuncs\.com$/,
  commonParameters: [
    "Format",
    "Version",
    "AccessKeyId",
    "Signature",
    "SignatureMethod",
    "Timestamp",
    "SignatureVersion",
    "SignatureNonce",
    "ResourceOwnerAccount",
    "SecurityToken",
  ],
  /** Description lines that are boilerplate. */
  boilerplate: /OpenAPI Explorer|API Explorer|^(Note|Notice|Warning)[:：]?$/,
  /** Words of a Required cell that mean yes (a prefix is enough: "Yes (either A or B)"). */
  yes: ["yes", "是", "true", "必选", "必填"],
  /** The document's issue line ("Issue: 20190815") and title line ("Alibaba Cloud ApsaraDB …"). */
  issue: ["Issue", "文档版本"],
  vendorTitle: ["Alibaba Cloud", "阿里云"],
  signatureSection: ["Signature method", "Signature", "签名机制", "签名方法"],
  /** Column headers by role, for the tab and pipe tables of printed pages. */
  columns: {
    name: ["Name", "Parameter", "Parameter name", "Field", "名称", "参数", "参数名", "参数名称", "字段"],
    type: ["Type", "Parameter type", "Data type", "类型", "数据类型", "参数类型"],
    required: ["Required", "Required or not", "Mandatory", "是否必选", "必选", "是否必须", "必填"],
    example: ["Example", "Example value", "示例值", "示例"],
    code: ["Error code", "Code", "ErrorCode", "错误码", "错误代码"],
    message: ["Error message", "Message", "ErrorMessage", "错误信息", "错误消息"],
    status: ["HTTP status code", "HTTP status", "httpStatusCode", "statusCode", "HttpCode", "HTTP 状态码", "HTTP状态码", "状态码"],
    api: ["API", "Action", "Operation", "接口", "操作", "API 名称", "接口名称"],
    description: ["Description", "Error code description", "Meaning", "Authorization rule", "描述", "说明", "含义", "错误描述", "授权规则"],
  },
};

const escapeWord = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Matches a whole line that is one of `words`, ignoring case. */
export function wholeLine(words: string[]): RegExp {
  return new RegExp(`^(${words.map(escapeWord).join("|")})$`, "i");
}
