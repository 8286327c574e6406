// Shared types of the mock runtime.

/** The mock Building Blocks, by their portal id (also their IM subsystem code). */
export const BB_IDS = [
  "information-mediator",
  "identity",
  "registration",
  "digital-registries",
  "payments",
  "messaging",
  "consent",
  "workflow",
  "scheduling",
  "e-marketplace",
  "e-signature",
] as const;

export type BbId = (typeof BB_IDS)[number];

/** Whether a string is one of the mock BB ids. */
export function isBbId(value: string): value is BbId {
  return (BB_IDS as readonly string[]).includes(value);
}

export type Query = Record<string, string | string[]>;

/** A request to a mock, independent of HTTP framework (the IM and the journey player build these in-process). */
export type MockRequest = {
  method: string;
  /** Path relative to the mock's base URL, starting with "/", without the query string. */
  path: string;
  query: Query;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** Parsed body: JSON value, form fields as an object, or undefined. */
  body?: unknown;
  /** True when the client sent a body that could not be parsed as its content type said. */
  bodyInvalid?: string;
};

/** A mock's answer. `body` is serialised as JSON unless `raw` is set. */
export type MockResponse = {
  status: number;
  body?: unknown;
  raw?: string;
  contentType?: string;
  headers?: Record<string, string>;
};

/** Every path parameter name used by the contracts (typed so handlers can read them without checks). */
export type ParamName =
  | "policyId"
  | "dataAgreementId"
  | "individualId"
  | "webhookId"
  | "consentRecordId"
  | "registryName"
  | "versionNumber"
  | "id"
  | "uuid"
  | "field"
  | "ext"
  | "resource"
  | "providerId"
  | "client_id"
  | "eventId"
  | "langCode"
  | "instanceId"
  | "memberClass"
  | "memberCode"
  | "applicationCode"
  | "serviceCode"
  | "servicePath"
  | "eventType"
  | "batchId"
  | "serialNumber"
  | "billId"
  | "transferRequestId"
  | "voucher_serial_number"
  | "serviceId"
  | "eFormId"
  | "fileId"
  | "taskId"
  | "processId"
  | "instanceId"
  | "pseudonym"
  | "certificateId"
  | "signatureId"
  | "orderId"
  | "fulfillmentId";

/** What a handler gets: the namespace, the validated request and its path parameters. */
export type HandlerContext = {
  ns: string;
  bb: BbId;
  req: MockRequest;
  params: Record<ParamName, string>;
  query: Query;
  operationId: string;
  faults: Faults;
  /** "suite" when the caller asked for GovStack-suite compatible shapes where they differ from the spec. */
  profile: "spec" | "suite";
  /** The example response from the contract, for operations that only need a canned answer. */
  example: (status?: number) => MockResponse;
};

/** Runs a request against a BB's mock in the caller's namespace. */
export type Forward = (bb: BbId, req: MockRequest) => Promise<MockResponse>;

export type Handler = (ctx: HandlerContext) => MockResponse | Promise<MockResponse>;

/** Validation problem from the contract, in a readable form. */
export type ValidationIssue = { field: string; message: string };

/** One BB's mock: handlers by operationId plus BB-specific shapes of errors. */
export type MockModule = {
  handlers: Partial<Record<string, Handler>>;
  /** The BB's documented error shape for a request that fails contract validation. */
  validationError?: (issues: ValidationIssue[], ctx: { operationId: string; req: MockRequest }) => MockResponse;
  /** The BB's shape for "no such route". */
  notFound?: (req: MockRequest) => MockResponse;
  /**
   * Adjusts a request before routing (suite aliases, header spellings, exploded objects). May answer
   * directly, or through `forward`, which runs a request against another BB's mock in the same namespace
   * (the Information Mediator's routing; passed in so that no mock imports the dispatcher).
   */
  preprocess?: (req: MockRequest, ns: string, forward: Forward) => MockRequest | MockResponse | Promise<MockRequest | MockResponse>;
};

/** Per-namespace fault switches. */
export type Faults = {
  /** BBs that answer 503. */
  down?: BbId[];
  /** Extra latency per BB, in ms (capped at 10 s). */
  slow?: Partial<Record<BbId, number>>;
  /** Identity and registry checks fail as a mismatch. */
  identityMismatch?: boolean;
  /** Consent records are refused (opt-in false). */
  consentRefused?: boolean;
  /** Payments fail with insufficient funds. */
  insufficientFunds?: boolean;
  /** Contract drift (sandbox/drift.ts): answers a non-conforming product would give, for the conformance runner's self-test. */
  drift?: Array<"renamed-fields" | "wrong-status" | "no-pagination">;
};
