import type { MockModule } from "../types";

export const payments: MockModule = { handlers: {} };
