// Loads each BB's OpenAPI contract once per process and compiles a small router over it.
import type { OpenAPIBackend, OpenAPIValidator, Operation } from "openapi-backend";
import { openContract } from "@/lib/content/openapi-backend";
import type { BbId, ParamName } from "../types";
import { safeDecode } from "./respond";

/** One operation with a precompiled path pattern. */
export type CompiledOperation = {
  operation: Operation;
  operationId: string;
  method: string;
  /** Contract path, e.g. "/config/policy/{policyId}/". */
  path: string;
  pattern: RegExp;
  paramNames: string[];
  staticLength: number;
};

/** A loaded contract: the openapi-backend instance (mocker), its request validator and the compiled routes. */
export type Contract = {
  bb: BbId;
  version: string;
  title: string;
  api: OpenAPIBackend;
  /** Request validators, compiled when the contract loads (responses are never validated). */
  validator: OpenAPIValidator;
  operations: CompiledOperation[];
  document: Record<string, unknown>;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function compile(op: Operation): CompiledOperation {
  const path = op.path;
  const bare = path.length > 1 ? path.replace(/\/+$/, "") : path;
  const paramNames: string[] = [];
  const source = bare
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const m = /^\{([^}]+)\}$/.exec(part);
      if (!m) return escape(part);
      paramNames.push(m[1] ?? "");
      return "([^/]+)";
    })
    .join("");
  return {
    operation: op,
    operationId: op.operationId!,
    method: op.method.toUpperCase(),
    path,
    // Every route answers with and without a trailing slash (Consent's paths all end in "/").
    pattern: new RegExp(`^${source}/?$`),
    paramNames,
    staticLength: bare.replace(/\{[^}]+\}/g, "").length,
  };
}

// Compiled once per process: this module is shared (scripts/shared-modules.mjs).
const contracts = new Map<BbId, Promise<Contract>>();

async function load(bb: BbId): Promise<Contract> {
  const { document, api, validator } = await openContract(bb, { coerceTypes: true });
  validator.preCompileRequestValidators();
  const operations = api
    .getOperations()
    .filter((op) => op.operationId)
    .map(compile)
    // Static paths before templated ones, the more specific template first.
    .sort((a, b) => a.paramNames.length - b.paramNames.length || b.staticLength - a.staticLength);
  const info = (document.info ?? {}) as { version?: string; title?: string };
  return { bb, version: info.version ?? "0", title: info.title ?? bb, api, validator, operations, document };
}

/** The contract of a BB, loaded and compiled on first use. */
export function getContract(bb: BbId): Promise<Contract> {
  let promise = contracts.get(bb);
  if (!promise) {
    promise = load(bb);
    promise.catch(() => contracts.delete(bb));
    contracts.set(bb, promise);
  }
  return promise;
}

/** Result of matching a method and path against a contract. */
export type RouteMatch = { kind: "match"; op: CompiledOperation; params: Record<ParamName, string> } | { kind: "method"; allow: string[] } | { kind: "none" };

/** Finds the operation for a method and path; tells a wrong method (405) from an unknown path (404). */
export function matchRoute(contract: Contract, method: string, path: string): RouteMatch {
  const allow = new Set<string>();
  for (const op of contract.operations) {
    const m = op.pattern.exec(path);
    if (!m) continue;
    if (op.method !== method) {
      allow.add(op.method);
      continue;
    }
    const params: Record<string, string> = {};
    op.paramNames.forEach((name, i) => (params[name] = safeDecode(m[i + 1] ?? "")));
    return { kind: "match", op, params: params as Record<ParamName, string> };
  }
  return allow.size ? { kind: "method", allow: [...allow].sort() } : { kind: "none" };
}
