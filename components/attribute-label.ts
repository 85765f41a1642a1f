/** An attribute name as a label: "employment type" → "Employment type". */
export function attributeLabel(name: string): string {
  return name.charAt(0).toLocaleUpperCase("en-GB") + name.slice(1);
}
