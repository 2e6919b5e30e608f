"""Importers: each reads one file format into claims.records.Claim records (x12, fhir, csv).

Each offers `parse(data: bytes, *, filename: str) -> list[Claim]` and raises
claims.records.ImportRejected with every Problem it found; claims.services picks the importer.
"""
