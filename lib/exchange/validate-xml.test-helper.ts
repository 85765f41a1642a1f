import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const SCHEMAS = path.join(__dirname, "schemas");

export function xmllintAvailable(): boolean {
  return spawnSync("xmllint", ["--version"], { encoding: "utf8" }).status === 0;
}

/** Validates XML against Project.xsd or Codebook.xsd with xmllint; returns its complaints ("" when valid). */
export function validateWithXmllint(xml: string, schema: "Project.xsd" | "Codebook.xsd"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quoteline-xsd-"));
  try {
    const file = path.join(dir, "document.xml");
    fs.writeFileSync(file, xml);
    const result = spawnSync("xmllint", ["--noout", "--schema", path.join(SCHEMAS, schema), file], {
      encoding: "utf8",
    });
    return result.status === 0 ? "" : `${result.stderr}`.trim() || `xmllint exited with ${result.status}`;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
