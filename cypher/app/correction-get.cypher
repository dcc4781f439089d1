// One correction, for undo.
MATCH (c:Correction {id: $id})
RETURN c {.id, .kind, .payload, .by, .reason, .actors, .articles, at: toString(c.at),
          undoneAt: toString(c.undoneAt), .undoneBy, .undoReason} AS c
