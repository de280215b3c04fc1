"""Which file extensions export and import understand: cheap to import, for the CLI's help."""

EXPORT_SUFFIXES = (".pdf", ".html", ".canvas", ".csv", ".md")
IMPORT_SUFFIXES = (".canvas", ".csv", ".txt", ".pdf")
