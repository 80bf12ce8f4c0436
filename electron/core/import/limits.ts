/**
 * Caps on what an import reads. A clerk's real spreadsheets are far below them; a file above them is refused before
 * anything is parsed, so a hostile or broken file cannot exhaust the memory of the core.
 */
export const IMPORT_LIMITS = {
  /** bytes of the .xlsx file itself */
  fileBytes: 50 * 1024 * 1024,
  /** data rows of the sheet */
  rows: 200_000,
  /** columns of the sheet */
  columns: 200,
  /** declared decompressed bytes of all parts of the workbook together (the XML parts are held in memory while the sheet is read) */
  unpackedBytes: 300 * 1024 * 1024,
  /** decompressed / compressed size of one part; spreadsheet XML compresses ~5–30×, zip bombs by thousands */
  ratio: 200,
  /** parts smaller than this are not held to the ratio (tiny repetitive XML compresses very well) */
  ratioFloorBytes: 1024 * 1024,
  /** problems listed in a preview; the rest are counted */
  listedProblems: 1_000,
} as const;
