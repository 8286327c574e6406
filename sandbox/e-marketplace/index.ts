import type { MockModule } from "../types";

export const eMarketplace: MockModule = { handlers: {} };
