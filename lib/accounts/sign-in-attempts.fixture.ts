/**
 * A test helper run as its own process by sign-in-throttle.test.ts: signs in `count` times at once
 * with a wrong password against a shared database, after the parent says go, and prints how many
 * passwords it checked. Usage: node --import tsx sign-in-attempts.fixture.ts <db> <email> <count> <go-file>
 */
import fs from "node:fs";
import { openDatabase } from "../../db/client";
import { verifyPassword } from "./passwords";
import { signIn } from "./sign-in";

async function main() {
  const [databasePath, email, count, goFile] = process.argv.slice(2);
  const db = openDatabase(databasePath);
  process.stdout.write("ready\n");
  while (!fs.existsSync(goFile)) await new Promise((resolve) => setTimeout(resolve, 2));
  let checked = 0;
  const verify = (password: string, hash: string) => {
    checked++;
    return verifyPassword(password, hash);
  };
  const results = await Promise.allSettled(
    Array.from({ length: Number(count) }, (_, i) =>
      signIn(db, email, `wrong password ${process.pid}-${i}`, Date.now(), { verify }),
    ),
  );
  const refused = results.filter((r) => r.status === "rejected" && r.reason?.code === "rate_limited").length;
  const wrong = results.filter((r) => r.status === "fulfilled" && r.value === null).length;
  process.stdout.write(`${JSON.stringify({ checked, refused, wrong })}\n`);
  db.$client.close();
}

void main();
