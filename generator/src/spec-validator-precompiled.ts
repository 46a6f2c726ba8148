/**
 * The spec schema's validator, compiled ahead of time. From the sources there is none, and
 * spec-file.ts compiles spec/spec.schema.json when first needed; the compiled CLI's build
 * (scripts/build-cli.mjs) replaces this module with Ajv's standalone code for the schema, which
 * saves every `parse`, `check` and `generate` process the schema's compilation (over 100 ms).
 */
import type { ValidateFunction } from "ajv";

export const precompiledValidator: ValidateFunction | undefined = undefined;
