# Reads a PROV-JSON file with the `prov` package (Debian's python3-prov, an independent PROV implementation) and prints what it understood as JSON, for tests/export/prov.test.ts.
import json
import sys

from prov.model import ProvDocument, ProvAgent, ProvAttribution, ProvDerivation, ProvEntity, ProvInfluence

with open(sys.argv[1], encoding="utf-8") as f:
    doc = ProvDocument.deserialize(content=f.read(), format="json")

def types(record):
    return sorted(str(t) for t in record.get_asserted_types())

out = {
    "entities": sorted(str(r.identifier) for r in doc.get_records(ProvEntity)),
    "agents": sorted(str(r.identifier) for r in doc.get_records(ProvAgent)),
    "derivations": [
        {"generated": str(r.formal_attributes[0][1]), "used": str(r.formal_attributes[1][1]), "types": types(r)}
        for r in doc.get_records(ProvDerivation)
    ],
    "attributions": [[str(r.formal_attributes[0][1]), str(r.formal_attributes[1][1])] for r in doc.get_records(ProvAttribution)],
    "influences": len(list(doc.get_records(ProvInfluence))),
    # PROV-N is the most constrained serialisation: if the document can be written in it, every name is a valid QName.
    "provn_lines": len(doc.get_provn().splitlines()),
}
json.dump(out, sys.stdout, ensure_ascii=False)
