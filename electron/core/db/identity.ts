/** Marks a SQLite file as one of our ledgers (PRAGMA application_id), so any other SQLite file is refused untouched. */
export const LEDGER_APPLICATION_ID = 0x57_41_4c_47; // "WALG": wage-arrears ledger

/** The first 16 bytes of every SQLite 3 database file. */
export const SQLITE_HEADER = 'SQLite format 3\u0000';
