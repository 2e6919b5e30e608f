from pathlib import Path

# The public sample files sit in shared/ beside the checkout (../shared from the project root);
# a worktree one level deeper finds them at the machine's /work/shared.
_BESIDE = Path(__file__).resolve().parents[3].parent / "shared"
SHARED = _BESIDE if _BESIDE.is_dir() else Path("/work/shared")
