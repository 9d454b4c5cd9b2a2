/**
 * The structure of a PROV-JSON document, reproduced as zod schemas for tests from the W3C Member Submission "PROV-JSON"
 * (Huynh, Jewell, Keshavarz, Michaelides, Yang, Moreau; 24 April 2013, https://www.w3.org/Submission/2013/SUBM-prov-json-20130424/)
 * and the JSON schema published with it (https://www.w3.org/Submission/2013/SUBM-prov-json-20130424/schema): a top-level
 * object with an optional `prefix` map and one map per record kind, record id -> attributes; attribute values are strings,
 * numbers, booleans, typed literals `{"$", "type"|"lang"}` or non-empty arrays of these; each relation has its required
 * formal arguments (derivation: prov:generatedEntity, prov:usedEntity; attribution: prov:entity, prov:agent; influence:
 * prov:influencee, prov:influencer). No other top-level member is allowed.
 */
import { z } from "zod";

const QName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_.-]*:[^\s]*$/, "a qualified name prefix:local");
const TypedLiteral = z.strictObject({ $: z.string(), type: QName.optional(), lang: z.string().optional() });
const Literal = z.union([z.string(), z.number(), z.boolean(), TypedLiteral]);
const AttributeValue = z.union([Literal, z.array(Literal).min(1)]);
const Attributes = z.record(z.string(), AttributeValue);

/** A relation record: its formal arguments (QNames), the optional ones, and free attributes. */
function relation(required: string[], optional: string[] = []) {
  const shape: Record<string, z.ZodType> = {};
  for (const r of required) shape[r] = QName;
  for (const o of optional) shape[o] = QName.optional();
  return z.record(z.string(), z.object(shape).catchall(AttributeValue));
}

export const ProvJson = z.strictObject({
  prefix: z.record(z.string().regex(/^[a-zA-Z0-9_-]+$/), z.url()).optional(),
  entity: z.record(z.string(), Attributes).optional(),
  activity: z.record(z.string(), Attributes).optional(),
  agent: z.record(z.string(), Attributes).optional(),
  wasGeneratedBy: relation(["prov:entity"], ["prov:activity"]).optional(),
  used: relation(["prov:activity"], ["prov:entity"]).optional(),
  wasInformedBy: relation(["prov:informed", "prov:informant"]).optional(),
  wasStartedBy: relation(["prov:activity"], ["prov:trigger", "prov:starter"]).optional(),
  wasEndedBy: relation(["prov:activity"], ["prov:trigger", "prov:ender"]).optional(),
  wasInvalidatedBy: relation(["prov:entity"], ["prov:activity"]).optional(),
  wasDerivedFrom: relation(["prov:generatedEntity", "prov:usedEntity"], ["prov:activity", "prov:generation", "prov:usage"]).optional(),
  wasAttributedTo: relation(["prov:entity", "prov:agent"]).optional(),
  wasAssociatedWith: relation(["prov:activity"], ["prov:agent", "prov:plan"]).optional(),
  actedOnBehalfOf: relation(["prov:delegate", "prov:responsible"], ["prov:activity"]).optional(),
  wasInfluencedBy: relation(["prov:influencee", "prov:influencer"]).optional(),
  specializationOf: relation(["prov:specificEntity", "prov:generalEntity"]).optional(),
  alternateOf: relation(["prov:alternate1", "prov:alternate2"]).optional(),
  hadMember: relation(["prov:collection", "prov:entity"]).optional(),
  bundle: z.record(z.string(), z.unknown()).optional(),
});

/** Prefixes PROV-JSON predefines (§2.1): they need no declaration. */
export const PREDEFINED_PREFIXES = new Set(["prov", "xsd"]);
