import type { HandlerContext, MockRequest } from "../types";

/** "suite" for GovStack's test suites (a suite namespace, or the x-sandbox-profile header), else "spec". */
export const profileOf = (ns: string, req: MockRequest): HandlerContext["profile"] =>
  ns.startsWith("suite") || req.headers["x-sandbox-profile"] === "suite" ? "suite" : "spec";
