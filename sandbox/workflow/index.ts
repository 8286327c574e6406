import type { MockModule } from "../types";

export const workflow: MockModule = { handlers: {} };
