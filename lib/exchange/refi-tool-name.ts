const TOOLS: [RegExp, string][] = [
  [/nvivo/i, "NVivo"],
  [/maxqda/i, "MAXQDA"],
  [/atlas\.?ti/i, "ATLAS.ti"],
  [/qualcoder/i, "QualCoder"],
  [/quoteline/i, "Quoteline"],
  [/^qc\b/i, "qc"],
  [/dedoose/i, "Dedoose"],
  [/quirkos/i, "Quirkos"],
  [/transana/i, "Transana"],
  [/f4analyse/i, "f4analyse"],
  [/openqda/i, "OpenQDA"],
];

/** The tool a REFI-QDA file came from, by its origin attribute ("NVivo for Mac 15.0.0" → "NVivo"). */
export function refiToolName(origin: string | null): string {
  if (!origin?.trim()) return "another tool";
  for (const [pattern, name] of TOOLS) if (pattern.test(origin)) return name;
  return origin.trim().split(/\s+/)[0].slice(0, 40);
}
