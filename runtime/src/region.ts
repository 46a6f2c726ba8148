/**
 * Where a client's region comes from when the code does not say: the vendor's environment
 * variable, else the `region` (Tencent) / `region_id` (Alibaba) of the profile in use. A request
 * without a region used to go out without X-TC-Region and fail at the server with an unclear
 * error; a client that needs one (`requireRegion`) now fails before sending instead.
 */
import { readProfile, type Vendor } from "./credentials.js";

export const REGION_ENV: Readonly<Record<Vendor, string>> = { tencent: "TENCENTCLOUD_REGION", aliyun: "ALIBABA_CLOUD_REGION_ID" };

export function envRegion(vendor: Vendor, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const v = env[REGION_ENV[vendor]]?.trim();
  return v ? v : undefined;
}

export async function profileRegion(vendor: Vendor, opts: { profile?: string; path?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string | undefined> {
  const { section } = await readProfile({ vendor, ...opts });
  const v = (vendor === "tencent" ? section?.region : (section?.region_id ?? section?.region))?.trim();
  return v ? v : undefined;
}

/** A client needs a region and none was found. Thrown before anything is sent. */
export class MissingRegionError extends Error {
  readonly code = "MissingRegion";
  constructor(action: string, vendor: Vendor) {
    super(
      `${action} needs a region and none is set: pass \`region\` to the client or the call, or set ${REGION_ENV[vendor]}, or add ${vendor === "tencent" ? "region" : "region_id"} to the credentials profile`,
    );
    this.name = "MissingRegionError";
  }
}
