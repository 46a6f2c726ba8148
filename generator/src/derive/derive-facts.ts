/**
 * The facts a spec carries beyond what the docs say, derived once when it is built: the vendor,
 * default region and common parameters of its protocol (from profiles/protocols.ts), each
 * action's pagination, and the waiters of actions that start a task. Emitters, the mock server and the OpenAPI export read them from the spec,
 * so a spec file is all anyone needs, whoever wrote it.
 */
import type { Spec } from "../model.js";
import { protocolProfile } from "../profiles/protocols.js";
import { paginationOf } from "./pagination.js";
import { deriveWaiters } from "./waiters.js";

type DerivedServiceFacts = "vendor" | "defaultRegion" | "commonParameters";

/** A spec as the parsers (or a hand-written test) make it: the derived facts may be missing or stale. */
export type SpecDraft = Omit<Spec, "formatVersion" | "service"> & {
  formatVersion?: number;
  service: Omit<Spec["service"], DerivedServiceFacts> & Partial<Pick<Spec["service"], DerivedServiceFacts>>;
};

/** The spec with its derived facts (re)computed, in the spec's key order; `spec` is not changed. */
export function withDerivedFacts(spec: SpecDraft): Spec {
  const profile = protocolProfile(spec);
  const { vendor: _v, defaultRegion: _r, commonParameters: _c, ...service } = spec.service;
  const actions = spec.actions.map((a) => {
    const { pagination: _p, source, ...rest } = a;
    const pagination = paginationOf(spec, a);
    return { ...rest, ...(pagination ? { pagination } : {}), ...(source !== undefined ? { source } : {}) };
  });
  // on the copies: the waiter facts are (re)set in place
  deriveWaiters(actions);
  const { formatVersion: _f, ...rest } = spec;
  return {
    formatVersion: 2,
    ...rest,
    service: { ...service, vendor: profile.vendor, defaultRegion: profile.defaultRegion, commonParameters: profile.commonParameters.map((p) => ({ ...p })) },
    actions,
  };
}
