/** Request bodies checked at the boundary: one zod check and one message shape for every write route of the workspace. */
import type { z } from "zod";
import { InputError } from "../core/errors.ts";

/** The body as `schema` types it, or an InputError that says what was expected (`expected`) and names the first wrong fields; a missing body is checked as `{}`. */
export function parseBody<T extends z.ZodTypeAny>(schema: T, body: unknown, expected: string): z.infer<T> {
  const result = schema.safeParse(body ?? {});
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
    throw new InputError("workspace", `${expected}: ${issues}`);
  }
  return result.data;
}
