# Reads a GEXF file with networkx (an independent parser) and prints what it found as JSON, for tests/export/gexf.test.ts.
import json
import sys

import networkx as nx

g = nx.read_gexf(sys.argv[1])
out = {
    "graph": {k: v for k, v in g.graph.items() if isinstance(v, (str, int, float, bool))},
    "directed": g.is_directed(),
    "multigraph": g.is_multigraph(),
    "nodes": [{"id": n, **{k: v for k, v in d.items()}} for n, d in g.nodes(data=True)],
    "edges": [{"source": u, "target": v, **d} for u, v, d in (g.edges(data=True))],
}
json.dump(out, sys.stdout, ensure_ascii=False)
