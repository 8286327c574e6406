import type { MockModule } from "../types";

export const identity: MockModule = { handlers: {} };
