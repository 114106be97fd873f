"""The registration exchange format (docs/exchange-format.md): importing and exporting an office's registrations.

- `format`: what the import and the export agree on: the files, columns, value codes, dates, formula
  neutralising and the contact key
- `report`: what an import reports: the problems with their codes (`ProblemCode`, each with its sentence),
  the counts, the progress
- `reading`: a file's bytes decoded and split into records, each cell converted and checked
- `planning`: the rows checked against each other and the database, the inserts and updates planned
- `writing`: a checked plan written in bulk, with its numbers and audit events
- `importer`: the use case `RegistrationImport`, all or nothing; `export`: the use case `RegistrationExport`
"""
