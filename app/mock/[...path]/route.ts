// Every mock Building Block: /mock/<bb-id>/... and /mock/ns/<namespace>/<bb-id>/...
import { handleMockHttp } from "@/sandbox/http";

export const dynamic = "force-dynamic";

export const GET = handleMockHttp;
export const POST = handleMockHttp;
export const PUT = handleMockHttp;
export const PATCH = handleMockHttp;
export const DELETE = handleMockHttp;
export const HEAD = handleMockHttp;
export const OPTIONS = handleMockHttp;
