// Applies pending migrations to the app's database (DATABASE_PATH or data/quoteline.sqlite).
import { defaultDatabasePath, migrateDatabase, openDatabase } from "../db/client";

const db = openDatabase();
migrateDatabase(db);
db.$client.close();
console.log(`Migrated ${defaultDatabasePath()}`);
