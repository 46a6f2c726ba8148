/**
 * The document checked against itself: its action lists (contents, API overview, RAM table)
 * against the sections it documents, the API version it states in different places, and its
 * worked signature example re-computed from the example's own parameters with the runtime's signer.
 */
import { signAliyunRpc } from "../../../../runtime/src/signing/aliyun-rpc-signer.js";
import type { Diagnostic } from "../../model.js";
import { compareText } from "../../text-order.js";

export interface ActionList {
  title: string;
  line: number;
  names: string[];
}

export function compareLists(file: string, documented: string[], lists: ActionList[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const doc = new Set(documented);
  for (const l of lists) {
    const names = new Set(l.names);
    const missing = documented.filter((a) => !names.has(a));
    const extra = l.names.filter((a) => !doc.has(a));
    if (!missing.length && !extra.length) continue;
    out.push({
      severity: "warning",
      message:
        `${l.title} lists ${names.size} actions, the document has ${doc.size} action sections` +
        (missing.length ? `; the list misses ${missing.join(", ")}` : "") +
        (extra.length ? `; it lists ${extra.join(", ")}, which no section documents` : ""),
      at: `${file}:${l.line}`,
    });
  }
  return out;
}

export interface VersionMention {
  version: string;
  line: number;
}

/** The version most places say, and a warning for each place that says another. */
export function weighVersions(file: string, mentions: VersionMention[]): { version?: string; diagnostics: Diagnostic[] } {
  const count = new Map<string, number>();
  for (const m of mentions) count.set(m.version, (count.get(m.version) ?? 0) + 1);
  const ranked = [...count].sort((a, b) => b[1] - a[1] || compareText(b[0], a[0]));
  const version = ranked[0]?.[0];
  const diagnostics: Diagnostic[] = mentions
    .filter((m) => m.version !== version)
    .map((m) => ({
      severity: "warning" as const,
      message: `the document says API version ${m.version} here, but ${version} in ${count.get(version!)} other places; the spec uses ${version}`,
      at: `${file}:${m.line}`,
    }));
  return { version, diagnostics };
}

export interface SignatureExample {
  method: string;
  params: Record<string, string>;
  printedStringToSign?: string;
  printedSignature?: string;
  secret: string;
  line: number;
  /** The action the prose says the example uses, where it names one. */
  namedAction?: string;
}

export function checkSignatureExample(file: string, ex: SignatureExample): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = `${file}:${ex.line}`;
  // the runtime's own signer: the check and the SDKs cannot disagree about what a signature is
  const { stringToSign: sts, signature: correct } = signAliyunRpc({ method: ex.method as "GET" | "POST", accessKeySecret: ex.secret, params: ex.params });
  if (ex.printedStringToSign !== undefined && ex.printedStringToSign !== sts) {
    const why: string[] = [];
    if (!ex.printedStringToSign.startsWith(`${ex.method}&`)) why.push(`no "&" after ${ex.method}`);
    if (/%3D[^&]*&/.test(ex.printedStringToSign)) why.push(`the query's "&" separators are not encoded as %26`);
    out.push({
      severity: "warning",
      message: `the signature example's printed StringToSign is not the one its parameters give${why.length ? ` (${why.join("; ")})` : ""}; expected ${sts}`,
      at,
    });
  }
  if (ex.printedSignature && ex.printedSignature !== correct) {
    out.push({
      severity: "warning",
      message: `the signature example's printed signature ${ex.printedSignature} does not match its printed parameters: HMAC-SHA1 with key "${ex.secret}&" gives ${correct}`,
      at,
    });
  }
  if (ex.namedAction && ex.params.Action && ex.namedAction !== ex.params.Action) {
    out.push({ severity: "warning", message: `the signature example says it uses ${ex.namedAction}, but its request sends Action=${ex.params.Action}`, at });
  }
  return out;
}
