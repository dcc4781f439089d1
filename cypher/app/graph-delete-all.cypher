// Deletes every node and relationship, a few thousand per transaction: only
// ever run on a throwaway graph (server/db/throwaway-database.ts).
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
