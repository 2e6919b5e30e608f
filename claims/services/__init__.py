"""Writes of the claims app, by concern:

    imports.claims_import(data, filename, actor, team_ids)
      size limit -> unzip within limits -> refuse binary junk -> detect the format -> parse
      (uploads) -> resolve member ids among the members the import's teams serve -> merge with
      the stored versions (merging) -> ONE transaction: providers, claims, lines, adjustments
      (columns), the import batch, an audit row, and the checks job (outbox) -> after commit:
      the job runs
    checks.claims_check_batch(batch_id) / checks.claims_check(claim_id)   (background jobs)
      claim rows -> claims.records.Claim (stored) -> the checks -> flags.flags_sync_many
    reference.reference_load(kind, paths)
      ONE transaction: the reference table (claims.reference.loading) and, when it changed,
      the job that checks every stored claim again (checks.claims_recheck_all)
    flags.flag_decide(flag, actor, decision, reason)

Modules depend one way (import-linter checks it): imports and reference > checks > flags >
uploads, merging, stored > columns.
"""

from __future__ import annotations


class ServiceError(ValueError):
    """A request the domain refuses; the message is safe to show to staff."""

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field
