/**
 * The document families doc2sdk reads, and how to tell them apart. Each family has one parser;
 * a new family is one new parser file and one line here.
 */
import type { Protocol } from "../model.js";
import { isKnownProtocol, PROTOCOLS, type ProtocolProfile } from "../profiles/protocols.js";
import { aliyunRpcProfile } from "../profiles/aliyun-rpc.js";
import type { FamilyMarkers } from "../profiles/document-profile.js";
import { tencentV2Profile } from "../profiles/tencent-v2.js";
import type { SourceLine } from "../recover/source-lines.js";
import type { ParsedDocument } from "./parsed-document.js";
import { parseTencentV3 } from "./tencent-v3.js";
import { parseAliyunRpc } from "./aliyun-rpc.js";
import { parseTencentV2 } from "./tencent-v2.js";

export type DocumentFamily = ProtocolProfile["documents"]["family"];

/** A family parser reads recovered lines; `titles` are the PDF's repeated page titles, if any. */
export type FamilyParser = (file: string, lines: SourceLine[], titles: SourceLine[]) => ParsedDocument;

export const familyParsers: Partial<Record<DocumentFamily, FamilyParser>> = {
  "tencent-v3": parseTencentV3,
  "tencent-v2": parseTencentV2,
  "aliyun-rpc": parseAliyunRpc,
};

/** The families whose documents are told by markers (their profiles'), in the order they are tried. */
const MARKED_FAMILIES: [DocumentFamily, FamilyMarkers][] = [
  ["aliyun-rpc", aliyunRpcProfile.markers!],
  ["tencent-v2", tencentV2Profile.markers],
];
/** The family of a document that matches no other's markers. */
const UNMARKED_FAMILY: DocumentFamily = "tencent-v3";

/** Guesses the family of a document never seen before from its text. */
export function detectFamily(text: string): DocumentFamily {
  for (const [family, markers] of MARKED_FAMILIES) if (markers.any.test(text) && !markers.none?.test(text)) return family;
  return UNMARKED_FAMILY;
}

/** The manifest's protocol implies the family where the manifest does not say. */
export function familyOfProtocol(protocol: string): DocumentFamily | undefined {
  return isKnownProtocol(protocol) ? PROTOCOLS[protocol].documents.family : undefined;
}

/** The signing protocol and provider a family's documents describe (for documents not in the manifest). */
export const FAMILY_PROTOCOL: Record<DocumentFamily, { protocol: Protocol; provider: string }> = Object.fromEntries(
  Object.values(PROTOCOLS).map((p) => [p.documents.family, { protocol: p.protocol, provider: p.provider }]),
) as Record<DocumentFamily, { protocol: Protocol; provider: string }>;
