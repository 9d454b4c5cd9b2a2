/**
 * The published shape of a schema.org Claim inside a ClaimReview, reproduced as zod schemas for tests.
 * Sources: schema.org type definitions https://schema.org/Claim, https://schema.org/CreativeWork, https://schema.org/NewsArticle,
 * https://schema.org/Organization, https://schema.org/Date, https://schema.org/DateTime (schema.org version 29), and Google Search
 * Central, "Fact Check (ClaimReview) structured data" (https://developers.google.com/search/docs/appearance/structured-data/factcheck):
 * ClaimReview requires claimReviewed, reviewRating (a Rating with alternateName) and url; itemReviewed is a Claim whose
 * appearance/firstAppearance are a URL or a CreativeWork and whose author is a Person or Organization.
 * Objects are strict: a property that schema.org does not define on the type fails the check.
 */
import { z } from "zod";

/** schema.org Date: ISO 8601 calendar date, reduced precision allowed (YYYY, YYYY-MM, YYYY-MM-DD). */
const SchemaDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "ISO 8601 date");
/** schema.org DateTime: ISO 8601 date and time. */
const SchemaDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, "ISO 8601 date-time");
const DateOrDateTime = z.union([SchemaDate, SchemaDateTime]);
const HttpUrl = z.url({ protocol: /^https?$/ });
const Text = z.string().min(1);

export const Organization = z.strictObject({
  "@type": z.enum(["Organization", "NewsMediaOrganization"]),
  name: Text,
  url: HttpUrl.optional(),
});
const Person = z.strictObject({ "@type": z.literal("Person"), name: Text, url: HttpUrl.optional() });
const OrgOrPerson = z.union([Organization, Person]);

/** CreativeWork and its news subtypes, limited to the CreativeWork/Thing properties a claim's appearance uses. */
export const CreativeWork = z.strictObject({
  "@type": z.enum(["CreativeWork", "Article", "NewsArticle", "BlogPosting", "Report"]),
  identifier: Text.optional(),
  name: Text.optional(),
  headline: Text.optional(),
  url: HttpUrl.optional(),
  datePublished: DateOrDateTime.optional(),
  publisher: z.union([OrgOrPerson, z.array(OrgOrPerson).min(1)]).optional(),
  author: z.union([OrgOrPerson, z.array(OrgOrPerson).min(1)]).optional(),
  sourceOrganization: z.union([Organization, z.array(Organization).min(1)]).optional(),
});
const Appearance = z.union([HttpUrl, CreativeWork]);

/** schema.org Claim (a CreativeWork) with the properties Google reads from itemReviewed. */
export const Claim = z.strictObject({
  "@context": z.literal("https://schema.org").optional(),
  "@type": z.literal("Claim"),
  identifier: Text.optional(),
  name: Text.optional(),
  text: Text.optional(),
  author: z.union([OrgOrPerson, z.array(OrgOrPerson).min(1)]).optional(),
  datePublished: DateOrDateTime.optional(),
  firstAppearance: z.union([Appearance, z.array(Appearance).min(1)]).optional(),
  appearance: z.union([Appearance, z.array(Appearance).min(1)]).optional(),
});

/** Google's ClaimReview: required claimReviewed, reviewRating, url; recommended author, datePublished, itemReviewed. */
export const ClaimReview = z.object({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("ClaimReview"),
  claimReviewed: Text,
  url: HttpUrl,
  reviewRating: z.object({
    "@type": z.literal("Rating"),
    alternateName: Text,
    ratingValue: z.number().optional(),
    bestRating: z.number().optional(),
    worstRating: z.number().optional(),
  }),
  author: OrgOrPerson.optional(),
  datePublished: DateOrDateTime.optional(),
  itemReviewed: Claim,
});
