import type { MockModule } from "../types";

export const registration: MockModule = { handlers: {} };
