// Typed application errors thrown by domain functions, and the one mapper that
// turns any error into an HTTP status and a message key. Transports (server
// actions, route handlers) never decide statuses themselves.
import { ZodError, type z } from "zod";
import type { Params } from "@/lib/i18n/translate";

export type AppErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "validation"
  | "conflict"
  | "invalid_transition"
  | "rate_limited";

const STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  validation: 422,
  conflict: 409,
  invalid_transition: 409,
  rate_limited: 429,
};

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    /** Catalogue key of the message shown to the user. */
    readonly messageKey: string,
    readonly params?: Params,
  ) {
    super(messageKey);
  }
  get status() {
    return STATUS[this.code];
  }
}

/** Same answer whether the record does not exist or the caller may not see it. */
export const notFound = () => new AppError("not_found", "errors.notFound");
export const forbidden = () => new AppError("forbidden", "errors.forbidden");
export const conflict = (messageKey = "errors.conflict", params?: Params) => new AppError("conflict", messageKey, params);
export const invalidTransition = (params?: Params) =>
  new AppError("invalid_transition", "errors.invalidTransition", params);

export interface MappedError {
  status: number;
  code: AppErrorCode;
  messageKey: string;
  params?: Params;
  issues?: z.core.$ZodIssue[];
}

function prismaCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string" && /^P\d{4}$/.test(code)) return code;
  }
  return undefined;
}

/** A unique constraint refused the write (two requests declaring the same thing, for example). */
export function isUniqueViolation(error: unknown): boolean {
  return prismaCode(error) === "P2002";
}

/** Maps a thrown error to a client-safe answer, or returns null for a real bug (a 500). */
export function mapError(error: unknown): MappedError | null {
  if (error instanceof AppError) return { status: error.status, code: error.code, messageKey: error.messageKey, params: error.params };
  if (error instanceof ZodError) return { status: 422, code: "validation", messageKey: "errors.validation", issues: error.issues };
  switch (prismaCode(error)) {
    case "P2002":
      return { status: 409, code: "conflict", messageKey: "errors.duplicate" };
    case "P2025":
      return { status: 404, code: "not_found", messageKey: "errors.notFound" };
    case "P2034": // serialization failure / deadlock: the user can simply retry
      return { status: 409, code: "conflict", messageKey: "errors.retry" };
  }
  return null;
}
