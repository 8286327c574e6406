// A Building Block's OpenAPI document in openapi-backend, as both the sandbox's mocks
// (sandbox/runtime/contracts.ts) and the conformance checks (conformance/contract.ts) load it.
import addFormats from "ajv-formats";
import { OpenAPIBackend, OpenAPIValidator, type Document } from "openapi-backend";
import { readOpenApi } from "./building-blocks";

/**
 * Loads `content/building-blocks/<bb>/openapi.yaml` into openapi-backend with an Ajv validator that
 * knows the string formats. Validators compile lazily, per operation, when first used.
 * @param options.coerceTypes read query and path values as the schema's types (the mocks' requests)
 * @param options.strict Ajv's strict mode (off for checking answers against the contracts as written)
 * @throws if the contract file is missing or cannot be parsed.
 */
export async function openContract(bb: string, options: { coerceTypes?: boolean; strict?: boolean } = {}) {
  const document = readOpenApi(bb);
  if (!document) throw new Error(`content/building-blocks/${bb}/openapi.yaml is missing`);
  const api = new OpenAPIBackend({
    definition: structuredClone(document) as unknown as Document,
    strict: false,
    // openapi-backend's own validator would also compile a response and a response-header validator
    // for every operation (about 2/3 of a contract's load time, blocking the event loop); the callers
    // build the validator they need below.
    validate: false,
    quick: false,
    // Callers route themselves (with and without trailing slash); openapi-backend must see paths verbatim.
    ignoreTrailingSlashes: false,
  });
  await api.init();
  const validator = new OpenAPIValidator({
    definition: api.definition,
    router: api.router,
    coerceTypes: options.coerceTypes ?? false,
    lazyCompileValidators: true,
    // Each operation gets fresh Ajv instances; checking every schema against the JSON Schema
    // meta-schema made each of them compile that meta-schema again (~1/3 of the load time).
    // The contracts themselves are checked by `npm run content:check`.
    ajvOpts: { validateSchema: false, ...(options.strict === undefined ? {} : { strict: options.strict }) },
    customizeAjv: (ajv) => {
      addFormats(ajv);
      return ajv;
    },
  });
  return { document, api, validator };
}
