"""The latent (LSA) basis: what sklearn's TruncatedSVD(n_components, random_state=seed).fit(X)
keeps of X (its components_ and singular_values_), computed by the same randomized algorithm
step for step, with the same random draws and the same LAPACK and sparse kernels on the same
arrays in the same order, so the result is the same bit for bit (tests/suggestions/
test_engine_latent.py compares them), in less memory.

At a million pairs X has about 500,000 rows (the kept messages) and the range finder's dense
samples of its range are rows x 210 float64, 0.84 GB each. TruncatedSVD held three of them at
once in each power iteration (the product A @ Q, scipy's copy of it for the LU factorisation
and the permuted L it returns) and, after the solve, the rows' left vectors and every row
transformed to measure the explained variance, which the engine never reads. Here the product
is factorised in place (LAPACK getrf on its Fortran-ordered copy, the row interchanges applied
to L in place: what scipy.linalg.lu(permute_l=True) returns) and only the basis is computed, so
at most two such arrays are alive.
"""

from __future__ import annotations

import numpy as np
from scipy import linalg, sparse
from scipy.linalg import lapack
from sklearn.utils import check_random_state
from sklearn.utils.extmath import svd_flip

N_ITER = 5  # TruncatedSVD's defaults
N_OVERSAMPLES = 10


def latent_basis(
    matrix: sparse.csr_matrix | sparse.csr_array, n_components: int, seed: int
) -> tuple[np.ndarray, np.ndarray]:
    """(components, singular values): TruncatedSVD(n_components, random_state=seed).fit(matrix)
    's components_ (n_components x terms) and singular_values_."""
    if matrix.dtype != np.float64:
        raise ValueError("latent_basis reproduces TruncatedSVD's float64 path only")
    random_state = check_random_state(seed)
    size = n_components + N_OVERSAMPLES
    # sklearn's randomized_svd works on the transpose when there are fewer rows than terms.
    transpose = matrix.shape[0] < matrix.shape[1]
    m = matrix.T if transpose else matrix
    q = _range(m, size, random_state)
    # q.T @ m, as scipy computes it (the sparse transpose times q in C order, transposed), with
    # the Fortran-ordered q let go first when it is no longer needed.
    rows_q = np.ascontiguousarray(q)
    if not transpose:
        del q
    b = (m.T @ rows_q).T
    del rows_q
    # b is Fortran-ordered: LAPACK decomposes it in place rather than in a copy.
    u_hat, singular, vt = linalg.svd(
        b, full_matrices=False, lapack_driver="gesdd", overwrite_a=True, check_finite=False
    )
    del b
    if transpose:
        u = q @ u_hat
        del q
        components = u[:, :n_components].T
    else:
        components = vt[:n_components, :]
    _, components = svd_flip(None, components, u_based_decision=False)
    return components, singular[:n_components]


def _range(m: sparse.spmatrix | sparse.sparray, size: int, random_state) -> np.ndarray:
    """sklearn's _randomized_range_finder with its LU power iterations ("auto" for 5 of
    them): an orthonormal basis (Fortran-ordered) of the range of m @ (m.T @ m) ** 5 @ a
    random normal sample."""
    q = random_state.normal(size=(m.shape[1], size))
    for _ in range(N_ITER):
        q = _permuted_l(_fortran(m, q))
        q = np.ascontiguousarray(q)  # the sparse product would copy it so itself
        q = _permuted_l(_fortran(m.T, q))
        q = np.ascontiguousarray(q)
    a = _fortran(m, q)
    del q
    basis, _ = linalg.qr(a, mode="economic", overwrite_a=True, check_finite=False)
    return basis


def _fortran(m: sparse.spmatrix | sparse.sparray, q: np.ndarray) -> np.ndarray:
    """m @ q in Fortran order (what LAPACK factorises in place), the C-ordered product freed
    before the caller goes on."""
    product = m @ q
    return np.asfortranarray(product)


def _permuted_l(a: np.ndarray) -> np.ndarray:
    """scipy.linalg.lu(a, permute_l=True)[0] (P @ L), computed in a's own memory."""
    factors, pivots, info = lapack.dgetrf(a, overwrite_a=True)
    if info < 0:
        raise ValueError(f"dgetrf: illegal argument {-info}")
    rows, columns = factors.shape
    k = min(rows, columns)
    top = np.tril(factors[:k, :k], -1)
    np.fill_diagonal(top, 1.0)
    factors[:k, :k] = top
    if columns > k:
        factors = factors[:, :k]
    # getrf swapped row i with row pivots[i], i = 0, 1, ...; P @ L undoes them in reverse.
    for i in range(k - 1, -1, -1):
        j = pivots[i]
        if j != i:
            factors[[i, j], :] = factors[[j, i], :]
    return factors
