"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { projectAction } from "@/app/_server/action";
import { mergeAttributeValue } from "@/lib/attribute-values/merge-attribute-value";
import { orderAttributeValues } from "@/lib/attribute-values/order-attribute-values";

const id = z.coerce.number().int().positive();
const value = z.string().trim().min(1, "Choose a value.").max(200);

const mergeSchema = z.object({ attributeId: id, from: value, into: value });

/** Merges one spelling into another value ("f" → "Female") for every import, past and future. */
export const mergeAttributeValueAction = projectAction("import", mergeSchema, (input, { db, project, userId }) => {
  const merged = mergeAttributeValue(db, userId, { projectId: project.id, ...input });
  revalidatePath(`/projects/${project.slug}`, "layout");
  return merged;
});

const orderSchema = z.object({ attributeId: id, values: z.array(value).max(500) });

/** Sets the order every breakdown lists an attribute's values in. */
export const orderAttributeValuesAction = projectAction("import", orderSchema, (input, { db, project, userId }) => {
  const values = orderAttributeValues(db, userId, { projectId: project.id, ...input });
  revalidatePath(`/projects/${project.slug}`, "layout");
  return { values };
});
