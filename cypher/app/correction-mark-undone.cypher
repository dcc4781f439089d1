// Marks a correction undone (kept, with who and why).
MATCH (c:Correction {id: $id})
SET c.undoneAt = datetime(), c.undoneBy = $by, c.undoReason = $reason
RETURN toString(c.undoneAt) AS undoneAt
