/** The project's public repository (no trailing slash), for "Edit this page", "Source code" and issue links. */
export const REPOSITORY_URL = (process.env.NEXT_PUBLIC_REPOSITORY_URL || "https://github.com/govstack-portal/govstack-portal").replace(/\/$/, "");
