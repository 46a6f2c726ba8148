/**
 * Error codes as a document lists them: the first row of a code wins, and further rows of the
 * same code with other text are kept as its variants (references document one code several
 * times, with another message, status or description each time).
 */
import type { ErrorCode } from "../model.js";

/** @param distinct what makes two rows of one code different documentation (family by family) */
export function errorRegistry(distinct: (e: Pick<ErrorCode, "message" | "httpStatus" | "description">) => string) {
  const errors = new Map<string, ErrorCode>();
  const add = (e: ErrorCode): void => {
    const prev = errors.get(e.code);
    if (!prev) {
      errors.set(e.code, e);
      return;
    }
    const key = distinct(e);
    if (distinct(prev) === key) return;
    const variants = (prev.variants ??= []);
    if (variants.some((v) => distinct(v) === key)) return;
    variants.push({
      ...(e.httpStatus !== undefined ? { httpStatus: e.httpStatus } : {}),
      ...(e.message ? { message: e.message } : {}),
      description: e.description,
    });
  };
  return { errors, add };
}
