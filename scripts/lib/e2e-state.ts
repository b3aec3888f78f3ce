import path from "node:path";

/** Where the e2e server leaves its database URL, so journeys can seed their own users into it. */
export const E2E_STATE_FILE = path.resolve(".data/e2e/server.json");

export type E2EState = { databaseUrl: string; dataDir: string };
