import type { MockModule } from "../types";

export const scheduling: MockModule = { handlers: {} };
