// A corpus gold file (../shared/corpus/README.md, "Gold format"), read and
// checked with zod: only what the scorer and the evaluation read of it (the
// rest — kinds, dates, evidence — is the annotators' and passes unchecked).
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const RelationSchema = z.object({
  type: z.string(),
  source: z.string(),
  target: z.string(),
  required: z.boolean().optional(),
});

const GoldFileSchema = z.object({
  article: z.string().optional(),
  /** The publication date, YYYY-MM-DD: relative dates of the article are resolved against it. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  entities: z.array(z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()).optional() })),
  relations: z.array(RelationSchema),
  /** Tempting wrong readings: extracting one is a trap. */
  not: z.array(z.object({ type: z.string(), source: z.string(), target: z.string(), why: z.string().nullish() })).optional(),
});
export type GoldFile = z.infer<typeof GoldFileSchema>;

/** Reads and validates a gold file; throws an Error naming the file. */
export function readGoldFile(file: string): GoldFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const parsed = GoldFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: not a gold file: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, { cause: parsed.error });
  return parsed.data;
}
