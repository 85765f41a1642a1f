/** An attribute name as a label: "employment type" and "employment_type" → "Employment type". */
export function attributeLabel(name: string): string {
  const words = name.trim().replace(/[_\s]+/g, " ");
  return words.charAt(0).toLocaleUpperCase("en-GB") + words.slice(1);
}
