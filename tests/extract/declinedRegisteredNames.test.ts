// Czech, Slovak and Lithuanian decline an outlet's name after "podle"/"podľa"/"pasak" ("podle České televize", "podľa
// Denníka N", "pasak „Lietuvos ryto“"): a registered outlet so written was read as nothing (registry-only frames) or as
// a second outlet under its declined name. The nominatives of its words (cited.ts uninflected) give the registry's name
// back, also where a noun in small letters, which ends a name in these languages, is the name's last word. Invented
// outlets; controls: a declined name the registry does not list, or lists with another noun, names no registered outlet.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, OutletEntrySchema } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry(
  ["Horská televize", "Jižní rozhlas", "Denník Sever", "Ranná televízia", "Vakaro žinios"].map((name) => OutletEntrySchema.parse({ name, kind: "broadcaster" })),
);
const cited = (body: string, language: string) => readText(body, registry, { outlet: "Testovací Listy", language }).attributions.map((a) => a.outletName);

describe("a registered outlet's name in another case is that outlet", () => {
  it.each([
    ["cs", "Most uzavřou, podle Horské televize.", "Horská televize"],
    ["cs", "Most uzavřou, podle Jižního rozhlasu.", "Jižní rozhlas"],
    ["sk", "Most zatvoria, podľa Denníka Sever.", "Denník Sever"],
    ["sk", "Most zatvoria, podľa Rannej televízie.", "Ranná televízia"],
    ["lt", "Pasak „Vakaro žinių“, tiltas bus uždarytas.", "Vakaro žinios"],
  ])("%s: %s", (language, body, outlet) => {
    expect(cited(body, language)).toContain(outlet);
  });
});

describe("controls: no registered outlet named", () => {
  it.each([
    ["cs", "Most uzavřou, podle Horské pošty."],
    ["sk", "Most zatvoria, podľa Rannej pošty."],
    ["lt", "Pasak „Vakaro naujienų“, tiltas bus uždarytas."],
  ])("%s: %s", (language, body) => {
    const registered = new Set(registry.entries.map((e) => e.name));
    expect(cited(body, language).filter((n) => n !== undefined && registered.has(n))).toEqual([]);
  });
});
