// Creates the demo database: users for every role, the demo project and a second project.
import { defaultDatabasePath, migrateDatabase, openDatabase } from "../db/client";
import { DEMO_PASSWORD, DEMO_USERS, seedDemoProject } from "./demo/seed-demo-project";

async function main(): Promise<void> {
  const db = openDatabase();
  migrateDatabase(db);
  const started = Date.now();
  await seedDemoProject(db, { log: (message) => console.log(`  ${message}`) });
  console.log(`Demo project seeded in ${((Date.now() - started) / 1000).toFixed(1)} s into ${defaultDatabasePath()}`);
  console.log("\nDemo logins (password for all: %s):", DEMO_PASSWORD);
  for (const user of DEMO_USERS)
    console.log(`  ${user.email.padEnd(28)} ${user.isAdmin ? "site admin" : (user.role ?? "no project role")}`);
  db.$client.close();
}

void main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
