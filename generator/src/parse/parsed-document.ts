/** What every document-family parser returns: one document's share of a spec, before merging. */
import type { Action, Diagnostic, ErrorCode, Release, Structure } from "../model.js";

export interface ParsedDocument {
  actions: Action[];
  structures: Structure[];
  errors: ErrorCode[];
  releases: Release[];
  endpoints: string[];
  apiVersion?: string;
  released?: string;
  /** The service's title as the document prints it, where it does. */
  title?: string;
  listedActions: string[];
  diagnostics: Diagnostic[];
}
