/**
 * Subjects written once for two verbs: a speech verb joined by "and" to an earlier verb ("Carla Reyes backtracked and
 * told Radio Sur that …"), and, in languages whose verbs carry their subject, a speech verb with its subject left out
 * once the person is known ("… Explicó que …", "«…», añadió."). Invented texts.
 */
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a speech verb joined to an earlier verb", () => {
  it.each([
    ["en", "Carla Reyes backtracked and told Radio Sur that she only has an inflamed finger."],
    ["en", "Carla Reyes backtracked on Monday and said that she only has an inflamed finger."],
    ["es", "Carla Reyes recula y asegura a Radio Sur que solo tiene una inflamación en la mano."],
    ["fr", "Carla Reyes fait marche arrière et affirme à Radio Sud qu'elle n'a qu'une inflammation."],
    ["de", "Carla Reyes lenkt ein und sagt, dass sie nur eine Entzündung habe."],
  ])("%s: shares the subject that opens the clause: %s", (language, text) => {
    expect(sourceLabels(readPlain(text, language))).toEqual(["named:Carla Reyes"]);
  });

  it("takes the clause's subject, never a name the first verb acts on", () => {
    expect(sourceLabels(readPlain("Anna Berg hugged Tom Vale and told reporters that the deal was done.", "en"))).toEqual(["named:Anna Berg"]);
    expect(sourceLabels(readPlain("The minister met Anna Berg and said that talks went well.", "en"))).toEqual([]);
  });

  it("reads a body opening the clause as the body", () => {
    expect(sourceLabels(readPlain("Police arrested Jan Kowal and said he would be charged.", "en"))).toEqual(["organisation:Police"]);
  });

  it("does not reach across a comma, where the subject may have changed", () => {
    expect(sourceLabels(readPlain("Carla Reyes called the station, and later said that she was fine.", "en"))).toEqual([]);
  });
});

describe("a speech verb whose subject the language leaves out", () => {
  it.each([
    ["pl", "Jan Wirski skomentował zamieszanie wokół wywiadu. Podkreślił, że pomoc dotarła na czas.", "named:Jan Wirski"],
    ["pl", 'Jan Wirski skomentował zamieszanie wokół wywiadu. "Pomoc dotarła na czas" – dodał.', "named:Jan Wirski"],
    ["es", "Carla Reyes habló con la prensa el lunes. Explicó que la policía la había empujado.", "named:Carla Reyes"],
    ["es", 'Carla Reyes habló con la prensa el lunes. "Me empujaron", añadió.', "named:Carla Reyes"],
    ["it", "Lucia Vernaci ha parlato lunedì. Ha spiegato che la polizia l'aveva spinta.", "named:Lucia Vernaci"],
    ["it", 'Lucia Vernaci ha parlato lunedì. "Mi hanno spinta", ha aggiunto.', "named:Lucia Vernaci"],
    ["pt", "Carla Reyes falou na segunda-feira. Afirmou que a polícia a empurrou.", "named:Carla Reyes"],
    ["ru", "Иван Ветлугин выступил в понедельник. Заявил, что помощь пришла вовремя.", "named:Иван Ветлугин"],
  ])("%s: is the person the text has just introduced: %s", (language, text, label) => {
    expect(sourceLabels(readPlain(text, language))).toEqual([label]);
  });

  it("is the subject after the verb where one stands there", () => {
    expect(sourceLabels(readPlain("Carla Reyes habló con la prensa el lunes. Dijo el alcalde Tomás Ibarra que no habrá recortes.", "es"))).toEqual(["named:Tomás Ibarra"]);
  });

  it("is no one where the text has introduced no one", () => {
    expect(sourceLabels(readPlain("La tormenta dejó sin luz a la ciudad. Explicó que la red había fallado.", "es"))).toEqual([]);
  });

  it("is read only in languages whose verbs carry their subject", () => {
    expect(sourceLabels(readPlain('Carla Reyes spoke to the press on Monday. "They pushed me," added.', "en"))).toEqual([]);
  });
});
