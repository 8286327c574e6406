import type { MockModule } from "../types";

export const messaging: MockModule = { handlers: {} };
