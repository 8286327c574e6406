import type { MockModule } from "../types";

export const consent: MockModule = { handlers: {} };
